using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace Crm.Domain.Metrics.Indices;

/// <summary>One respondent's ratings of the items of a <see cref="WeightedIndex"/>, in item order; null marks a skipped
/// item. The observation of <see cref="WeightedIndexAccumulator"/>, which checks the ratings against the scale.</summary>
/// <remarks>Equality compares the ratings in order. <c>default</c> holds no ratings and is refused by the accumulator.
/// Immutable and thread-safe.</remarks>
public readonly struct IndexResponse : IEquatable<IndexResponse>
{
    /// <summary>Creates a response (the JSON constructor).</summary>
    /// <exception cref="ArgumentException"><paramref name="ratings"/> is default.</exception>
    [JsonConstructor]
    public IndexResponse(ImmutableArray<int?> ratings)
    {
        if (ratings.IsDefault)
        {
            throw new ArgumentException("ratings must not be a default ImmutableArray.", nameof(ratings));
        }

        Ratings = ratings;
    }

    /// <summary>The ratings in item order; null where the respondent skipped the item.</summary>
    public ImmutableArray<int?> Ratings { get; }

    /// <summary>A complete response.</summary>
    public static IndexResponse Of(params int[] ratings) => new([.. Guard.Against.Null(ratings).Select(r => (int?)r)]);

    /// <summary>A response that may skip items (null).</summary>
    public static IndexResponse WithSkips(params int?[] ratings) => new([.. Guard.Against.Null(ratings)]);

    /// <inheritdoc />
    public bool Equals(IndexResponse other) => Ratings.IsDefault
        ? other.Ratings.IsDefault
        : !other.Ratings.IsDefault && Ratings.AsSpan().SequenceEqual(other.Ratings.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndexResponse other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Ratings.IsDefault ? 0 : HashCode.Combine(Ratings.Length, Ratings.FirstOrDefault());

    /// <summary>Invariant text such as <c>[8, 9, -, 7]</c>.</summary>
    public override string ToString() => Ratings.IsDefault
        ? "[]"
        : "[" + string.Join(", ", Ratings.Select(r => r?.ToString(CultureInfo.InvariantCulture) ?? "-")) + "]";

    /// <summary>Equality of the ratings.</summary>
    public static bool operator ==(IndexResponse left, IndexResponse right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(IndexResponse left, IndexResponse right) => !left.Equals(right);
}
