using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Crm.Domain.Metrics.Json;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics;

/// <summary>
/// Customer Effort Score on one <see cref="CesScale"/>: the mean answer (in the scale's units, within [min, max];
/// whether higher is better is the scale's <see cref="CesScale.Direction"/>), the share of easy answers (a rate in
/// [0, 1], see <see cref="CesScale"/> for the rule), and the distribution.
/// </summary>
/// <remarks>
/// With no answers <see cref="HasValue"/> is false, <see cref="Mean"/> is null and <see cref="EasyShare"/> has no
/// value ("no data"); NaN never appears. <c>default</c> is the empty result with no scale. Equality compares scale
/// and distribution. This type is an immutable value and is thread-safe.
/// </remarks>
[JsonConverter(typeof(CesResultJsonConverter))]
public readonly struct CesResult : IEquatable<CesResult>
{
    private readonly Counts11 _counts; // index = answer − scale.Min

    internal CesResult(CesScale scale, Counts11 counts)
    {
        Scale = scale;
        _counts = counts;
    }

    /// <summary>The scale the answers were given on.</summary>
    public CesScale Scale { get; }

    /// <summary>The number of answers.</summary>
    public long Count => CountsOps.Sum(_counts);

    /// <summary>True when there is at least one answer.</summary>
    public bool HasValue => Count > 0;

    /// <summary>The number of easy answers (strictly on the easy side of the scale's midpoint).</summary>
    public long Easy
    {
        get
        {
            long easy = 0;
            for (var i = 0; i < Scale.Points; i++)
            {
                if (Scale.IsEasyUnchecked(Scale.Min + i))
                {
                    easy += _counts[i];
                }
            }

            return easy;
        }
    }

    /// <summary>Easy answers / all answers (no data when there are none).</summary>
    public Ratio EasyShare => Ratio.Rate(Easy, Count);

    /// <summary>The mean answer, within [Scale.Min, Scale.Max]; null when there are no answers.</summary>
    public double? Mean
    {
        get
        {
            if (!HasValue)
            {
                return null;
            }

            return (double)CountsOps.WeightedSum(_counts, Scale.Points, Scale.Min, nameof(Mean)) / Count;
        }
    }

    /// <summary>The number of answers per point: element i counts answer Scale.Min + i.</summary>
    public ImmutableArray<long> Distribution => CountsOps.ToImmutable(_counts, Scale.Points);

    /// <inheritdoc />
    public bool Equals(CesResult other) => Scale == other.Scale && CountsOps.Equal(_counts, other._counts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CesResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scale, CountsOps.Hash(_counts));

    /// <summary>Invariant text such as <c>CES mean 5.2 on 1–7 (HigherIsEasier), 70 % easy (7 of 10)</c>.</summary>
    public override string ToString() => HasValue
        ? string.Create(CultureInfo.InvariantCulture, $"CES mean {Mean:0.##} on {Scale}, {EasyShare.Value * 100d:0.##} % easy ({Easy} of {Count})")
        : "CES (no data)";

    /// <summary>Equality.</summary>
    public static bool operator ==(CesResult left, CesResult right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CesResult left, CesResult right) => !left.Equals(right);
}
