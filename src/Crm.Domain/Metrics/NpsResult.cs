using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Crm.Domain.Metrics.Json;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics;

/// <summary>
/// A Net Promoter Score with its distribution: promoters (9–10), passives (7–8), detractors (0–6) and
/// NPS = 100 × (promoters − detractors) / answers, in points from −100 to +100 (Reichheld, HBR 2003).
/// </summary>
/// <remarks>
/// <para>With no answers <see cref="HasValue"/> is false and <see cref="Score"/> is null ("no data"); NaN never
/// appears. <c>default</c> is that empty result. Equality compares the distributions. This type is an immutable
/// value and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(NpsResultJsonConverter))]
public readonly struct NpsResult : IEquatable<NpsResult>
{
    private readonly Counts11 _counts;

    internal NpsResult(Counts11 counts) => _counts = counts;

    /// <summary>The number of answers.</summary>
    public long Count => CountsOps.Sum(_counts);

    /// <summary>Answers of 9 or 10.</summary>
    public long Promoters => _counts[9] + _counts[10];

    /// <summary>Answers of 7 or 8.</summary>
    public long Passives => _counts[7] + _counts[8];

    /// <summary>Answers of 0 to 6.</summary>
    public long Detractors => Count - Promoters - Passives;

    /// <summary>True when there is at least one answer.</summary>
    public bool HasValue => Count > 0;

    /// <summary>NPS in points, in [−100, 100]; null when there are no answers.</summary>
    public double? Score => HasValue ? 100d * (Promoters - Detractors) / Count : null;

    /// <summary>The share of promoters among all answers (no data when there are none).</summary>
    public Ratio PromoterShare => Ratio.Rate(Promoters, Count);

    /// <summary>The share of passives among all answers (no data when there are none).</summary>
    public Ratio PassiveShare => Ratio.Rate(Passives, Count);

    /// <summary>The share of detractors among all answers (no data when there are none).</summary>
    public Ratio DetractorShare => Ratio.Rate(Detractors, Count);

    /// <summary>The number of answers per score: element i counts score i (11 elements).</summary>
    public ImmutableArray<long> Distribution => CountsOps.ToImmutable(_counts, Counts11.Length);

    /// <inheritdoc />
    public bool Equals(NpsResult other) => CountsOps.Equal(_counts, other._counts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NpsResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => CountsOps.Hash(_counts);

    /// <summary>Invariant text such as <c>NPS 30 (5 promoters, 3 passives, 2 detractors of 10)</c>.</summary>
    public override string ToString() => HasValue
        ? string.Create(CultureInfo.InvariantCulture, $"NPS {Score:0.##} ({Counted.Of(Promoters, "promoter")}, {Counted.Of(Passives, "passive")}, {Counted.Of(Detractors, "detractor")} of {Count})")
        : "NPS (no data)";

    /// <summary>Equality.</summary>
    public static bool operator ==(NpsResult left, NpsResult right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(NpsResult left, NpsResult right) => !left.Equals(right);
}
