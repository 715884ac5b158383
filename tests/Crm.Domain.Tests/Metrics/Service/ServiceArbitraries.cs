using Crm.Domain.Metrics.Service;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Crm.Domain.Tests.Metrics.Service;

/// <summary>A zone and three batches of observations, for the law checks of the zone-bound accumulators.</summary>
public sealed record ZonedBatches<T>(DateTimeZone Zone, T[] A, T[] B, T[] C)
{
    public override string ToString() => $"{Zone.Id}: [{string.Join(", ", A)}] [{string.Join(", ", B)}] [{string.Join(", ", C)}]";
}

/// <summary>Generators for the service metrics: zones with odd offsets and DST rules, instants near DST transitions
/// and midnights, durations from zero to weeks.</summary>
public static class ServiceArbitraries
{
    public static readonly string[] ZoneIds =
    [
        "Europe/London", "America/New_York", "Asia/Tokyo", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham",
        "America/St_Johns", "UTC",
    ];

    // DST transitions (UTC) of the zones above, so that generated instants hit them.
    private static readonly Instant[] Edges =
    [
        Instant.FromUtc(2026, 3, 29, 1, 0), Instant.FromUtc(2026, 10, 25, 1, 0), Instant.FromUtc(2026, 3, 8, 7, 0),
        Instant.FromUtc(2026, 11, 1, 6, 0), Instant.FromUtc(2026, 4, 4, 15, 0), Instant.FromUtc(2026, 10, 3, 15, 30),
        Instant.FromUtc(2026, 1, 15, 15, 0), Instant.FromUtc(2026, 1, 15, 0, 0),
    ];

    public static Gen<DateTimeZone> Zones => Gen.Elements(ZoneIds).Select(id => DateTimeZoneProviders.Tzdb[id]);

    public static Gen<Instant> Instants =>
        Gen.OneOf(
            Gen.Choose(0, 1_000_000_000).Select(s => Instant.FromUtc(2000, 1, 1, 0, 0) + Duration.FromSeconds(s)),
            from edge in Gen.Elements(Edges)
            from offset in Gen.Choose(-30 * 3600, 30 * 3600)
            select edge + Duration.FromSeconds(offset));

    public static Gen<Duration> Durations =>
        Gen.Frequency(
            (1, Gen.Constant(Duration.Zero)),
            (3, Gen.Choose(0, 3 * 86_400).Select(s => Duration.FromSeconds(s))),
            (2, Gen.Choose(1, 1_000_000).Select(ms => Duration.FromMilliseconds(ms))),
            (2, Gen.Choose(0, 60 * 86_400).Select(s => Duration.FromSeconds(s))),
            (1, Gen.Choose(0, 5_000).Select(d => Duration.FromDays(d))));

    public static Gen<ClosedCase> Cases =>
        from opened in Instants
        from duration in Durations
        select ClosedCase.Of(opened, opened + duration);

    public static Gen<T[]> Batch<T>(Gen<T> item, int max = 40) =>
        from n in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, max)))
        from items in Gen.ArrayOf(item, n)
        select items;

    public static Arbitrary<ZonedBatches<ClosedCase>> ZonedCases() =>
        (from zone in Zones
         from a in Batch(Cases)
         from b in Batch(Cases)
         from c in Batch(Cases)
         select new ZonedBatches<ClosedCase>(zone, a, b, c)).ToArbitrary();

    public static Arbitrary<ZonedBatches<Instant>> ZonedCalls() =>
        (from zone in Zones
         from anchor in Instants
         from a in Batch(Gen.Choose(-40 * 86_400, 40 * 86_400).Select(s => anchor + Duration.FromSeconds(s)))
         from b in Batch(Gen.Choose(-40 * 86_400, 40 * 86_400).Select(s => anchor + Duration.FromSeconds(s)))
         from c in Batch(Instants)
         select new ZonedBatches<Instant>(zone, a, b, c)).ToArbitrary();

    public static Arbitrary<ClosedCase[]> CaseArrays() => Batch(Cases, 300).ToArbitrary();

    public static Arbitrary<(DateTimeZone Zone, Instant Instant)> ZonedInstants() =>
        (from zone in Zones from instant in Instants select (zone, instant)).ToArbitrary();
}
