using BenchmarkDotNet.Attributes;
using Crm.Domain.Acquisition;
using Crm.Domain.Scoring;
using NodaTime;

namespace Crm.Domain.Benchmarks.Acquisition;

/// <summary>Scoring 1,000,000 leads (4 attribute rules, 2 decaying behaviour rules, 0–4 behaviours each): the
/// batch path against a naive per-lead LINQ scorer that recomputes decay with Math.Pow.</summary>
[MemoryDiagnoser]
public class LeadScoringBenchmarks
{
    private const int N = 1_000_000;
    private static readonly Instant AsOf = Instant.FromUtc(2026, 6, 1, 0, 0);
    private readonly LeadScorer _scorer = LeadScorer.Create(ScoringModel<LeadProfile>.Create(
    [
        (LeadScoringRules.Source(LeadSource.Referral, 15), 1d),
        (LeadScoringRules.Attitude(ProspectAttitude.Preferer, 10), 1d),
        (LeadScoringRules.CompanySize(250, 20), 1d),
        (LeadScoringRules.DecisionMaker(10), 1d),
        (LeadScoringRules.Behaviour(LeadBehaviourKind.WebVisit, 4, Duration.FromDays(7), 20), 1d),
        (LeadScoringRules.Behaviour(LeadBehaviourKind.DemoRequested, 25, Duration.FromDays(30), 50), 1d),
    ], 0, 100), LeadTemperatureThresholds.Of(30, 60));

    private LeadProfile[] _leads = [];
    private double[] _scores = [];
    private LeadTemperature[] _temperatures = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _leads = new LeadProfile[N];
        for (var i = 0; i < N; i++)
        {
            var behaviours = Enumerable.Range(0, random.Next(0, 5))
                .Select(_ => new LeadBehaviour(random.Next(4) == 0 ? LeadBehaviourKind.DemoRequested : LeadBehaviourKind.WebVisit, AsOf - Duration.FromHours(random.Next(0, 24 * 90))))
                .ToArray();
            _leads[i] = LeadProfile.Of((LeadSource)random.Next(1, 11), (ProspectAttitude)random.Next(0, 5), FunnelStage.Enquiry, random.Next(0, 2000), random.Next(3) == 0, behaviours, AsOf);
        }

        _scores = new double[N];
        _temperatures = new LeadTemperature[N];
    }

    [Benchmark(Baseline = true)]
    public double NaiveLinq()
    {
        var sum = 0d;
        foreach (var l in _leads)
        {
            var attributes = new (bool Hit, double Points)[]
            {
                (l.Source == LeadSource.Referral, 15), (l.Attitude == ProspectAttitude.Preferer, 10), (l.Employees >= 250, 20), (l.IsDecisionMaker, 10),
            }.Where(x => x.Hit).Sum(x => x.Points);
            var visits = Math.Min(20, l.Behaviours.Where(b => b.Kind == LeadBehaviourKind.WebVisit && b.At <= AsOf)
                .Sum(b => 4 * Math.Pow(0.5, (AsOf - b.At).TotalDays / 7)));
            var demos = Math.Min(50, l.Behaviours.Where(b => b.Kind == LeadBehaviourKind.DemoRequested && b.At <= AsOf)
                .Sum(b => 25 * Math.Pow(0.5, (AsOf - b.At).TotalDays / 30)));
            sum += Math.Clamp(attributes + visits + demos, 0, 100);
        }

        return sum;
    }

    [Benchmark]
    public double ScoreBatch()
    {
        _scorer.ScoreBatch(_leads, _scores);
        return _scores[^1];
    }

    [Benchmark]
    public LeadTemperature ClassifyBatch()
    {
        _scorer.ClassifyBatch(_leads, _scores, _temperatures);
        return _temperatures[^1];
    }
}
