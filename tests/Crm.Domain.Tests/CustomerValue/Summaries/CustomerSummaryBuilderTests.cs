using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Tests.CustomerValue.Summaries;

/// <summary>Hand-computed examples of the recipe: same-day merging, holdout split, period units, merging rules.</summary>
public class CustomerSummaryBuilderTests
{
    private static readonly LocalDate Jan1 = new(2024, 1, 1); // a Monday

    private static CustomerSummaryRow<string> Only(CustomerSummaries<string> result) => Assert.Single(result.Rows);

    [Fact]
    public void Build_SameDayTransactions_AreMergedAndRepeatSpendIsAveraged()
    {
        var builder = new CustomerSummaryBuilder<string>(SummaryOptions.Create(new LocalDate(2024, 1, 29)));
        builder.Add("a", Jan1, 10d);
        builder.Add("a", Jan1, 5d);          // same day as the first purchase: merged into it
        builder.Add("a", Jan1.PlusDays(7), 20d);
        builder.Add("a", Jan1.PlusDays(14), 12d);
        builder.Add("a", Jan1.PlusDays(14), 18d);

        var row = Only(builder.Build());

        // 3 occasions -> x = 2; last repeat on day 14 -> t_x = 2 weeks; 28 days to the end -> T = 4 weeks;
        // repeat occasions spend 20 and 30 -> m_x = 25.
        Assert.Equal(2, row.Summary.Frequency);
        Assert.Equal(2d, row.Summary.Recency);
        Assert.Equal(4d, row.Summary.Age);
        Assert.Equal(25d, row.Summary.MonetaryValue);
        Assert.Equal(Jan1, row.FirstPurchase);
        Assert.Equal(5, builder.TransactionCount);
    }

    [Fact]
    public void Build_WithHoldout_CountsHoldoutOccasionsAndSpend()
    {
        var options = SummaryOptions.Create(new LocalDate(2024, 1, 29), new LocalDate(2024, 2, 29), SummaryPeriod.Day);
        var builder = new CustomerSummaryBuilder<string>(options);
        builder.Add("a", Jan1, 10d);
        builder.Add("a", new LocalDate(2024, 1, 29), 4d);  // on the calibration end: calibration
        builder.Add("a", new LocalDate(2024, 1, 30), 7d);  // holdout
        builder.Add("a", new LocalDate(2024, 1, 30), 3d);  // same holdout day
        builder.Add("a", new LocalDate(2024, 2, 29), 1d);  // on the holdout end: holdout
        builder.Add("late", new LocalDate(2024, 2, 1), 9d); // first seen in the holdout: left out

        var result = builder.Build();
        var row = Assert.Single(result.Rows);

        Assert.Equal(1, row.Summary.Frequency);
        Assert.Equal(28d, row.Summary.Recency);
        Assert.Equal(28d, row.Summary.Age);
        Assert.Equal(4d, row.Summary.MonetaryValue);
        Assert.Equal(2, row.HoldoutFrequency);
        Assert.Equal(11d, row.HoldoutSpend);
        Assert.Equal(1, result.CustomersFirstSeenInHoldout);
        Assert.Equal(1, result.TotalFrequency);
        Assert.Equal(2, result.TotalHoldoutFrequency);
    }

    [Fact]
    public void Build_MonthPeriodWithSameDayMerging_UsesMeanGregorianMonth()
    {
        var builder = new CustomerSummaryBuilder<string>(SummaryOptions.Create(new LocalDate(2024, 3, 31), period: SummaryPeriod.Month));
        builder.Add("a", Jan1, 1d);
        builder.Add("a", new LocalDate(2024, 2, 1), 1d);

        var row = Only(builder.Build());

        Assert.Equal(31d / 30.4375d, row.Summary.Recency);
        Assert.Equal(90d / 30.4375d, row.Summary.Age);
    }

    [Fact]
    public void Build_SamePeriodWeeks_MergesIsoWeeksAndCountsWholeWeeks()
    {
        var options = SummaryOptions.Create(new LocalDate(2024, 1, 31), period: SummaryPeriod.Week, merging: TransactionMerging.SamePeriod);
        var builder = new CustomerSummaryBuilder<string>(options);
        builder.Add("a", Jan1, 1d);                      // Monday, ISO week 1
        builder.Add("a", new LocalDate(2024, 1, 7), 2d); // Sunday, same ISO week: merged
        builder.Add("a", new LocalDate(2024, 1, 8), 6d); // next week

        var row = Only(builder.Build());

        Assert.Equal(1, row.Summary.Frequency);
        Assert.Equal(1d, row.Summary.Recency);
        Assert.Equal(4d, row.Summary.Age); // 2024-01-31 is in the week of Monday 2024-01-29, 4 weeks after Jan1's week
        Assert.Equal(6d, row.Summary.MonetaryValue);
    }

    [Fact]
    public void Build_SamePeriodMonths_CountsCalendarMonths()
    {
        var options = SummaryOptions.Create(new LocalDate(2024, 4, 10), period: SummaryPeriod.Month, merging: TransactionMerging.SamePeriod);
        var builder = new CustomerSummaryBuilder<string>(options);
        builder.Add("a", new LocalDate(2024, 1, 15), 1d);
        builder.Add("a", new LocalDate(2024, 1, 31), 1d);
        builder.Add("a", new LocalDate(2024, 3, 2), 8d);

        var row = Only(builder.Build());

        Assert.Equal(1, row.Summary.Frequency);
        Assert.Equal(2d, row.Summary.Recency);
        Assert.Equal(3d, row.Summary.Age);
        Assert.Equal(new LocalDate(2024, 1, 15), row.FirstPurchase);
    }

    [Fact]
    public void Build_SamePeriodStraddlingCalibrationEnd_SplitsIntoCalibrationAndHoldout()
    {
        var options = SummaryOptions.Create(new LocalDate(2024, 1, 3), new LocalDate(2024, 1, 31), SummaryPeriod.Week, TransactionMerging.SamePeriod);
        var builder = new CustomerSummaryBuilder<string>(options);
        builder.Add("a", Jan1, 5d);
        builder.Add("a", new LocalDate(2024, 1, 5), 7d); // same ISO week, but after the calibration end

        var row = Only(builder.Build());

        Assert.Equal(0, row.Summary.Frequency);
        Assert.Equal(1, row.HoldoutFrequency);
        Assert.Equal(7d, row.HoldoutSpend);
    }

    [Fact]
    public void Add_InstantWithZone_UsesTheLocalBusinessDay()
    {
        var paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var builder = new CustomerSummaryBuilder<CustomerId>(SummaryOptions.Create(new LocalDate(2024, 1, 10), period: SummaryPeriod.Day));
        var id = CustomerId.Of("C1");
        builder.Add(id, Instant.FromUtc(2023, 12, 31, 23, 30), paris, 10m); // 00:30 on 2024-01-01 in Paris
        builder.Add(id, Instant.FromUtc(2024, 1, 1, 12, 0), paris, 2.5m);   // same Paris day: merged

        var row = Assert.Single(builder.Build().Rows);

        Assert.Equal(Jan1, row.FirstPurchase);
        Assert.Equal(0, row.Summary.Frequency);
        Assert.Equal(9d, row.Summary.Age);
    }

    [Fact]
    public void Build_OutOfOrderAndDuplicateDays_EqualDateOrder()
    {
        var options = SummaryOptions.Create(new LocalDate(2024, 3, 1), new LocalDate(2024, 4, 1));
        var ordered = new CustomerSummaryBuilder<string>(options);
        var reversed = new CustomerSummaryBuilder<string>(options);
        var days = new[] { 0, 3, 3, 10, 40, 61, 70, 70 };
        foreach (var d in days)
        {
            ordered.Add("a", Jan1.PlusDays(d), d + 1d);
        }

        foreach (var d in days.Reverse())
        {
            reversed.Add("a", Jan1.PlusDays(d), d + 1d);
        }

        Assert.Equal(Only(ordered.Build()), Only(reversed.Build()));
        // Calibration ends on day 60 (2024-03-01): occasions on days 0, 3, 10, 40 -> x = 3; holdout days 61, 70 -> x* = 2.
        Assert.Equal(3, Only(reversed.Build()).Summary.Frequency);
        Assert.Equal(2, Only(reversed.Build()).HoldoutFrequency);
        Assert.Equal(62d + 71d + 71d, Only(reversed.Build()).HoldoutSpend);
    }

    [Fact]
    public void Merge_BuilderIntoItself_DoublesSpendButNotOccasions()
    {
        var builder = new CustomerSummaryBuilder<string>(SummaryOptions.Create(new LocalDate(2024, 1, 29), new LocalDate(2024, 2, 29)));
        builder.Add("a", Jan1, 10d);
        builder.Add("a", Jan1.PlusDays(7), 20d);
        builder.Add("a", new LocalDate(2024, 2, 2), 5d);

        builder.Merge(builder);
        var row = Only(builder.Build());

        Assert.Equal(1, row.Summary.Frequency);
        Assert.Equal(40d, row.Summary.MonetaryValue);
        Assert.Equal(1, row.HoldoutFrequency);
        Assert.Equal(10d, row.HoldoutSpend);
        Assert.Equal(6, builder.TransactionCount);
    }

    [Fact]
    public void Build_EmptyBuilder_GivesEmptyResult()
    {
        var result = new CustomerSummaryBuilder<string>(SummaryOptions.Create(Jan1)).Build();

        Assert.Equal(0, result.Count);
        Assert.Empty(result.Summaries);
        Assert.Equal(0, result.TransactionCount);
    }
}
