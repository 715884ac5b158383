using BenchmarkDotNet.Attributes;
using Crm.Domain.Scoring;

namespace Crm.Domain.Benchmarks.Scoring;

/// <summary>Scoring 100,000 candidates with a three-rule model: the batch path against an explained evaluation.</summary>
[MemoryDiagnoser]
public class ScoringModelBenchmarks
{
    private const int N = 100_000;
    private readonly ScoringModel<(int Employees, int Visits)> _model = ScoringModel<(int Employees, int Visits)>.Create(
    [
        (ScoringRule<(int Employees, int Visits)>.When("large", x => x.Employees >= 500, 20), 1d),
        (ScoringRule<(int Employees, int Visits)>.Create("visits", x => x.Visits), 2d),
        (ScoringRule<(int Employees, int Visits)>.Create("size", x => Math.Log(1 + x.Employees)), 1.5d),
    ]);

    private (int Employees, int Visits)[] _candidates = [];
    private double[] _scores = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _candidates = Enumerable.Range(0, N).Select(_ => (random.Next(1, 5000), random.Next(0, 40))).ToArray();
        _scores = new double[N];
    }

    [Benchmark(Baseline = true)]
    public double Evaluate_WithBreakdown()
    {
        var sum = 0d;
        foreach (var c in _candidates)
        {
            sum += _model.Evaluate(c).Total.Value;
        }

        return sum;
    }

    [Benchmark]
    public double ScoreBatch()
    {
        _model.ScoreBatch(_candidates, _scores);
        return _scores[^1];
    }
}
