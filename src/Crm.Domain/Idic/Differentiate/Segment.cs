using Ardalis.GuardClauses;
using Crm.Domain.Primitives;
using Crm.Domain.Specifications;

namespace Crm.Domain.Idic.Differentiate;

/// <summary>A needs-based (or any criteria-based) segment: a name and the <see cref="Specification{T}"/> its members satisfy.</summary>
/// <remarks>Immutable and thread-safe if the criteria are.</remarks>
/// <typeparam name="T">What is segmented (a customer profile).</typeparam>
public sealed class Segment<T>
{
    private Segment(string name, Specification<T> criteria, string description)
    {
        Name = name;
        Criteria = criteria;
        Description = description;
    }

    /// <summary>The segment's name (unique within a <see cref="Segmentation{T}"/>).</summary>
    [NotPersonal("a segment's name, shared by many customers")]
    public string Name { get; }

    /// <summary>The membership criteria.</summary>
    public Specification<T> Criteria { get; }

    /// <summary>What the segment needs or values.</summary>
    [NotPersonal("what a segment needs or values: business configuration")]
    public string Description { get; }

    /// <summary>Creates a segment.</summary>
    /// <exception cref="ArgumentException">Blank name or null criteria.</exception>
    public static Segment<T> Create(string name, Specification<T> criteria, string description = "")
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(criteria);
        Guard.Against.Null(description);
        return new Segment<T>(name, criteria, description);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
