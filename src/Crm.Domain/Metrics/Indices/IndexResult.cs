using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Metrics.Indices;

/// <summary>A weighted-item index computed from survey responses: the 0–100 value and each item's score. The result of
/// <see cref="WeightedIndexAccumulator"/>.</summary>
/// <remarks>
/// <para><see cref="Value"/> is null (no data) when no item has an answer. Otherwise it is in [0, 100] and equals the
/// weighted mean of the item scores that have data (checked on construction, so JSON cannot carry an inconsistent
/// value).</para>
/// <para>Equality compares every member. Immutable and thread-safe.</para>
/// </remarks>
public sealed class IndexResult : IEquatable<IndexResult>
{
    /// <summary>Creates a result (the JSON constructor).</summary>
    /// <exception cref="ArgumentException">A count is negative, a score is outside [0, 100], the value is NaN or infinite, or the value is not the
    /// weighted mean of the item scores.</exception>
    [JsonConstructor]
    public IndexResult(string indexName, long responses, double? value, ImmutableArray<IndexItemScore> items)
    {
        Guard.Against.NullOrWhiteSpace(indexName);
        Guard.Against.NegativeValue(responses);
        Guard.Against.NonFinite(value);
        if (items.IsDefault)
        {
            throw new ArgumentException("items must not be a default ImmutableArray.", nameof(items));
        }

        foreach (var item in items)
        {
            Guard.Against.OutsideRange(item.Answers, 0L, responses, nameof(items) + ".answers");
            if (item.Score is { } s)
            {
                Guard.Against.OutsideRange(s, 0d, 100d, nameof(items) + ".score");
            }
        }

        var expected = WeightedMean(items);
        if (value.HasValue != expected.HasValue || (value is { } v && Math.Abs(v - expected!.Value) > 1e-9))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"value ({value?.ToString(CultureInfo.InvariantCulture) ?? "null"}) must be the weighted mean of the item scores ({expected?.ToString(CultureInfo.InvariantCulture) ?? "null"})."),
                nameof(value));
        }

        IndexName = indexName;
        Responses = responses;
        Value = value;
        Items = items;
    }

    /// <summary>The index's name.</summary>
    public string IndexName { get; }

    /// <summary>How many responses were accumulated.</summary>
    public long Responses { get; }

    /// <summary>The index on 0–100; null when no item has an answer.</summary>
    public double? Value { get; }

    /// <summary>True when <see cref="Value"/> is present.</summary>
    [JsonIgnore]
    public bool HasValue => Value.HasValue;

    /// <summary>Each item's answers, mean rating and score, in item order.</summary>
    public ImmutableArray<IndexItemScore> Items { get; }

    /// <inheritdoc />
    public bool Equals(IndexResult? other) =>
        other is not null && string.Equals(IndexName, other.IndexName, StringComparison.Ordinal) &&
        Responses == other.Responses && Value.Equals(other.Value) && Items.AsSpan().SequenceEqual(other.Items.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndexResult);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IndexName, Responses, Value);

    /// <summary>Invariant text such as <c>Customer satisfaction index: 76.3 (n=500)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{IndexName}: {(Value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) : "no data")} (n={Responses})");

    internal static double? WeightedMean(ImmutableArray<IndexItemScore> items)
    {
        double weighted = 0, weights = 0;
        foreach (var item in items)
        {
            if (item.Score is { } s)
            {
                weighted += item.Item.Weight * s;
                weights += item.Item.Weight;
            }
        }

        return weights > 0 ? Math.Clamp(weighted / weights, 0d, 100d) : null;
    }

    /// <summary>Equality (see <see cref="Equals(IndexResult)"/>); two nulls are equal.</summary>
    public static bool operator ==(IndexResult? left, IndexResult? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(IndexResult? left, IndexResult? right) => !(left == right);
}
