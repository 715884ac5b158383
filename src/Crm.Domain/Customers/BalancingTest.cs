using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>
/// The recorded note of a legitimate-interest balancing test (legitimate interests assessment): who assessed, when,
/// with what outcome, and a reference to the assessment document.
/// </summary>
/// <remarks>The reference names a document (such as <c>LIA-2026-07</c>), never a person: text shaped like an e-mail
/// address or a phone number is refused (also from JSON), and erasure blanks it. The assessor is an employee
/// (<see cref="Actor"/>), as in the audit trail. Equality is by value. Immutable and thread-safe.</remarks>
public sealed class BalancingTest : IEquatable<BalancingTest>
{
    /// <summary>The longest reference accepted.</summary>
    public const int MaxReferenceLength = 200;

    [JsonConstructor]
    internal BalancingTest(Actor assessedBy, Instant assessedAt, BalancingOutcome outcome, string? reference)
    {
        Guard.Against.Uninitialized(assessedBy, !assessedBy.IsDefault);
        Guard.Against.UndefinedEnum(outcome);
        if (reference is not null)
        {
            Guard.Against.NullOrWhiteSpace(reference);
            Guard.Against.TooLong(reference, MaxReferenceLength);
            Guard.Against.ContactData(reference);
        }

        AssessedBy = assessedBy;
        AssessedAt = assessedAt;
        Outcome = outcome;
        Reference = reference;
    }

    /// <summary>Who carried out the assessment.</summary>
    public Actor AssessedBy { get; }

    /// <summary>When it was concluded.</summary>
    public Instant AssessedAt { get; }

    /// <summary>Its outcome.</summary>
    public BalancingOutcome Outcome { get; }

    /// <summary>A reference to the assessment document; null if none (or after erasure).</summary>
    [NotPersonal("a reference to the controller's record of the assessment")]
    public string? Reference { get; }

    /// <summary>Records a balancing test.</summary>
    /// <exception cref="ArgumentException">A default assessor, an undefined outcome, or a blank, over-long or
    /// contact-data-shaped reference.</exception>
    public static BalancingTest Of(Actor assessedBy, Instant assessedAt, BalancingOutcome outcome, string? reference = null) =>
        new(assessedBy, assessedAt, outcome, reference);

    /// <summary>The same test without its reference (for erasure).</summary>
    public BalancingTest Anonymised() => Reference is null ? this : new(AssessedBy, AssessedAt, Outcome, null);

    /// <inheritdoc />
    public bool Equals(BalancingTest? other) =>
        other is not null && AssessedBy == other.AssessedBy && AssessedAt == other.AssessedAt && Outcome == other.Outcome
        && string.Equals(Reference, other.Reference, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BalancingTest);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AssessedBy, AssessedAt, Outcome, Reference);

    /// <inheritdoc />
    public override string ToString() => $"Balancing test by {AssessedBy} at {AssessedAt}: {Outcome}";

    /// <summary>Equality.</summary>
    public static bool operator ==(BalancingTest? left, BalancingTest? right) => left?.Equals(right) ?? right is null;

    /// <summary>Inequality.</summary>
    public static bool operator !=(BalancingTest? left, BalancingTest? right) => !(left == right);
}
