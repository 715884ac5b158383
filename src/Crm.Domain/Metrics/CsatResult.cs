using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Crm.Domain.Metrics.Json;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics;

/// <summary>
/// Customer satisfaction over 1–5 answers: CSAT = satisfied answers (4 or 5) / all answers, a rate in [0, 1]; the
/// mean answer in [1, 5]; and the distribution.
/// </summary>
/// <remarks>
/// With no answers <see cref="HasValue"/> is false, <see cref="Satisfaction"/> has no value and <see cref="Mean"/> is
/// null ("no data"); NaN never appears. <c>default</c> is that empty result. Equality compares the distributions.
/// This type is an immutable value and is thread-safe.
/// </remarks>
[JsonConverter(typeof(CsatResultJsonConverter))]
public readonly struct CsatResult : IEquatable<CsatResult>
{
    private readonly Counts11 _counts; // index = score − 1

    internal CsatResult(Counts11 counts) => _counts = counts;

    /// <summary>The number of answers.</summary>
    public long Count => CountsOps.Sum(_counts);

    /// <summary>Answers of 4 or 5.</summary>
    public long Satisfied => _counts[3] + _counts[4];

    /// <summary>True when there is at least one answer.</summary>
    public bool HasValue => Count > 0;

    /// <summary>The CSAT score: satisfied / all answers (no data when there are none).</summary>
    public Ratio Satisfaction => Ratio.Rate(Satisfied, Count);

    /// <summary>The sum of all answers (each 1–5).</summary>
    public long SumOfScores => CountsOps.WeightedSum(_counts, CsatAccumulator.Points, CsatRating.MinScore, nameof(SumOfScores));

    /// <summary>The mean answer in [1, 5]; null when there are no answers.</summary>
    public double? Mean => HasValue ? (double)SumOfScores / Count : null;

    /// <summary>The number of answers per score: element i counts score i + 1 (5 elements).</summary>
    public ImmutableArray<long> Distribution => CountsOps.ToImmutable(_counts, CsatAccumulator.Points);

    /// <inheritdoc />
    public bool Equals(CsatResult other) => CountsOps.Equal(_counts, other._counts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CsatResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => CountsOps.Hash(_counts);

    /// <summary>Invariant text such as <c>CSAT 80 % (8 of 10 satisfied), mean 4.1</c>.</summary>
    public override string ToString() => HasValue
        ? string.Create(CultureInfo.InvariantCulture, $"CSAT {Satisfaction.Value * 100d:0.##} % ({Satisfied} of {Count} satisfied), mean {Mean:0.##}")
        : "CSAT (no data)";

    /// <summary>Equality.</summary>
    public static bool operator ==(CsatResult left, CsatResult right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CsatResult left, CsatResult right) => !left.Equals(right);
}
