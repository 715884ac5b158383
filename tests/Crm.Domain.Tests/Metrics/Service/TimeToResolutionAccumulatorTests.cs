using Crm.Domain.Metrics.Service;
using Crm.Domain.Tests.Serialization;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Metrics.Service;

[AccumulatorLawsFor(typeof(TimeToResolutionAccumulator))]
public class TimeToResolutionAccumulatorTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 5, 4, 9, 0);

    private static ClosedCase Lasting(Duration d) => ClosedCase.Of(T0, T0 + d);

    private static long ExactOrderStatistic(long[] sorted, double q) => sorted[(int)Math.Floor(q * (sorted.Length - 1))];

    [Fact]
    public void Result_FiveCases_HandComputed()
    {
        var hours = new[] { 3, 1, 10, 4, 2 };
        var stats = TimeToResolutionAccumulator.Empty.AddRange(hours.Select(h => Lasting(Duration.FromHours(h)))).Result;
        Assert.Equal(5, stats.Count);
        Assert.Equal(Duration.FromHours(4), stats.Mean); // (1 + 2 + 3 + 4 + 10) / 5
        Assert.Equal(Duration.FromHours(1), stats.Min);
        Assert.Equal(Duration.FromHours(10), stats.Max);
        // Median = rank floor(0.5 * 4) = 2 of 1,2,3,4,10 -> 3 h; p90 = rank floor(0.9 * 4) = 3 -> 4 h; both within 1 %.
        Assert.InRange(stats.Median!.Value.TotalHours, 3 * 0.99, 3 * 1.01);
        Assert.InRange(stats.P90!.Value.TotalHours, 4 * 0.99, 4 * 1.01);
        Assert.Equal(0.01, stats.QuantileRelativeError);
    }

    [Fact]
    public void Result_NoCases_IsNoData()
    {
        var stats = TimeToResolutionAccumulator.Empty.Result;
        Assert.False(stats.HasData);
        Assert.Null(stats.Mean);
        Assert.Null(stats.Median);
        Assert.Null(TimeToResolutionAccumulator.Empty.Quantile(0.5));
        Assert.Equal("n=0 (no data)", stats.ToString());
    }

    [Fact]
    public void Result_AllInstant_IsZeroEverywhere()
    {
        var stats = TimeToResolutionAccumulator.Empty.AddRange([Lasting(Duration.Zero), Lasting(Duration.Zero)]).Result;
        Assert.Equal(Duration.Zero, stats.Median);
        Assert.Equal(Duration.Zero, stats.P90);
        Assert.Equal(Duration.Zero, stats.Mean);
    }

    [Fact]
    public void Result_OneCase_QuantilesAreExact()
    {
        // Estimates are clamped to [min, max], so a single value is reported exactly.
        var stats = TimeToResolutionAccumulator.Empty.Add(Lasting(Duration.FromMinutes(47))).Result;
        Assert.Equal(Duration.FromMinutes(47), stats.Median);
        Assert.Equal(Duration.FromMinutes(47), stats.P90);
    }

    [Fact]
    public void Quantile_OutsideUnitInterval_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TimeToResolutionAccumulator.Empty.Quantile(1.5));
        Assert.Contains("[0, 1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sketch_LogNormalSample_AllQuantilesWithinOnePercent()
    {
        var random = new Random(20261124);
        var nanos = Enumerable.Range(0, 20_000)
            .Select(_ => (long)(Math.Exp(9 + (2 * Normal(random))) * 1e9)) // median e^9 s (2.5 h), wide spread
            .Select(ns => Math.Min(ns, ClosedCase.MaxTimeToResolution.ToInt64Nanoseconds()))
            .ToArray();
        var acc = TimeToResolutionAccumulator.Empty.AddRange(nanos.Select(ns => Lasting(Duration.FromNanoseconds(ns))));
        Array.Sort(nanos);
        for (var q = 0.0; q <= 1.0; q += 0.01)
        {
            var exact = ExactOrderStatistic(nanos, q);
            var estimate = acc.Quantile(q)!.Value.ToInt64Nanoseconds();
            Assert.True(Math.Abs(estimate - exact) <= (0.01 * exact) + 1, $"q={q}: estimate {estimate} vs exact {exact}");
        }
    }

    [Property(Arbitrary = [typeof(ServiceArbitraries)], MaxTest = 200)]
    public bool Sketch_RandomData_QuantilesWithinStatedBound(ClosedCase[] cases)
    {
        var acc = TimeToResolutionAccumulator.Empty.AddRange(cases);
        if (cases.Length == 0)
        {
            return acc.Quantile(0.5) is null;
        }

        var sorted = cases.Select(c => c.TimeToResolution.ToInt64Nanoseconds()).Order().ToArray();
        foreach (var q in new[] { 0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1 })
        {
            var exact = ExactOrderStatistic(sorted, q);
            var estimate = acc.Quantile(q)!.Value.ToInt64Nanoseconds();
            Assert.True(Math.Abs(estimate - exact) <= (TimeToResolutionAccumulator.RelativeAccuracy * exact) + 1, $"q={q}: {estimate} vs {exact}");
        }

        var stats = acc.Result;
        return stats.Min!.Value.ToInt64Nanoseconds() == sorted[0] && stats.Max!.Value.ToInt64Nanoseconds() == sorted[^1]
            && stats.Mean == Duration.FromNanoseconds((long)(sorted.Select(x => (Int128)x).Aggregate((x, y) => x + y) / sorted.Length));
    }

    [Property(Arbitrary = [typeof(ServiceArbitraries)], MaxTest = 150)]
    public bool Laws_Hold(ZonedBatches<ClosedCase> batches) =>
        AccumulatorLaws.Hold<TimeToResolutionAccumulator, ClosedCase, DurationStats, TimeToResolutionAccumulatorState>(
            TimeToResolutionAccumulator.Empty, batches.A, batches.B, batches.C, static (a, e) => a.AddRange(e));

    [Property(Arbitrary = [typeof(ServiceArbitraries)], MaxTest = 100)]
    public bool Result_RoundTripsThroughJson(ClosedCase[] cases)
    {
        var stats = TimeToResolutionAccumulator.Empty.AddRange(cases).Result;
        return JsonAssert.RoundTrip(stats) == stats;
    }

    [Fact]
    public void DurationStats_Json_IsReadable()
    {
        var stats = TimeToResolutionAccumulator.Empty.AddRange([Lasting(Duration.FromHours(1)), Lasting(Duration.FromHours(3))]).Result;
        var json = CrmJson(stats);
        Assert.Contains("\"mean\":\"2:00:00\"", json, StringComparison.Ordinal);
        Assert.Equal(stats, JsonAssert.RoundTrip(stats));
        Assert.Equal(TimeToResolutionAccumulator.Empty.Result, JsonAssert.RoundTrip(TimeToResolutionAccumulator.Empty.Result));
    }

    [Theory]
    [InlineData("""{"count":0,"mean":"1:00:00","median":null,"p90":null,"min":null,"max":null,"quantileRelativeError":0.01}""")]
    [InlineData("""{"count":2,"mean":"1:00:00","median":"3:00:00","p90":"2:00:00","min":"00:30:00","max":"4:00:00","quantileRelativeError":0.01}""")]
    [InlineData("""{"count":-1,"mean":null,"median":null,"p90":null,"min":null,"max":null,"quantileRelativeError":0.01}""")]
    public void DurationStats_InvalidJson_Throws(string json) => JsonAssert.Invalid<DurationStats>(json);

    [Fact]
    public void ClosedCase_RoundTripsThroughJson()
    {
        var c = Lasting(Duration.FromMinutes(90));
        Assert.Equal(c, JsonAssert.RoundTrip(c));
        JsonAssert.Invalid<ClosedCase>("""{"opened":"2026-01-02T10:00:00Z","resolved":"2026-01-02T09:00:00Z"}""");
    }

    private static string CrmJson<T>(T value) => Domain.Serialization.CrmJson.Serialize(value);

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
