using Ardalis.GuardClauses;
using Crm.Domain.Specifications;

namespace Crm.Domain.CustomerValue.Rfm;

/// <summary>A named RFM segment ("champions", "at risk", ...) and the criteria a score must satisfy to belong to it.</summary>
/// <remarks>Immutable and thread-safe (specifications are side-effect free). Equality is by reference.</remarks>
public sealed class RfmSegment
{
    private RfmSegment(string name, Specification<RfmScore> criteria)
    {
        Name = name;
        Criteria = criteria;
    }

    /// <summary>The segment label.</summary>
    public string Name { get; }

    /// <summary>The rule a score must satisfy; <see cref="Specification{T}.Evaluate"/> explains a decision.</summary>
    public Specification<RfmScore> Criteria { get; }

    /// <summary>Creates a segment.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or <paramref name="criteria"/> is null.</exception>
    public static RfmSegment Create(string name, Specification<RfmScore> criteria) =>
        new(Guard.Against.NullOrWhiteSpace(name), Guard.Against.Null(criteria));

    /// <summary>True when <paramref name="score"/> satisfies the criteria.</summary>
    public bool Contains(RfmScore score) => Criteria.IsSatisfiedBy(score);

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Criteria.Name}";
}
