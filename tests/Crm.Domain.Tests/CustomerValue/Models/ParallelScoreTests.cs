using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 18 item 2 for scoring: the parallel <c>Score</c> overloads write the single-threaded span batch's bits for
/// every degree 1–4, across several fixed blocks (8,192 customers each) and a partial last block.
/// </summary>
public class ParallelScoreTests
{
    public static Arbitrary<ParallelCase> Cases() =>
        (from c in ModelArbitraries.Cases().Generator
         from count in Gen.OneOf(Gen.Choose(0, 40), Gen.Choose(8_000, 26_000))
         from seed in Gen.Choose(0, 1_000_000)
         from degree in Gen.Choose(1, 4)
         select new ParallelCase(c, count, seed, degree)).ToArbitrary();

    [Property(Arbitrary = [typeof(ParallelScoreTests)], MaxTest = 25)]
    public bool Parallel_scores_equal_the_single_threaded_batch_bit_for_bit(ParallelCase c)
    {
        var customers = c.Customers();
        var mbg = MbgNbdModel.Create(c.Case.Bg.R, c.Case.Bg.Alpha, c.Case.Bg.A, c.Case.Bg.B);
        return Agree((s, a, e) => c.Case.Bg.Score(s, c.Case.ShortWindow, a, e), (m, a, e) => c.Case.Bg.Score(m, c.Case.ShortWindow, a, e, c.Degree), customers)
            && Agree((s, a, e) => mbg.Score(s, c.Case.LongWindow, a, e), (m, a, e) => mbg.Score(m, c.Case.LongWindow, a, e, c.Degree), customers)
            && Agree((s, a, e) => c.Case.Pn.Score(s, c.Case.LongWindow, a, e), (m, a, e) => c.Case.Pn.Score(m, c.Case.LongWindow, a, e, c.Degree), customers);
    }

    [Fact]
    public void Parallel_score_refuses_a_degree_below_one_mismatched_destinations_and_bad_windows_before_writing()
    {
        var model = BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667);
        var customers = new[] { CustomerSummary.Create(2, 10d, 30d), CustomerSummary.Create(0, 0d, 30d) };
        var alive = new[] { -1d, -1d };
        var expected = new[] { -1d, -1d };

        Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => model.Score(customers, 52d, alive, expected, 0)).ParamName);
        Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => ParetoNbdModel.Create(1, 1, 1, 1).Score(customers, 52d, alive, expected, -3)).ParamName);
        Assert.Equal("expectedTransactions", Assert.Throws<ArgumentException>(() => model.Score(customers, 52d, alive, new double[3], 2)).ParamName);
        Assert.Equal("t", Assert.Throws<ArgumentOutOfRangeException>(() => model.Score(customers, double.NaN, alive, expected, 2)).ParamName);
        Assert.Throws<InvalidOperationException>(() => default(MbgNbdModel).Score(customers, 52d, alive, expected, 2));
        Assert.All(alive.Concat(expected), v => Assert.Equal(-1d, v));
    }

    private static bool Agree(SpanScore single, MemoryScore parallel, CustomerSummary[] customers)
    {
        int n = customers.Length;
        double[] alive = new double[n], expected = new double[n], aliveParallel = new double[n], expectedParallel = new double[n];
        single(customers, alive, expected);
        parallel(customers, aliveParallel, expectedParallel);
        return alive.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(aliveParallel.Select(BitConverter.DoubleToInt64Bits))
            && expected.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(expectedParallel.Select(BitConverter.DoubleToInt64Bits));
    }

    private delegate void SpanScore(ReadOnlySpan<CustomerSummary> customers, Span<double> alive, Span<double> expected);

    private delegate void MemoryScore(ReadOnlyMemory<CustomerSummary> customers, Memory<double> alive, Memory<double> expected);
}

/// <summary>A model case, a number of seeded customers and a degree of parallelism.</summary>
public sealed record ParallelCase(ScoringCase Case, int Count, int Seed, int Degree)
{
    /// <summary>Count customers, seeded: a quarter extreme (x up to 10,000, t_x = T, t_x = 0), the rest CDNOW-like.</summary>
    public CustomerSummary[] Customers()
    {
        var rng = new Random(Seed);
        var customers = new CustomerSummary[Count];
        for (int i = 0; i < Count; i++)
        {
            double age = rng.Next(4) == 0 ? rng.NextDouble() * 500d : 27d + (rng.NextDouble() * 12d);
            int x = rng.Next(4) == 0 ? rng.Next(10_001) : rng.Next(3) == 0 ? 0 : rng.Next(1, 30);
            double share = rng.Next(8) switch { 0 => 0d, 1 => 1d, _ => rng.NextDouble() };
            customers[i] = CustomerSummary.Create(x, x == 0 ? 0d : age * share, age);
        }

        return customers;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Case} count={Count} seed={Seed} degree={Degree}";
}
