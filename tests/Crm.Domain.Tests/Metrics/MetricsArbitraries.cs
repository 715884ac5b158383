using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Primitives;
using FsCheck;
using FsCheck.Fluent;

namespace Crm.Domain.Tests.Metrics;

/// <summary>Three batches of observations on one scale (or in one currency), so that the monoid laws can be checked.</summary>
public sealed record CesCase(CesScale Scale, CesRating[] A, CesRating[] B, CesRating[] C);

/// <summary>Three batches of acquisition spend in one currency.</summary>
public sealed record SpendCase(Currency Currency, AcquisitionSpend[] A, AcquisitionSpend[] B, AcquisitionSpend[] C);

/// <summary>Valid-only generators for the metrics. Batch lengths reach the vector edges (0, 1, 31, 32, 33, 1000+);
/// values are sometimes all equal so that a byte lane fills up.</summary>
public static class MetricsArbitraries
{
    private static readonly string[] Codes = ["EUR", "USD", "JPY", "CHF"];

    internal static Gen<int> Lengths { get; } = Gen.OneOf(Gen.Elements(0, 1, 31, 32, 33, 63, 64, 65, 1000, 1500), Gen.Choose(0, 100));

    private static Gen<T[]> Batches<T>(Gen<T> item) =>
        from n in Lengths
        from constant in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from items in constant ? item.Select(x => Enumerable.Repeat(x, n).ToArray()) : Gen.ArrayOf(item, n)
        select items;

    public static Arbitrary<NpsRating[]> NpsRatings() => Batches(Gen.Choose(0, 10).Select(NpsRating.Of)).ToArbitrary();

    public static Arbitrary<CsatRating[]> CsatRatings() => Batches(Gen.Choose(1, 5).Select(CsatRating.Of)).ToArbitrary();

    public static Gen<CesScale> Scales { get; } =
        Gen.OneOf(
            Gen.Elements(CesScale.Agreement7, CesScale.Effort5),
            from min in Gen.Choose(0, 9)
            from max in Gen.Choose(min + 1, 10)
            from direction in Gen.Elements(CesDirection.HigherIsEasier, CesDirection.LowerIsEasier)
            select CesScale.Of(min, max, direction));

    public static Arbitrary<CesScale> CesScales() => Scales.ToArbitrary();

    public static Arbitrary<CesCase> CesCases() =>
        (from scale in Scales
         let item = Gen.Choose(scale.Min, scale.Max).Select(v => CesRating.Of(v, scale))
         from a in Batches(item)
         from b in Batches(item)
         from c in Batches(item)
         select new CesCase(scale, a, b, c)).ToArbitrary();

    public static Arbitrary<bool[]> Booleans() => Batches(Gen.Elements(true, false)).ToArbitrary();

    public static Arbitrary<int[]> ServiceCounts() =>
        Batches(Gen.Frequency((8, Gen.Choose(0, 12)), (1, Gen.Constant(int.MaxValue)), (1, Gen.Choose(0, int.MaxValue)))).ToArbitrary();

    public static Arbitrary<RetentionPeriodCounts[]> RetentionSegments() =>
        (from n in Gen.OneOf(Gen.Choose(0, 40), Gen.Elements(0, 1, 33))
         from segments in Gen.ArrayOf(
             from start in Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 20), Gen.Choose(0, 1_000_000))
             from retained in Gen.Choose(0, start)
             from acquired in Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 100_000))
             select RetentionPeriodCounts.Of(start, retained + acquired, acquired),
             n)
         select segments).ToArbitrary();

    public static Arbitrary<SpendCase> SpendCases() =>
        (from code in Gen.Elements(Codes)
         let currency = Currency.Of(code)
         let item = from cents in Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 100_000_000))
                    from customers in Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 5000))
                    select AcquisitionSpend.Of(Money.Of(cents / 100m, currency), customers)
         from n in Gen.Choose(0, 40)
         from a in Gen.ArrayOf(item, n)
         from b in Gen.ArrayOf(item)
         from c in Gen.ArrayOf(item)
         select new SpendCase(currency, a, b, c)).ToArbitrary();
}
