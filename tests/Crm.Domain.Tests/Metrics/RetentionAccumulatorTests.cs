using Crm.Domain.Metrics;
using Crm.Domain.Primitives;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Metrics;

[AccumulatorLawsFor(typeof(RetentionAccumulator))]
public class RetentionAccumulatorTests
{
    [Fact]
    public void Result_ClassicFormula_HandComputed()
    {
        // S = 200, E = 190, N = 30: kept = 160; retention = 160 / 200 = 80 %; churn = 40 / 200 = 20 %.
        var r = RetentionAccumulator.Empty.Add(RetentionPeriodCounts.Of(200, 190, 30)).Result;
        Assert.Equal(Ratio.Rate(160, 200), r.RetentionRate);
        Assert.Equal(Ratio.Rate(40, 200), r.ChurnRate);
        Assert.Equal(0.8d, r.RetentionRate.Value!.Value, 12);
        Assert.Equal("retention 80 %, churn 20 % (S=200 E=190 N=30)", r.ToString());
    }

    [Fact]
    public void Combine_SumsSegmentsOfOnePeriod()
    {
        // North: S 100, E 95, N 15 (kept 80); South: S 50, E 60, N 20 (kept 40): 120 / 150 = 80 %.
        var north = RetentionAccumulator.Empty.Add(RetentionPeriodCounts.Of(100, 95, 15));
        var south = RetentionAccumulator.Empty.Add(RetentionPeriodCounts.Of(50, 60, 20));
        var total = north + south;
        Assert.Equal(RetentionPeriodCounts.Of(150, 155, 35), total.Totals);
        Assert.Equal(2, total.Count);
        Assert.Equal(0.8d, total.Result.RetentionRate.Value!.Value, 12);
    }

    [Fact]
    public void Result_NoCustomersAtStart_IsNoData()
    {
        var r = RetentionAccumulator.Empty.Add(RetentionPeriodCounts.Of(0, 12, 12)).Result;
        Assert.False(r.HasValue);
        Assert.Null(r.RetentionRate.Value);
        Assert.Null(r.ChurnRate.Value);
        Assert.False(RetentionAccumulator.Empty.Result.HasValue);
    }

    [Theory]
    [InlineData(100, 150, 20)] // kept 130 > S
    [InlineData(100, 10, 20)] // kept −10 < 0
    public void Counts_KeptOutsideZeroToStart_ThrowsNamingValues(long start, long end, long acquired)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RetentionPeriodCounts.Of(start, end, acquired));
        Assert.Equal("end", ex.ParamName);
        Assert.Contains($"{end} − {acquired}", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"start = {start}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_Negative_Throws() =>
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => RetentionPeriodCounts.Of(-1, 0, 0)).ParamName);

    [Property(Arbitrary = [typeof(MetricsArbitraries)], MaxTest = 60)]
    public void Laws(RetentionPeriodCounts[] a, RetentionPeriodCounts[] b, RetentionPeriodCounts[] c) =>
        AccumulatorLaws.Hold<RetentionAccumulator, RetentionPeriodCounts, RetentionResult, RetentionAccumulatorState>(
            RetentionAccumulator.Empty, a, b, c, (acc, xs) => acc.AddRange(xs),
            r => AccumulatorLaws.IsRate(r.RetentionRate) && AccumulatorLaws.IsRate(r.ChurnRate)
                 && (!r.HasValue || r.RetentionRate.Numerator + r.ChurnRate.Numerator == r.Counts.Start));
}
