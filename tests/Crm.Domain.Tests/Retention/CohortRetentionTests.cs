using Crm.Domain.Primitives;
using Crm.Domain.Retention;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Retention;

public class CohortRetentionTests
{
    private static CohortActivity A(string c, int month) => new(CustomerId.Of(c), new YearMonth(2026, month));

    // A buys Jan, Feb, Apr; B buys Jan, Mar; C buys Feb (twice) and Mar.
    private static readonly CohortActivity[] Sample = [A("A", 1), A("A", 2), A("A", 4), A("B", 1), A("B", 3), A("C", 2), A("C", 2), A("C", 3)];

    [Fact]
    public void Matrix_HandComputed()
    {
        var m = CohortRetentionMatrix.Build(Sample);
        Assert.Equal([new YearMonth(2026, 1), new YearMonth(2026, 2)], m.Cohorts.ToArray());
        Assert.Equal([2L, 1L], m.Sizes.ToArray());
        Assert.Equal([2L, 1L, 1L, 1L], m.Active[0].ToArray());
        Assert.Equal([1L, 1L, 0L], m.Active[1].ToArray());
        Assert.Equal(Ratio.Rate(1, 2), m.Retention(0, 1));
        Assert.Equal(Ratio.Rate(1, 1), m.Churn(1, 2));
    }

    [Fact]
    public void Matrix_Through_CutsLaterMonths()
    {
        var m = CohortRetentionMatrix.Build(Sample, new YearMonth(2026, 2));
        Assert.Equal([2L, 1L], m.Active[0].ToArray());
        Assert.Equal([1L], m.Active[1].ToArray());
    }

    [Fact]
    public void RetentionRates_HandComputed()
    {
        var rates = RetentionRates.PerMonth(Sample);
        // Feb: base {A, B}; A retained, B lost; C acquired. Mar: base {A, C}: C retained, A lost, B back.
        Assert.Equal(new PeriodRetention(new YearMonth(2026, 2), 2, 1, 1, 1, 0), rates[0]);
        Assert.Equal(new PeriodRetention(new YearMonth(2026, 3), 2, 1, 1, 1, 0), rates[1]);
        // With a 2-month window, B (Jan, Mar) never lapses.
        var windowed = RetentionRates.PerMonth(Sample, activeWindowMonths: 2);
        Assert.Equal(3, windowed[1].AtStart);
        Assert.Equal(3, windowed[1].Retained);
    }

    [Fact]
    public void RetentionRates_CountsRecordedDefectionsOfTheBase()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var defection = new Defection(CustomerId.Of("B"), Instant.FromUtc(2026, 2, 10, 0, 0), ChurnDriver.CheaperCompetitorOffer);
        var rates = RetentionRates.PerMonth(Sample, 1, [defection], zone);
        Assert.Equal(Ratio.Rate(1, 2), rates[0].DefectionRate);
    }

    public static class Activity
    {
        public static Arbitrary<CohortActivity[]> Arb() =>
            (from c in Gen.Choose(1, 25)
             from m in Gen.Choose(0, 17)
             select new CohortActivity(CustomerId.Of($"c{c}"), new YearMonth(2025, 1).PlusMonths(m))).ArrayOf().ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Activity)], MaxTest = 150)]
    public bool Matrix_EqualsNaiveGrouping(CohortActivity[] activity)
    {
        var m = CohortRetentionMatrix.Build(activity);
        // Naive: first month per customer; distinct (customer, month) pairs counted per (cohort, offset).
        var first = activity.GroupBy(a => a.Customer).ToDictionary(g => g.Key, g => g.Min(a => a.Month));
        var cells = activity.Select(a => (a.Customer, a.Month)).Distinct()
            .GroupBy(x => (Cohort: first[x.Customer], Offset: Months(first[x.Customer], x.Month)))
            .ToDictionary(g => g.Key, g => (long)g.Count());
        if (m.Cohorts.Length != first.Values.Distinct().Count())
        {
            return false;
        }

        for (var c = 0; c < m.Cohorts.Length; c++)
        {
            if (m.Sizes[c] != first.Values.Count(f => f == m.Cohorts[c]))
            {
                return false;
            }

            for (var k = 0; k < m.Active[c].Length; k++)
            {
                if (m.Active[c][k] != cells.GetValueOrDefault((m.Cohorts[c], k)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(Activity)], MaxTest = 150)]
    public bool ClosedCohorts_RetentionAndChurnAddUp(CohortActivity[] activity)
    {
        var m = CohortRetentionMatrix.Build(activity);
        for (var c = 0; c < m.Cohorts.Length; c++)
        {
            for (var k = 0; k < m.Active[c].Length; k++)
            {
                var r = m.Retention(c, k);
                var ch = m.Churn(c, k);
                if (r.Denominator != ch.Denominator || r.Numerator + ch.Numerator != m.Sizes[c] || Math.Abs(r.Value!.Value + ch.Value!.Value - 1d) > 1e-12)
                {
                    return false;
                }
            }
        }

        // Per period, the base splits exactly into retained and lost.
        return RetentionRates.PerMonth(activity, 2).All(p => p.Retained + p.Lost == p.AtStart
            && (p.AtStart == 0 || Math.Abs(p.RetentionRate.Value!.Value + p.ChurnRate.Value!.Value - 1d) < 1e-12));
    }

    private static int Months(YearMonth from, YearMonth to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;
}
