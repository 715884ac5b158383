using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Indices;
using Crm.Domain.Metrics.Service;
using Crm.Domain.Primitives;

namespace Crm.Samples.Quickstart;

/// <summary>The accumulators of one desk (or of the company, merged).</summary>
public sealed record DeskMetrics(
    string Name,
    SameDayClosureAccumulator SameDay,
    SameDayClosureAccumulator SameDayJudgedInUtc,
    TimeToResolutionAccumulator TimeToResolution,
    CallVolumeAccumulator Calls,
    FirstContactResolutionAccumulator FirstContact,
    NpsAccumulator Nps,
    CsatAccumulator Csat,
    CesAccumulator Ces,
    WeightedIndexAccumulator Satisfaction,
    WeightedIndexAccumulator BrandImage,
    RenewalRateAccumulator Renewals,
    ServicesPerCustomerAccumulator Services,
    RetentionAccumulator Retention,
    AcquisitionCostAccumulator Acquisition)
{
    private delegate TAcc Step<TAcc, T>(TAcc accumulator, ReadOnlySpan<T> batch);

    /// <summary>Computes a desk's KPIs the way a distributed job would: each list is cut into shards, the shards are
    /// accumulated in parallel (span batches), and the partial accumulators are combined. Because accumulators are
    /// exact commutative monoids, the answer is the same as one pass.</summary>
    public static DeskMetrics Compute(DeskData d, int shards) => new(
        d.Profile.Name,
        Sharded(d.Cases, shards, SameDayClosureAccumulator.For(d.Zone), static (a, s) => a.AddRange(s), SameDayClosureAccumulator.Combine),
        SameDayClosureAccumulator.For(NodaTime.DateTimeZone.Utc).AddRange(d.Cases), // the mistake the zone prevents
        Sharded(d.Cases, shards, TimeToResolutionAccumulator.Empty, static (a, s) => a.AddRange(s), TimeToResolutionAccumulator.Combine),
        Sharded(d.Calls, shards, CallVolumeAccumulator.For(d.Zone), static (a, s) => a.AddRange(s), CallVolumeAccumulator.Combine),
        Sharded(d.FirstContactResolved, shards, FirstContactResolutionAccumulator.Empty, static (a, s) => a.AddRange(s), FirstContactResolutionAccumulator.Combine),
        Sharded(d.Nps, shards, NpsAccumulator.Empty, static (a, s) => a.AddRange(s), NpsAccumulator.Combine),
        Sharded(d.Csat, shards, CsatAccumulator.Empty, static (a, s) => a.AddRange(s), CsatAccumulator.Combine),
        Sharded(d.Ces, shards, CesAccumulator.For(Domain.Metrics.Ratings.CesScale.Agreement7), static (a, s) => a.AddRange(s), CesAccumulator.Combine),
        Sharded(d.Satisfaction, shards, WeightedIndexAccumulator.For(CustomerSatisfactionIndex.Standard), static (a, s) => a.AddRange(s), WeightedIndexAccumulator.Combine),
        Sharded(d.BrandImage, shards, WeightedIndexAccumulator.For(BrandImageIndex.Standard), static (a, s) => a.AddRange(s), WeightedIndexAccumulator.Combine),
        RenewalRateAccumulator.Empty.AddRange(d.Renewals),
        ServicesPerCustomerAccumulator.Empty.AddRange(d.ServicesPerCustomer),
        RetentionAccumulator.Empty.Add(d.Retention),
        AcquisitionCostAccumulator.Empty.Add(d.Acquisition));

    /// <summary>The company: every accumulator combined across desks, except the zone-bound ones — "the same day" in
    /// London and in Tokyo are different days, so combining those throws; their ratios merge instead.</summary>
    public static DeskMetrics Company(IReadOnlyList<DeskMetrics> desks) => new(
        "Company",
        default, // see CompanySameDay
        default,
        desks.Select(d => d.TimeToResolution).Aggregate(TimeToResolutionAccumulator.Combine),
        default,
        desks.Select(d => d.FirstContact).Aggregate((a, b) => a + b),
        desks.Select(d => d.Nps).Aggregate((a, b) => a + b),
        desks.Select(d => d.Csat).Aggregate((a, b) => a + b),
        desks.Select(d => d.Ces).Aggregate((a, b) => a + b),
        desks.Select(d => d.Satisfaction).Aggregate((a, b) => a + b),
        desks.Select(d => d.BrandImage).Aggregate((a, b) => a + b),
        desks.Select(d => d.Renewals).Aggregate((a, b) => a + b),
        desks.Select(d => d.Services).Aggregate((a, b) => a + b),
        desks.Select(d => d.Retention).Aggregate((a, b) => a + b),
        desks.Select(d => d.Acquisition).Aggregate((a, b) => a + b));

    /// <summary>Each desk judged in its own zone, then the ratios (412/500 + ...) merged.</summary>
    public static Ratio CompanySameDay(IEnumerable<DeskMetrics> desks) =>
        desks.Select(d => d.SameDay.Result).Aggregate(Ratio.Empty, Ratio.Combine);

    private static TAcc Sharded<TAcc, T>(T[] items, int shards, TAcc start, Step<TAcc, T> step, Func<TAcc, TAcc, TAcc> combine)
    {
        var size = (items.Length + shards - 1) / Math.Max(1, shards);
        return Enumerable.Range(0, shards)
            .AsParallel()
            .Select(i => step(start, items.AsSpan(Math.Min(items.Length, i * size), Math.Max(0, Math.Min(size, items.Length - (i * size))))))
            .ToArray()
            .Aggregate(start, combine);
    }
}
