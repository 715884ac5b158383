using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace Crm.Domain.Metrics.Indices;

/// <summary>
/// The definition of a weighted-item survey index on a 0–100 scale, ACSI-style: survey items rated on a common integer
/// scale (for example 1–10), each with a weight. <see cref="WeightedIndexAccumulator"/> computes it from responses.
/// </summary>
/// <remarks>
/// <para><b>Formula</b>: each item's score is its mean rating rescaled to 0–100,
/// <c>(mean − ScaleMin) / (ScaleMax − ScaleMin) × 100</c>; the index is the weighted mean of the item scores,
/// <c>Σ wᵢ scoreᵢ / Σ wᵢ</c>, over the items that have at least one answer (so a skipped item does not count as a
/// zero). With complete responses this equals the weighted mean rating rescaled. After the American Customer
/// Satisfaction Index (Fornell, Johnson, Anderson, Cha &amp; Bryant, "The American Customer Satisfaction Index:
/// Nature, Purpose, and Findings", Journal of Marketing 60(4), 1996), simplified: ACSI proper estimates the item
/// weights with partial least squares inside a structural model of satisfaction's causes and effects; here the
/// weights are given.</para>
/// <para>Item names are unique (ordinal). Equality compares every member. Immutable and thread-safe.</para>
/// </remarks>
public sealed class WeightedIndex : IEquatable<WeightedIndex>
{
    /// <summary>Creates an index definition (the JSON constructor; same rules as <see cref="Create"/>).</summary>
    /// <exception cref="ArgumentException">See <see cref="Create"/>.</exception>
    [JsonConstructor]
    public WeightedIndex(string name, int scaleMin, int scaleMax, ImmutableArray<IndexItem> items)
    {
        Guard.Against.NullOrWhiteSpace(name);
        if (scaleMin >= scaleMax)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"scaleMin ({scaleMin}) must be < scaleMax ({scaleMax})."), nameof(scaleMax));
        }

        if (items.IsDefaultOrEmpty)
        {
            throw new ArgumentException("items must hold at least one item.", nameof(items));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.Name is null)
            {
                throw new ArgumentException("items must not hold a default IndexItem.", nameof(items));
            }

            if (!seen.Add(item.Name))
            {
                throw new ArgumentException($"items must have unique names; '{item.Name}' appears twice.", nameof(items));
            }
        }

        Name = name;
        ScaleMin = scaleMin;
        ScaleMax = scaleMax;
        Items = items;
    }

    /// <summary>The index's name.</summary>
    public string Name { get; }

    /// <summary>The lowest rating (inclusive).</summary>
    public int ScaleMin { get; }

    /// <summary>The highest rating (inclusive).</summary>
    public int ScaleMax { get; }

    /// <summary>The items, in the order of the ratings of an <see cref="IndexResponse"/>.</summary>
    public ImmutableArray<IndexItem> Items { get; }

    /// <summary>Creates an index definition.</summary>
    /// <exception cref="ArgumentException">The name is blank, <paramref name="scaleMin"/> is not below
    /// <paramref name="scaleMax"/>, there are no items, or two items share a name.</exception>
    public static WeightedIndex Create(string name, int scaleMin, int scaleMax, IEnumerable<IndexItem> items)
    {
        Guard.Against.Null(items);
        return new WeightedIndex(name, scaleMin, scaleMax, [.. items]);
    }

    /// <inheritdoc />
    public bool Equals(WeightedIndex? other) =>
        other is not null && (ReferenceEquals(this, other) ||
        (string.Equals(Name, other.Name, StringComparison.Ordinal) && ScaleMin == other.ScaleMin &&
         ScaleMax == other.ScaleMax && Items.AsSpan().SequenceEqual(other.Items.AsSpan())));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WeightedIndex);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, ScaleMin, ScaleMax, Items.Length);

    /// <summary>Invariant text such as <c>Brand image (4 items, 1-10)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({Items.Length} items, {ScaleMin}-{ScaleMax})");

    /// <summary>Equality (see <see cref="Equals(WeightedIndex)"/>); two nulls are equal.</summary>
    public static bool operator ==(WeightedIndex? left, WeightedIndex? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(WeightedIndex? left, WeightedIndex? right) => !(left == right);
}
