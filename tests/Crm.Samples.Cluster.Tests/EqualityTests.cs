using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Scorecards;
using Crm.Domain.Metrics.Service;
using Crm.Domain.Serialization;
using Crm.Samples.Cluster.Grains.Aggregates;
using Crm.Samples.Cluster.Grains.CustomerValue;
using Crm.Samples.Cluster.Grains.Kpis;
using Crm.Samples.Cluster.Workloads;
using NodaTime;
using NodaTime.Text;

namespace Crm.Samples.Cluster.Tests;

/// <summary>What the cluster computes from partitions equals what the library computes in one process.</summary>
[Collection(ClusterCollection.Name)]
public sealed class EqualityTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Scorecard_MergedFromDeskDayKpiGrains_EqualsTheSingleProcessScorecard()
    {
        var grains = fixture.Cluster.Client;
        var scripts = DeskWorkload.Generate($"eq-{Guid.NewGuid():N}"[..11], 120, days: 4, seed: 7);
        var run = await WorkloadRunner.RunAsync(grains, scripts, concurrency: 8);
        Assert.Equal(scripts.Sum(s => s.CommandCount), run.Acknowledged);

        // The reference: one pass over the cases the library reaches in one process, no partitions, no grains.
        var cases = scripts.Select(DeskWorkload.Replay).ToArray();
        var ttr = TimeToResolutionAccumulator.Empty.AddRange(cases.Select(c => ClosedCase.Of(c.OpenedAt, c.ResolvedAt!.Value)));
        var fcr = FirstContactResolutionAccumulator.Empty.AddRange(cases.Select(c => c.IsFirstContactResolution));
        var expected = DeskScorecard.Definition.Evaluate(new Dictionary<string, KpiValue>
        {
            [DeskScorecard.MedianTtr] = KpiValue.Hours(ttr.Result.Median),
            [DeskScorecard.P90Ttr] = KpiValue.Hours(ttr.Result.P90),
            [DeskScorecard.Fcr] = KpiValue.From(fcr.Result),
            [DeskScorecard.Cases] = KpiValue.Of(cases.Length),
        });

        var from = LocalDatePattern.Iso.Format(DeskWorkload.FirstDay);
        var to = LocalDatePattern.Iso.Format(DeskWorkload.LastDay(scripts));
        var actual = CrmJson.Deserialize<ScorecardReport>(await grains.GetGrain<IScorecardGrain>("eq").Evaluate(DeskWorkload.DesksOf(scripts), from, to));

        Assert.Equal(expected, actual);
        Assert.Equal(120d, actual[DeskScorecard.Cases].Value.Value);

        // It was a merge: the cases sit in many desk-day grains, each counted once.
        var keys = DeskDay.Keys(DeskWorkload.DesksOf(scripts), DeskWorkload.FirstDay, DeskWorkload.LastDay(scripts)).ToArray();
        var states = await Task.WhenAll(keys.Select(k => grains.GetGrain<IDeskDayKpiGrain>(k).GetState()));
        Assert.Equal(120, states.Sum(s => s.Cases));
        Assert.True(states.Count(s => s.Cases > 0) >= 9, $"only {states.Count(s => s.Cases > 0)} desk-days hold cases");
    }

    [Fact]
    public async Task CustomerValueJob_FitOnMergedPartitionSummaries_EqualsTheSingleProcessFit_AndScoresReachTheCustomers()
    {
        var grains = fixture.Cluster.Client;
        var prefix = $"cv{Guid.NewGuid():N}"[..8];
        // Customer keys of this run only (the shared cluster keeps other tests' customers).
        var log = Cdnow.Read(Cdnow.DefaultPath).Select(t => CustomerTransaction<string>.Create($"{prefix}-{t.Customer}", t.Date, t.Amount)).ToArray();
        var customers = log.Select(t => t.Customer).Distinct(StringComparer.Ordinal).ToArray();
        Assert.Equal(2357, customers.Length);
        var at = Instant.FromUtc(2026, 3, 2, 9, 0);
        await Parallel.ForEachAsync(customers, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (id, _) =>
            await grains.GetGrain<ICustomerGrain>(id).Register("register", "Cd", "Now", at));

        var partitions = Cdnow.Partition(log, 7).Select(p => Transactions.ToBatch(p)).ToArray();
        var fit = await grains.GetGrain<ICustomerValueJobGrain>($"{prefix}-job").Run(partitions, CrmJson.Serialize(Cdnow.Options), 52);

        var summaries = CustomerSummarizer.Summarize(log, Cdnow.Options);
        var single = BgNbdModel.Fit(summaries.Summaries.AsSpan());
        Assert.True(fit.Converged);
        Assert.Equal(single.Model.R, fit.R, 1e-9);
        Assert.Equal(single.Model.Alpha, fit.Alpha, 1e-9);
        Assert.Equal(single.Model.A, fit.A, 1e-9);
        Assert.Equal(single.Model.B, fit.B, 1e-9);
        Assert.Equal(single.LogLikelihood, fit.LogLikelihood, 1e-9);
        // Fader, Hardie & Lee (2005), "Counting your customers the easy way", CDNOW: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426.
        Assert.Equal(0.243, fit.R, 5e-4);
        Assert.Equal(4.414, fit.Alpha, 5e-4);
        Assert.Equal(0.793, fit.A, 5e-4);
        Assert.Equal(2.426, fit.B, 5e-4);

        Assert.Equal(customers.Length, fit.ScoresWritten);
        foreach (var row in summaries.Rows.Take(25))
        {
            var score = await grains.GetGrain<ICustomerGrain>(row.Customer).GetValueScore();
            Assert.NotNull(score);
            Assert.Equal(single.Model.ProbabilityAlive(row.Summary), score.ProbabilityAlive, 1e-9);
            Assert.Equal(single.Model.ExpectedTransactions(row.Summary, 52), score.ExpectedTransactions, 1e-9);
        }
    }
}
