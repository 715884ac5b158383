using BenchmarkDotNet.Attributes;
using Crm.Domain.Competencies;
using NodaTime;

namespace Crm.Domain.Benchmarks.Competencies;

/// <summary>
/// A consultancy's portfolio: 10,000 assessments against Gartner's framework (46 criteria), each by two assessors
/// rating about 90 % of the criteria. OperationsPerInvoke = 10,000, so every row (time and Allocated) is per
/// assessment.
/// </summary>
[MemoryDiagnoser]
public class AssessmentScoringBenchmarks
{
    private const int N = 10_000;
    private Assessment[] _portfolio = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var framework = CompetencyFrameworks.Gartner;
        var day = new LocalDate(2026, 6, 30);
        _portfolio = new Assessment[N];
        for (var i = 0; i < N; i++)
        {
            var ratings = new List<CriterionRating>();
            foreach (var criterion in framework.Criteria)
            {
                if (random.NextDouble() < 0.9)
                {
                    ratings.Add(new CriterionRating(criterion.Id, MaturityLevel.Of(random.Next(1, 6)), "consultant", day));
                    ratings.Add(new CriterionRating(criterion.Id, MaturityLevel.Of(random.Next(1, 6)), "client", day));
                }
            }

            _portfolio[i] = new Assessment(framework, $"Client {i}", day, ratings);
        }

        // The three paths must agree before their speed means anything.
        foreach (var a in _portfolio.Take(200))
        {
            var fast = a.OverallIndex()!.Value;
            if (Math.Abs(fast - NaiveMaturityScorer.OverallIndex(a)!.Value) > 1e-9 || Math.Abs(fast - a.Score().Overall!.Value) > 1e-9)
            {
                throw new InvalidOperationException("Scoring paths disagree.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public double NaiveLinq()
    {
        var sum = 0d;
        foreach (var a in _portfolio)
        {
            sum += NaiveMaturityScorer.OverallIndex(a) ?? 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public double OverallIndex()
    {
        var sum = 0d;
        foreach (var a in _portfolio)
        {
            sum += a.OverallIndex() ?? 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public double FullProfile()
    {
        var sum = 0d;
        foreach (var a in _portfolio)
        {
            sum += a.Score().Overall ?? 0;
        }

        return sum;
    }
}
