using System.Globalization;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Customers;
using Crm.Domain.Metrics.Scorecards;
using Crm.Domain.Metrics.Service;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using Crm.Samples.Cluster.Grains.Aggregates;
using Crm.Samples.Cluster.Grains.CustomerValue;
using Crm.Samples.Cluster.Grains.Kpis;
using Crm.Samples.Cluster.Grains.Storage;
using Crm.Samples.Cluster.Hosting;
using Crm.Samples.Cluster.Workloads;
using NodaTime;
using NodaTime.Text;

namespace Crm.Samples.Cluster;

/// <summary>
/// The sample's walk through the cluster, each step with a self-check against the library in one process:
/// a service-desk workload (with a silo stopped in the middle when there are two or more), the scorecard merged from
/// desk-day KPI grains, illegal and repeated commands, and the customer-value job on CDNOW.
/// </summary>
internal static class ClusterDemo
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 9, 0);

    /// <summary>On PostgreSQL: the membership table holds a row for each silo this host started, the stopped one
    /// declared dead (Orleans' SiloStatus 6) and the others active (3); silos of other hosts that joined the same
    /// cluster are listed too.</summary>
    public static async Task<bool> CheckMembershipAsync(PostgresAdoNetStorage storage, LocalCluster cluster, TextWriter log)
    {
        var members = await storage.MembersAsync(cluster.ClusterId).ConfigureAwait(false);
        var own = cluster.SiloAddresses.Select(a => ($"{a.Endpoint.Address}:{a.Endpoint.Port}", a.Generation)).ToHashSet();
        foreach (var (silo, generation, status) in members)
        {
            log.WriteLine($"  membership row: {silo} generation {generation}: status {status}{(own.Contains((silo, generation)) ? "" : " (another host)")}");
        }

        var mine = members.Where(m => own.Contains((m.Silo, m.Generation))).ToArray();
        int active = mine.Count(m => m.Status == 3), dead = mine.Count(m => m.Status == 6);
        bool holds = mine.Length == own.Count && active == cluster.RunningSilos && dead == own.Count - cluster.RunningSilos;
        log.WriteLine($"  [{(holds ? "ok" : "FAILED")}] the PostgreSQL membership table has this host's {mine.Length} silos: {active} active, {dead} dead"
            + $" ({members.Count - mine.Length} of other hosts)");
        return holds;
    }

    public static async Task<bool> RunAsync(LocalCluster cluster, int cases, TextWriter log)
    {
        var ok = true;
        void Check(bool holds, string what)
        {
            log.WriteLine($"  [{(holds ? "ok" : "FAILED")}] {what}");
            ok &= holds;
        }

        var grains = cluster.Client;
        var scripts = DeskWorkload.Generate($"case-{Guid.NewGuid():N}"[..13], cases, days: 5, seed: 19);
        log.WriteLine($"Service desk: {scripts.Count:N0} cases, {scripts.Sum(s => s.CommandCount):N0} commands, 3 desks, {cluster.RunningSilos} silos, {cluster.Storage.Name} storage");
        var progress = new WorkloadProgress();
        int commands = scripts.Sum(s => s.CommandCount);
        var run = WorkloadRunner.RunAsync(grains, scripts, concurrency: 16, progress);
        if (cluster.RunningSilos > 1)
        {
            await Task.WhenAny(progress.WhenAcknowledgedAsync(commands / 3), run).ConfigureAwait(false);
            long before = progress.Acknowledged;
            await cluster.StopSiloAsync(cluster.RunningSilos - 1).ConfigureAwait(false);
            log.WriteLine($"  stopped a silo after {before:N0} of {commands:N0} commands; {cluster.RunningSilos} left");
            Check(before < commands, "the silo stopped while the workload was running");
        }

        var result = await run.ConfigureAwait(false);
        log.WriteLine($"  {result}");
        Check(result.Acknowledged == commands, "every command acknowledged");

        // Count and compare: every case's stored snapshot is the one the library reaches in one process.
        var expected = scripts.Select(DeskWorkload.Replay).ToArray();
        var stored = await Task.WhenAll(scripts.Select(s => grains.GetGrain<IServiceCaseGrain>(s.CaseId).GetSnapshot())).ConfigureAwait(false);
        int same = expected.Zip(stored).Count(p => p.Second == CrmJson.Serialize(p.First.ToSnapshot()));
        Check(same == scripts.Count, $"{same:N0} of {scripts.Count:N0} stored cases equal the single-process replay (no acknowledged write lost)");

        // The scorecard: merged on read from the desk-day grains = one pass over every case in one process.
        var last = DeskWorkload.LastDay(scripts);
        var clusterJson = await grains.GetGrain<IScorecardGrain>("desks").Evaluate(DeskWorkload.DesksOf(scripts), LocalDatePattern.Iso.Format(DeskWorkload.FirstDay),
            LocalDatePattern.Iso.Format(last)).ConfigureAwait(false);
        var fromCluster = CrmJson.Deserialize<ScorecardReport>(clusterJson);
        var single = DeskScorecard.Evaluate(new DeskKpis(
            TimeToResolutionAccumulator.Empty.AddRange(expected.Select(c => ClosedCase.Of(c.OpenedAt, c.ResolvedAt!.Value))),
            Crm.Domain.Metrics.FirstContactResolutionAccumulator.Empty.AddRange(expected.Select(c => c.IsFirstContactResolution))));
        foreach (var o in fromCluster.Outcomes)
        {
            log.WriteLine($"  {o}");
        }

        Check(fromCluster == single, "scorecard merged from the desk-day KPI grains equals the single-process scorecard");

        // Illegal and repeated commands.
        var lead = grains.GetGrain<ILeadGrain>($"lead-{Guid.NewGuid():N}");
        await lead.Create("l1", "Referral", Now).ConfigureAwait(false);
        var lost = await lead.Lose("l2", "Price", Now + Duration.FromHours(1)).ConfigureAwait(false);
        var again = await lead.Lose("l2", "Price", Now + Duration.FromHours(1)).ConfigureAwait(false);
        Check(again.Repeated && again.Version == lost.Version, $"a repeated command id is ignored (version stays {lost.Version})");
        try
        {
            await lead.Advance("l3", Now + Duration.FromHours(2)).ConfigureAwait(false);
            Check(false, "advancing a lost lead is refused");
        }
        catch (IllegalTransitionException e)
        {
            Check(true, $"advancing a lost lead: {e.GetType().Name}: {e.Message}");
        }

        var customer = grains.GetGrain<ICustomerGrain>($"C-{Guid.NewGuid():N}");
        await customer.Register("c1", "Ada", "Lovelace", Now).ConfigureAwait(false);
        try
        {
            await customer.Rename("c2", "mia", "marketing", "Ada", "King", Now + Duration.FromHours(1)).ConfigureAwait(false);
            Check(false, "marketing may not rename a customer");
        }
        catch (AccessDeniedException e)
        {
            Check(true, $"marketing renames a customer: {e.GetType().Name}: {e.Message}");
        }

        await CustomerValueAsync(grains, log, Check).ConfigureAwait(false);
        return ok;
    }

    private static async Task CustomerValueAsync(IClusterClient grains, TextWriter log, Action<bool, string> check)
    {
        var log0 = Cdnow.Read(Cdnow.DefaultPath);
        var customers = log0.Select(t => t.Customer).Distinct(StringComparer.Ordinal).ToArray();
        log.WriteLine($"Customer value (CDNOW): {log0.Length:N0} transactions, {customers.Length:N0} customers as grains");
        await Parallel.ForEachAsync(customers, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (id, _) =>
            await grains.GetGrain<ICustomerGrain>(id).Register($"{id}-register", "Cd", "Now", Now).ConfigureAwait(false)).ConfigureAwait(false);

        const int Partitions = 8;
        var batches = Cdnow.Partition(log0, Partitions).Select(p => Transactions.ToBatch(p)).ToArray();
        var fit = await grains.GetGrain<ICustomerValueJobGrain>($"job-{Guid.NewGuid():N}").Run(batches, CrmJson.Serialize(Cdnow.Options), 52).ConfigureAwait(false);
        var single = BgNbdModel.Fit(CustomerSummarizer.Summarize(log0, Cdnow.Options).Summaries.AsSpan());
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  cluster ({Partitions} partition grains): r={fit.R:F6} alpha={fit.Alpha:F6} a={fit.A:F6} b={fit.B:F6} LL={fit.LogLikelihood:F3}"));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  one process:                 r={single.Model.R:F6} alpha={single.Model.Alpha:F6} a={single.Model.A:F6} b={single.Model.B:F6} LL={single.LogLikelihood:F3}"));
        double diff = new[] { fit.R - single.Model.R, fit.Alpha - single.Model.Alpha, fit.A - single.Model.A, fit.B - single.Model.B }.Max(Math.Abs);
        check(fit.Converged && diff <= 1e-9, string.Create(CultureInfo.InvariantCulture, $"the cluster's fit equals the single-process fit (largest difference {diff:E1} <= 1e-9)"));
        var score = await grains.GetGrain<ICustomerGrain>(customers[0]).GetValueScore().ConfigureAwait(false);
        check(fit.ScoresWritten == customers.Length && score is not null, string.Create(CultureInfo.InvariantCulture,
            $"{fit.ScoresWritten:N0} scores written back to the customer grains ({customers[0]}: P(alive) {score?.ProbabilityAlive:F3}, E[X(52 weeks)] {score?.ExpectedTransactions:F3})"));
    }
}
