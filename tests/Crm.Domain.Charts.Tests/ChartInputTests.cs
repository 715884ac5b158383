using Crm.Domain.Competencies;

namespace Crm.Domain.Charts.Tests;

/// <summary>Bad inputs are refused at the entry, naming the parameter and the value; no NaN or infinity is drawn.</summary>
public class ChartInputTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Tracking_NonFiniteValue_Throws(double bad)
    {
        var data = new TrackingData([1, bad, 3], [], 2);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerValueCharts.CumulativeTracking(data));
        Assert.Equal("data.ActualCumulative", ex.ParamName);
        Assert.Contains("data.ActualCumulative[1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tracking_ModelOfAnotherLength_Throws()
    {
        var data = new TrackingData([1, 2, 3], [new ModelSeries("BG/NBD", [1, 2])], 2);
        var ex = Assert.Throws<ArgumentException>(() => CustomerValueCharts.PeriodTracking(data));
        Assert.Contains("one value per period (3); it has 2", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void Tracking_CalibrationOutsideThePeriods_Throws(int calibration) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomerValueCharts.CumulativeTracking(new TrackingData([1, 2, 3], [], calibration)));

    [Fact]
    public void PeriodTransactions_NegativeCountOrLabelMismatch_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelCheckCharts.PeriodTransactions(new PeriodTransactionsData(["0", "1"], [5, -1], [])));
        var ex = Assert.Throws<ArgumentException>(() => ModelCheckCharts.PeriodTransactions(new PeriodTransactionsData(["0"], [5, 1], [])));
        Assert.Equal("data.BucketLabels", ex.ParamName);
    }

    [Fact]
    public void ProbabilityAlive_ValueAboveOne_Throws()
    {
        var values = new double[,] { { 0.5, 1.2 } };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ModelCheckCharts.ProbabilityAliveHeatmap(new CustomerMatrix(values, [0], [0, 1])));
        Assert.Contains("1.2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_ShapeMismatch_Throws() =>
        Assert.Throws<ArgumentException>(() => ModelCheckCharts.FrequencyRecencyHeatmap(new CustomerMatrix(new double[2, 2], [0, 1, 2], [0, 1]), "next week"));

    [Fact]
    public void Radar_TargetOfAnotherFramework_Throws()
    {
        var other = CompetencyFrameworks.All.First(f => f.Id != CompetencyFrameworks.Gartner.Id);
        var ex = Assert.Throws<ArgumentException>(() => MaturityCharts.Radar(Fixtures.Profile(), TargetProfile.Uniform(other, MaturityLevel.Managed)));
        Assert.Equal("target", ex.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    public void CohortHeatmap_MonthsOutOfRange_Throws(int months) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RetentionCharts.CohortHeatmap(Fixtures.Cohorts(), months));

    [Fact]
    public void Lifts_NoRow_Throws() =>
        Assert.Throws<ArgumentException>(() => CampaignCharts.Lifts([]));
}
