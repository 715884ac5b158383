using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Competencies.Json;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// An assessment of one organisation against one <see cref="CompetencyFramework"/>: the ratings of one or several
/// assessors on one business date. Criteria nobody rated are allowed and show as <see cref="Coverage"/>; several
/// assessors' ratings of the same criterion combine into a mean and a spread (<see cref="Score"/>).
/// </summary>
/// <remarks>
/// <para>Every rating must name a criterion of the framework, and an assessor rates a criterion at most once.
/// The assessment carries its framework, so it is self-contained (its JSON embeds the framework and is checked
/// against it when read).</para>
/// <para>Equality is by reference. Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(AssessmentJsonConverter))]
public sealed class Assessment
{
    private readonly int[] _ordinals;

    /// <summary>Creates an assessment.</summary>
    /// <param name="framework">The framework assessed against.</param>
    /// <param name="organisation">The organisation assessed, not blank.</param>
    /// <param name="assessedOn">The business date of the assessment (ratings keep their own dates).</param>
    /// <param name="ratings">The ratings; may be empty (coverage 0).</param>
    /// <exception cref="ArgumentException">A null rating, a rating of a criterion the framework lacks, or two ratings
    /// of one criterion by one assessor; the message names the criterion (and assessor).</exception>
    public Assessment(CompetencyFramework framework, string organisation, LocalDate assessedOn, IEnumerable<CriterionRating> ratings)
    {
        Framework = Guard.Against.Null(framework);
        Organisation = Guard.Against.NullOrWhiteSpace(organisation);
        AssessedOn = assessedOn;
        Guard.Against.Null(ratings);
        Ratings = [.. ratings];
        _ordinals = new int[Ratings.Length];
        var seen = new HashSet<(int, string)>();
        for (var i = 0; i < Ratings.Length; i++)
        {
            var rating = Ratings[i] ?? throw new ArgumentException($"Rating #{i} of the assessment of '{organisation}' is null.", nameof(ratings));
            if (!framework.TryGetOrdinal(rating.CriterionId, out var ordinal))
            {
                throw new ArgumentException(
                    $"Rating #{i} of the assessment of '{organisation}' names criterion '{rating.CriterionId}', which framework '{framework.Id}' lacks.",
                    nameof(ratings));
            }

            if (!seen.Add((ordinal, rating.Assessor)))
            {
                throw new ArgumentException(
                    $"Assessor '{rating.Assessor}' rated criterion '{rating.CriterionId}' twice in the assessment of '{organisation}'; one rating per assessor and criterion.",
                    nameof(ratings));
            }

            _ordinals[i] = ordinal;
        }
    }

    /// <summary>The framework assessed against.</summary>
    public CompetencyFramework Framework { get; }

    /// <summary>The organisation assessed.</summary>
    public string Organisation { get; }

    /// <summary>The business date of the assessment.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>The ratings, in the order given.</summary>
    public ImmutableArray<CriterionRating> Ratings { get; }

    /// <summary>The distinct assessors, in ordinal order.</summary>
    public ImmutableArray<string> Assessors => [.. Ratings.Select(r => r.Assessor).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Criteria with at least one rating, over all criteria of the framework.</summary>
    public Ratio Coverage
    {
        get
        {
            var rated = new bool[Framework.CriterionCount];
            foreach (var ordinal in _ordinals)
            {
                rated[ordinal] = true;
            }

            return Ratio.Rate(rated.Count(r => r), Framework.CriterionCount);
        }
    }

    /// <summary>
    /// Scores the assessment: per criterion the mean level of its ratings and their spread (with a disagreement flag),
    /// per block and overall a weighted index 0–100, and cuts by <see cref="CrmType"/>. See <see cref="MaturityProfile"/>
    /// for the formulas.
    /// </summary>
    /// <param name="disagreementThreshold">Spread (highest − lowest level, in levels) from which assessors are said to
    /// disagree on a criterion; 1–4, default 2.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="disagreementThreshold"/> is outside [1, 4].</exception>
    public MaturityProfile Score(int disagreementThreshold = 2) => MaturityProfile.Of(this, disagreementThreshold);

    /// <summary>
    /// The overall index alone (0–100), or null when nothing is rated: equal to <see cref="MaturityProfile.Overall"/>
    /// but without building the profile (no allocation for frameworks of up to 256 criteria).
    /// </summary>
    public double? OverallIndex() => AssessmentScoring.OverallIndex(this);

    /// <summary>A copy in which <paramref name="rating"/> replaces the same assessor's rating of the same criterion (or
    /// is added).</summary>
    /// <exception cref="ArgumentException">The framework lacks the criterion.</exception>
    public Assessment WithRating(CriterionRating rating)
    {
        Guard.Against.Null(rating);
        var kept = Ratings.Where(r => !(string.Equals(r.CriterionId, rating.CriterionId, StringComparison.Ordinal)
                                        && string.Equals(r.Assessor, rating.Assessor, StringComparison.Ordinal)));
        return new Assessment(Framework, Organisation, AssessedOn, kept.Append(rating));
    }

    /// <summary>The ratings of one assessor, as an assessment of its own (empty if the assessor rated nothing).</summary>
    public Assessment ByAssessor(string assessor)
    {
        Guard.Against.NullOrWhiteSpace(assessor);
        return new Assessment(Framework, Organisation, AssessedOn, Ratings.Where(r => string.Equals(r.Assessor, assessor, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Combines several assessors' assessments of one organisation against one framework into one assessment holding
    /// all their ratings, dated on the latest of their dates.
    /// </summary>
    /// <exception cref="ArgumentException">No assessments, different frameworks (by id) or organisations, or one
    /// assessor rating a criterion in two of them.</exception>
    public static Assessment Combine(IEnumerable<Assessment> assessments)
    {
        Guard.Against.Null(assessments);
        var list = assessments.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("Nothing to combine: at least one assessment is needed.", nameof(assessments));
        }

        var first = Guard.Against.Null(list[0], nameof(assessments));
        foreach (var other in list)
        {
            Guard.Against.Null(other, nameof(assessments));
            if (!string.Equals(other.Framework.Id, first.Framework.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Cannot combine assessments against frameworks '{first.Framework.Id}' and '{other.Framework.Id}'.", nameof(assessments));
            }

            if (!string.Equals(other.Organisation, first.Organisation, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Cannot combine assessments of '{first.Organisation}' and '{other.Organisation}'.", nameof(assessments));
            }
        }

        return new Assessment(first.Framework, first.Organisation, list.Max(a => a.AssessedOn), list.SelectMany(a => a.Ratings));
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"Assessment of {Organisation} against {Framework.Id} ({Ratings.Length} ratings)";

    internal ReadOnlySpan<int> Ordinals => _ordinals;
}
