using System.Collections.Immutable;
using Crm.Domain.Acquisition;
using Crm.Domain.Campaigns.Analysis;
using Crm.Domain.Competencies;
using Crm.Domain.Metrics.Scorecards;
using Crm.Domain.Primitives;
using Crm.Domain.Retention;
using NodaTime;

namespace Crm.Domain.Charts.Tests;

/// <summary>Small inputs of known values for every chart.</summary>
internal static class Fixtures
{
    public static readonly LocalDate Day = new(2026, 11, 20);

    /// <summary>Every criterion of Gartner's framework rated <paramref name="level"/> (index (level − 1) × 25).</summary>
    public static MaturityProfile Profile(int level = 3)
    {
        var gartner = CompetencyFrameworks.Gartner;
        var ratings = gartner.Blocks.SelectMany(b => b.Criteria).Select(c => new CriterionRating(c.Id, MaturityLevel.Of(level), "tester", Day));
        return new Assessment(gartner, "Test Co", Day, ratings).Score();
    }

    public static TargetProfile Target(int level = 4) => TargetProfile.Uniform(CompetencyFrameworks.Gartner, MaturityLevel.Of(level), "Target 2027");

    /// <summary>Cohorts 2026-01 … 2026-03 of 10 customers each; in month k after the first, 10 − 2k of them buy.</summary>
    public static CohortRetentionMatrix Cohorts()
    {
        var activity = new List<CohortActivity>();
        for (var cohort = 0; cohort < 3; cohort++)
        {
            var first = new YearMonth(2026, 1 + cohort);
            for (var c = 0; c < 10; c++)
            {
                var id = CustomerId.Of($"C{cohort}-{c}");
                for (var k = 0; k <= 4; k++)
                {
                    if (k == 0 || c < 10 - (2 * k))
                    {
                        activity.Add(new CohortActivity(id, first.PlusMonths(k)));
                    }
                }
            }
        }

        return CohortRetentionMatrix.BuildFrom(activity, new YearMonth(2026, 5));
    }

    public static FunnelReport Funnel() => new(1000,
    [
        Stage(FunnelStage.Suspect, 1000, 600),
        Stage(FunnelStage.Enquiry, 600, 300),
        Stage(FunnelStage.Qualified, 300, 120),
        Stage(FunnelStage.Opportunity, 120, 40),
        Stage(FunnelStage.Won, 40, 0),
    ], ImmutableArray<FunnelSourceMetrics>.Empty, Ratio.Rate(40, 1000), Duration.FromDays(30), 12);

    private static FunnelStageMetrics Stage(FunnelStage stage, long entered, long advanced) =>
        new(stage, entered, advanced, stage == FunnelStage.Won ? 0 : entered - advanced, Ratio.Rate(advanced, entered), Duration.FromDays(5));

    /// <summary>"loyal": 120/1000 vs 50/1000 (significant); "new": 52/1000 vs 50/1000 (not).</summary>
    public static KeyValuePair<string, LiftTest>[] Lifts() =>
    [
        KeyValuePair.Create("loyal", LiftTest.TwoProportion(120, 1000, 50, 1000)),
        KeyValuePair.Create("new", LiftTest.TwoProportion(52, 1000, 50, 1000)),
    ];

    public static ScorecardReport Scorecard() => Domain.Metrics.Scorecards.Scorecard.Create("Test scorecard",
    [
        KpiDefinition.Create("Renewal", KpiUnit.Number, KpiTarget.AtLeast(80, 60)),
        KpiDefinition.Create("Resolution hours", KpiUnit.Hours, KpiTarget.AtMost(8, 12)),
        KpiDefinition.Create("NPS", KpiUnit.Points, KpiTarget.AtLeast(30, 20)),
    ]).Evaluate(new Dictionary<string, KpiValue> { ["Renewal"] = KpiValue.Of(40), ["Resolution hours"] = KpiValue.Of(6) });

    /// <summary>10 weeks, calibration 6: actual 10 a week, BG/NBD 9 a week.</summary>
    public static TrackingData Tracking() => new(
        [.. Enumerable.Range(1, 10).Select(w => 10d * w)],
        [new ModelSeries("BG/NBD", [.. Enumerable.Range(1, 10).Select(w => 9d * w)])],
        6);

    public static PeriodTransactionsData PeriodTransactions() => new(["0", "1", "2", "3+"], [500, 200, 100, 50], [new ModelSeries("BG/NBD", [480, 220, 90, 60])]);

    public static CalibrationHoldoutData CalibrationHoldout() => new([0, 1, 2, 3], [0.2, 0.6, 1.1, 1.5], [new ModelSeries("BG/NBD", [0.25, 0.55, 1.0, 1.6])]);

    /// <summary>3 frequencies × 4 recencies; value = (f + 1) × (r + 1) / 12.</summary>
    public static CustomerMatrix Matrix()
    {
        var values = new double[3, 4];
        for (var f = 0; f < 3; f++)
        {
            for (var r = 0; r < 4; r++)
            {
                values[f, r] = (f + 1) * (r + 1) / 12d;
            }
        }

        return new CustomerMatrix(values, [0, 1, 2], [0, 10, 20, 30]);
    }
}
