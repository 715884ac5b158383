using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>The Pareto/NBD scoring path: <see cref="ParetoNbdModel.Score(ReadOnlySpan{CustomerSummary}, double, Span{double}, Span{double})"/>, batch = single, and the fast P(alive).</summary>
public class ParetoNbdScoreTests
{
    private static readonly ParetoNbdModel Cdnow = ParetoNbdModel.Create(0.5533971, 10.5801985, 0.6060625, 11.6562237);

    private static CustomerSummary[] Customers(ScoringCase c) =>
    [
        c.Customer,
        CustomerSummary.Create(0, 0, c.Customer.Age),
        CustomerSummary.Create(Math.Max(c.Customer.Frequency, 1), c.Customer.Age, c.Customer.Age),
        CustomerSummary.Create(10_000, 0.5 * c.LaterAge, c.LaterAge),
        c.Customer,
    ];

    [Property(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 200)]
    public bool Batches_equal_single_bit_for_bit(ScoringCase c)
    {
        var customers = Customers(c);
        var alive = new double[customers.Length];
        var expected = new double[customers.Length];
        var aliveBatch = new double[customers.Length];
        var expectedBatch = new double[customers.Length];
        c.Pn.Score(customers, c.LongWindow, alive, expected);
        c.Pn.ProbabilityAlive(customers, aliveBatch);
        c.Pn.ExpectedTransactions(customers, c.LongWindow, expectedBatch);
        return Enumerable.Range(0, customers.Length).All(i =>
            BitEquals(alive[i], c.Pn.ProbabilityAlive(customers[i]))
            && BitEquals(expected[i], c.Pn.ExpectedTransactions(customers[i], c.LongWindow))
            && BitEquals(aliveBatch[i], alive[i])
            && BitEquals(expectedBatch[i], expected[i]));
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 300)]
    public bool Scores_are_finite_and_within_bounds(ScoringCase c)
    {
        var customers = Customers(c);
        var alive = new double[customers.Length];
        var expected = new double[customers.Length];
        c.Pn.Score(customers, c.LongWindow, alive, expected);
        return alive.All(p => p is >= 0d and <= 1d) && expected.All(e => double.IsFinite(e) && e >= 0d);
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 300)]
    public bool Fast_probability_alive_agrees_with_the_log_space_likelihood_form(ScoringCase c)
    {
        // Two different formulas: the scorer's Euler-transformed series with the powers folded into one ratio E, and
        // the likelihood's log-sum-exp of the three terms of Fader & Hardie's eq. 18 (LogHyp2F1OneB).
        var m = c.Pn;
        var x = c.Customer;
        double general = ParetoNbdLikelihood.ProbabilityAlive(m.R, m.Alpha, m.S, m.Beta, x.Frequency, x.Recency, x.Age);
        double fast = m.ProbabilityAlive(x);
        return Math.Abs(fast - general) <= 1e-11 + (1e-9 * general);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(-0.3)]
    [InlineData(-1e-3)]
    [InlineData(-1e-9)]
    [InlineData(0)]
    [InlineData(1e-12)]
    [InlineData(2e-6)]
    [InlineData(0.1)]
    [InlineData(0.4999)]
    [InlineData(0.5)]
    [InlineData(0.75)]
    [InlineData(-0.75)]
    public void ExpM1_is_accurate_to_the_last_bits(double u)
    {
        // Reference: e^u − 1 in decimal arithmetic by its Taylor series (28 significant digits), independent of both
        // implementations under comparison.
        decimal du = (decimal)u, term = du, sum = du;
        for (int k = 2; k < 80 && term != 0m; k++)
        {
            term = term * du / k;
            sum += term;
        }

        double expected = (double)sum;
        var lanes = System.Runtime.Intrinsics.Vector256.Create(u);
        var actualLanes = Crm.Domain.CustomerValue.Models.Numerics.LaneMath.ExpM1(lanes, System.Runtime.Intrinsics.Vector256.Create(Math.Exp(u)));
        double actual = System.Runtime.Intrinsics.Vector256.GetElement(actualLanes, 0);
        Assert.True(Math.Abs(actual - expected) <= 4e-16 * Math.Abs(expected), $"expm1({u}) = {actual}, expected {expected}");
    }

    [Fact]
    public void Score_writes_probability_alive_and_expected_transactions()
    {
        // BTYD walkthrough (printed parameters): customer 1516 P(alive) = 0.997874, E[X(52) | history] = 25.45647
        // (9.0e-5 off at these parameters: see ParetoNbdValidationTests); P(alive | x = 0, T = 39) = 0.2941633, and
        // E[X(52) | x = 0, T = 39] = 0.13544858812023081 (textbook formula with mpmath.hyp2f1 at 30 digits).
        CustomerSummary[] customers = [CustomerSummary.Create(26, 30.85714, 31), CustomerSummary.Create(0, 0, 39)];
        var alive = new double[2];
        var expected = new double[2];
        Cdnow.Score(customers, 52, alive, expected);
        Assert.Equal(0.997874, alive[0], 1e-6);
        Assert.Equal(25.45647, expected[0], 25.45647 * 1e-4);
        Assert.Equal(0.2941633, alive[1], 1e-6);
        Assert.Equal(0.13544858812023081, expected[1], 1e-12);
    }

    [Theory]
    [InlineData(1e149)]
    [InlineData(1e151)]
    [InlineData(1e300)]
    public void Huge_r_scores_as_the_log_space_likelihood_form(double r)
    {
        // The series steps two terms with the divisor (c+n)(c+n+1), c = r+s+x+1, which overflows for c near 1e154:
        // lanes above 1e150 take the likelihood's log-space path. Both sides of the limit agree with that path.
        var model = ParetoNbdModel.Create(r, 10.58, 0.606, 11.66);
        CustomerSummary[] customers = [CustomerSummary.Create(0, 0, 39), CustomerSummary.Create(3, 20, 39), CustomerSummary.Create(12, 38, 39)];
        var alive = new double[customers.Length];
        model.ProbabilityAlive(customers, alive);
        for (var i = 0; i < customers.Length; i++)
        {
            var x = customers[i];
            var general = ParetoNbdLikelihood.ProbabilityAlive(r, 10.58, 0.606, 11.66, x.Frequency, x.Recency, x.Age);
            Assert.InRange(alive[i], 0d, 1d);
            Assert.True(Math.Abs(alive[i] - general) <= 1e-11 + (1e-9 * general), $"r = {r}, customer {i}: {alive[i]} against {general}");
        }
    }

    [Fact]
    public void Robustness_cases_score_finite_values()
    {
        // Issue 4: x up to 10,000, t_x = T, all x = 0, T = 0, one customer; parameters at the edges.
        CustomerSummary[] customers =
        [
            CustomerSummary.Create(10_000, 39, 39), CustomerSummary.Create(10_000, 1, 39), CustomerSummary.Create(10_000, 38.99, 39),
            CustomerSummary.Create(0, 0, 0), CustomerSummary.Create(0, 0, 1e4), CustomerSummary.Create(1, 1e-9, 1e4),
        ];
        ParetoNbdModel[] models =
        [
            Cdnow, ParetoNbdModel.Create(0.01, 50, 0.01, 0.01), ParetoNbdModel.Create(50, 0.01, 50, 50),
            ParetoNbdModel.Create(1, 1, 1, 1), ParetoNbdModel.Create(1e-3, 1e3, 1e3, 1e-3),
        ];
        var alive = new double[customers.Length];
        var expected = new double[customers.Length];
        foreach (var m in models)
        {
            m.Score(customers, 52, alive, expected);
            Assert.All(alive, p => Assert.InRange(p, 0d, 1d));
            Assert.All(expected, e => Assert.True(double.IsFinite(e) && e >= 0d, $"{m}: {e}"));
            Assert.Equal(1d, alive[0]);
        }
    }

    [Fact]
    public void Score_rejects_bad_arguments_with_their_names()
    {
        CustomerSummary[] customers = [CustomerSummary.Create(1, 1, 2), CustomerSummary.Create(0, 0, 2)];
        Assert.Equal("probabilityAlive", Assert.Throws<ArgumentException>(() => Cdnow.Score(customers, 1, new double[1], new double[2])).ParamName);
        Assert.Equal("expectedTransactions", Assert.Throws<ArgumentException>(() => Cdnow.Score(customers, 1, new double[2], new double[3])).ParamName);
        Assert.Equal("t", Assert.Throws<ArgumentOutOfRangeException>(() => Cdnow.Score(customers, -1, new double[2], new double[2])).ParamName);
        Assert.Equal("t", Assert.Throws<ArgumentOutOfRangeException>(() => Cdnow.Score(customers, double.NaN, new double[2], new double[2])).ParamName);
        Cdnow.Score([], 1, [], []);
    }

    private static bool BitEquals(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);
}
