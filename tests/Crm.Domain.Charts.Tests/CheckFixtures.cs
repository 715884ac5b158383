using System.Collections.Immutable;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Checks;
using Crm.Domain.CustomerValue.Summaries;
using NodaTime;

namespace Crm.Domain.Charts.Tests;

/// <summary>
/// A small hand-made cohort for the charts of the library's model checks, with counts that follow from its rules:
/// 30 customers, customer i first buys on day i mod 3 after <see cref="Start"/> (a Monday) and then every 14 days,
/// 3 × (i mod 6) more times, up to day 167. Calibration: days 0–83 (weeks 1–12); holdout: days 84–167 (weeks 13–24).
/// </summary>
/// <remarks>
/// Calibration repeats: the 14-day purchases on days ≤ 83 − (i mod 3), i.e. at most 5; i mod 6 = 0: none (5 customers),
/// = 1: 3 (5 customers), ≥ 2: 5 (20 customers). Holdout repeats of the 20 with x = 5: 1, 4, 6, 6 for i mod 6 = 2 … 5,
/// a mean of 85 / 20 = 4.25. Week 3 (days 14–20) holds the first repeat of the 25 repeat buyers, week 5 the second.
/// The model is BG/NBD with the CDNOW estimates of Fader, Hardie &amp; Lee (2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426.
/// </remarks>
internal static class CheckFixtures
{
    public static readonly LocalDate Start = new(2026, 1, 5);

    public static readonly BgNbdModel Model = BgNbdModel.Create(0.243, 4.414, 0.793, 2.426);

    /// <summary>The cohort's purchases up to the end of the holdout (day 167).</summary>
    public static CustomerTransaction<int>[] Log()
    {
        var log = new List<CustomerTransaction<int>>();
        for (var i = 0; i < 30; i++)
        {
            var first = Start.PlusDays(i % 3);
            for (var j = 0; j <= 3 * (i % 6) && (i % 3) + (14 * j) <= 167; j++)
            {
                log.Add(CustomerTransaction<int>.Create(i, first.PlusDays(14 * j), 10d));
            }
        }

        return [.. log];
    }

    public static CustomerSummaries<int> Summaries() =>
        CustomerSummarizer.Summarize(Log(), SummaryOptions.Create(Start.PlusDays(83), Start.PlusDays(167)));

    /// <summary>24 weekly tracking points of <see cref="Model"/> over the cohort.</summary>
    public static ImmutableArray<TrackingPoint> Tracking() => TransactionTracking.Of(Model, Summaries(), Log(), Start, 24);

    public static KeyValuePair<string, ImmutableArray<TrackingPoint>>[] TrackingByModel() => [KeyValuePair.Create("BG/NBD", Tracking())];

    public static KeyValuePair<string, PeriodTransactionsCheck>[] Histogram() =>
        [KeyValuePair.Create("BG/NBD", PeriodTransactionsCheck.Of(Model, Summaries().Summaries.AsSpan()))];

    /// <summary>The holdout check of a BG/NBD fitted on the cohort (the fit is whatever it is; the chart draws the rows).</summary>
    public static KeyValuePair<string, ModelCheck>[] Check()
    {
        var data = Summaries();
        return [KeyValuePair.Create("BG/NBD", ModelCheck.Run(BgNbdModel.Fit(data), data))];
    }

    /// <summary>P(alive) for x = 0 … 4 and 40 recencies 0, 1, …, 39 at age 39.</summary>
    public static ModelMatrix AliveMatrix() => ModelMatrix.ProbabilityAlive(Model, 4, 39, 40);

    /// <summary>E[Y(13)] for x = 0 … 4 and 40 recencies 0, 1, …, 39 at age 39.</summary>
    public static ModelMatrix ExpectedMatrix() => ModelMatrix.ExpectedTransactions(Model, 4, 39, 40, 13);
}
