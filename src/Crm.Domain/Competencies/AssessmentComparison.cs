using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Crm.Domain.Competencies;

/// <summary>
/// A comparison of two assessments of one organisation against one framework: what improved, what fell back, what
/// is newly or no longer rated, per criterion, per block and overall (indexes 0–100).
/// </summary>
/// <remarks>Equality is by reference. Immutable and thread-safe.</remarks>
public sealed class AssessmentComparison
{
    private AssessmentComparison(MaturityProfile before, MaturityProfile after)
    {
        Before = before;
        After = after;
        var framework = before.Framework;
        Criteria = [.. before.Criteria.Select((c, i) => new ScoreChange(c.CriterionId, framework.Criteria[i].Title, c.Index, after.Criteria[i].Index))];
        Blocks = [.. before.Blocks.Select((b, i) => new ScoreChange(b.BlockId, b.Title, b.Index, after.Blocks[i].Index))];
        Overall = new ScoreChange("overall", "Overall index", before.Overall, after.Overall);
    }

    /// <summary>The earlier profile.</summary>
    public MaturityProfile Before { get; }

    /// <summary>The later profile.</summary>
    public MaturityProfile After { get; }

    /// <summary>One change per criterion, in framework order.</summary>
    public ImmutableArray<ScoreChange> Criteria { get; }

    /// <summary>One change per block, in framework order.</summary>
    public ImmutableArray<ScoreChange> Blocks { get; }

    /// <summary>The change of the overall index.</summary>
    public ScoreChange Overall { get; }

    /// <summary>Criteria that improved, largest rise first (ties by id).</summary>
    public ImmutableArray<ScoreChange> Improved => Select(ChangeDirection.Improved, descending: true);

    /// <summary>Criteria that fell back, largest fall first (ties by id).</summary>
    public ImmutableArray<ScoreChange> FellBack => Select(ChangeDirection.FellBack, descending: false);

    /// <summary>Compares two assessments (dates in either order; the earlier becomes <see cref="Before"/>).</summary>
    /// <exception cref="ArgumentException">Different frameworks or organisations.</exception>
    public static AssessmentComparison Of(Assessment first, Assessment second)
    {
        Guard.Against.Null(first);
        Guard.Against.Null(second);
        first.Framework.EnsureCompatible(second.Framework, nameof(second));
        if (!string.Equals(first.Organisation, second.Organisation, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Cannot compare assessments of '{first.Organisation}' and '{second.Organisation}'.", nameof(second));
        }

        var (before, after) = second.AssessedOn < first.AssessedOn ? (second, first) : (first, second);
        return new AssessmentComparison(before.Score(), after.Score());
    }

    private ImmutableArray<ScoreChange> Select(ChangeDirection direction, bool descending)
    {
        var matching = Criteria.Where(c => c.Direction == direction);
        var ordered = descending
            ? matching.OrderByDescending(c => c.Delta)
            : matching.OrderBy(c => c.Delta);
        return [.. ordered.ThenBy(c => c.Id, StringComparer.Ordinal)];
    }
}
