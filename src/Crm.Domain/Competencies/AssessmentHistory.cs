using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Crm.Domain.Competencies;

/// <summary>
/// A series of assessments of one organisation against one framework, oldest first: trends per block and overall,
/// and comparisons between any two.
/// </summary>
/// <remarks>Dates must be distinct (combine same-day assessors first with <see cref="Assessment.Combine"/>).
/// Equality is by reference. Immutable and thread-safe; <see cref="Add"/> returns a new history.</remarks>
public sealed class AssessmentHistory
{
    private readonly ImmutableArray<MaturityProfile> _profiles;

    /// <summary>Creates a history from assessments in any order.</summary>
    /// <exception cref="ArgumentException">No assessments, a null, different organisations or frameworks, or two
    /// assessments on one date.</exception>
    public AssessmentHistory(IEnumerable<Assessment> assessments)
    {
        Guard.Against.Null(assessments);
        var list = assessments.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A history needs at least one assessment.", nameof(assessments));
        }

        var first = list[0] ?? throw new ArgumentException("The assessments contain a null.", nameof(assessments));
        foreach (var a in list)
        {
            Guard.Against.Null(a, nameof(assessments));
            first.Framework.EnsureCompatible(a.Framework, nameof(assessments));
            if (!string.Equals(a.Organisation, first.Organisation, StringComparison.Ordinal))
            {
                throw new ArgumentException($"A history is of one organisation; found '{first.Organisation}' and '{a.Organisation}'.", nameof(assessments));
            }
        }

        Assessments = [.. list.OrderBy(a => a.AssessedOn)];
        for (var i = 1; i < Assessments.Length; i++)
        {
            if (Assessments[i].AssessedOn == Assessments[i - 1].AssessedOn)
            {
                throw new ArgumentException($"Two assessments of '{first.Organisation}' are dated {Assessments[i].AssessedOn:uuuu-MM-dd}; combine them first.", nameof(assessments));
            }
        }

        _profiles = [.. Assessments.Select(a => a.Score())];
    }

    /// <summary>The organisation.</summary>
    public string Organisation => Assessments[0].Organisation;

    /// <summary>The framework (of the latest assessment).</summary>
    public CompetencyFramework Framework => Latest.Framework;

    /// <summary>The assessments, oldest first.</summary>
    public ImmutableArray<Assessment> Assessments { get; }

    /// <summary>The scored assessments, oldest first.</summary>
    public ImmutableArray<MaturityProfile> Profiles => _profiles;

    /// <summary>The latest assessment.</summary>
    public Assessment Latest => Assessments[^1];

    /// <summary>A history with one more assessment.</summary>
    /// <exception cref="ArgumentException">As for the constructor.</exception>
    public AssessmentHistory Add(Assessment assessment) => new(Assessments.Append(Guard.Against.Null(assessment)));

    /// <summary>The trend of one block.</summary>
    /// <exception cref="ArgumentException">The framework has no such block.</exception>
    public MaturityTrend Trend(string blockId)
    {
        var b = Framework.BlockIndexOf(blockId, nameof(blockId));
        return new MaturityTrend(blockId, [.. _profiles.Select(p => new TrendPoint(p.AssessedOn, p.Blocks[b].Index))]);
    }

    /// <summary>The trend of every block, in framework order.</summary>
    public ImmutableArray<MaturityTrend> Trends => [.. Framework.Blocks.Select(b => Trend(b.Id))];

    /// <summary>The trend of the overall index.</summary>
    public MaturityTrend OverallTrend => new("overall", [.. _profiles.Select(p => new TrendPoint(p.AssessedOn, p.Overall))]);

    /// <summary>Compares the latest assessment with the one before; null with a single assessment.</summary>
    public AssessmentComparison? CompareLatest() =>
        Assessments.Length < 2 ? null : AssessmentComparison.Of(Assessments[^2], Assessments[^1]);
}
