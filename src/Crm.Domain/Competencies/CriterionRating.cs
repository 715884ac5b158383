using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Competencies.Json;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// One assessor's rating of one criterion: the <see cref="MaturityLevel"/>, the evidence behind it, who rated and on
/// which business date.
/// </summary>
/// <remarks>Equality is by value (criterion, level, assessor, date, evidence; text compared ordinally), with
/// <c>==</c>. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(CriterionRatingJsonConverter))]
public sealed class CriterionRating : IEquatable<CriterionRating>
{
    /// <summary>Creates a rating.</summary>
    /// <param name="criterionId">The criterion rated (checked against the framework by <see cref="Assessment"/>).</param>
    /// <param name="level">The maturity level given.</param>
    /// <param name="assessor">Who rated (a name or id), not blank.</param>
    /// <param name="ratedOn">The business date of the rating.</param>
    /// <param name="evidence">Evidence notes (documents seen, interviews, data); may be empty.</param>
    /// <exception cref="ArgumentException">An invalid criterion id or a blank assessor.</exception>
    public CriterionRating(string criterionId, MaturityLevel level, string assessor, LocalDate ratedOn, string? evidence = null)
    {
        CriterionId = Guard.Against.InvalidIdentifier(criterionId, "criterion");
        Assessor = string.IsNullOrWhiteSpace(assessor)
            ? throw new ArgumentException($"The assessor of the rating of criterion '{criterionId}' must not be null or blank.", nameof(assessor))
            : assessor;
        Level = level;
        RatedOn = ratedOn;
        Evidence = evidence ?? string.Empty;
    }

    /// <summary>The criterion rated.</summary>
    public string CriterionId { get; }

    /// <summary>The maturity level given.</summary>
    public MaturityLevel Level { get; }

    /// <summary>Who rated.</summary>
    public string Assessor { get; }

    /// <summary>The business date of the rating.</summary>
    public LocalDate RatedOn { get; }

    /// <summary>Evidence notes (may be empty).</summary>
    public string Evidence { get; }

    /// <summary>A copy with another level (same criterion, assessor, date and evidence).</summary>
    public CriterionRating WithLevel(MaturityLevel level) => new(CriterionId, level, Assessor, RatedOn, Evidence);

    /// <inheritdoc />
    public bool Equals(CriterionRating? other) =>
        other is not null
        && string.Equals(CriterionId, other.CriterionId, StringComparison.Ordinal)
        && Level == other.Level
        && string.Equals(Assessor, other.Assessor, StringComparison.Ordinal)
        && RatedOn == other.RatedOn
        && string.Equals(Evidence, other.Evidence, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CriterionRating);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(CriterionId), Level, StringComparer.Ordinal.GetHashCode(Assessor), RatedOn);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{CriterionId}: {Level} by {Assessor} on {RatedOn:uuuu-MM-dd}");

    /// <summary>Equality.</summary>
    public static bool operator ==(CriterionRating? left, CriterionRating? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CriterionRating? left, CriterionRating? right) => !(left == right);
}
