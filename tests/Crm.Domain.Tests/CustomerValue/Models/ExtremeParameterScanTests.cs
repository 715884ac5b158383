using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using Xunit.Abstractions;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 13, item 2: E[X(t)] and E[Y(t) | history] of the three count models over a grid of parameters from 1e-8 to
/// 1e8 (tiny-parameter corners included) and windows from 1e-6 to 1e6 periods: finite, non-negative and
/// non-decreasing in t (a window that grows can only hold more purchases). The law follows from the definitions
/// (X(t) counts purchases in (0, t]); no value here is computed by the code under test. Pareto/NBD keeps it on the
/// whole grid; since the fixes of issue 13 item 2 so do the beta-geometric models.
/// </summary>
public class ExtremeParameterScanTests(ITestOutputHelper output)
{
    private const double Slack = 1e-9;
    private static readonly double[] Parameters = [1e-8, 1e-4, 0.3, 1, 100, 1e4, 1e8];
    private static readonly double[] Windows = [1e-6, 1e-3, 0.1, 1, 10, 52, 1e3, 1e4, 1e6];
    private static readonly CustomerSummary[] Customers =
        [CustomerSummary.Create(0, 0, 0), CustomerSummary.Create(0, 0, 39), CustomerSummary.Create(3, 20, 39), CustomerSummary.Create(100, 39, 39)];

    // Issue 13, item 2: with r = 1e-8 these curves fell to 0 as t grew (780 BG/NBD and 541 MBG/NBD of 32,805 on a
    // 9-value grid): the positive 2F1 series stopped after one term (its tail bound used the first ratio, ~r z), it
    // lost the ~r-sized tail in 1 + tail, and the kernel kept cancelled values at or below 0 (or above the
    // never-drop-out ceiling). Fixed in BetaGeometricExpectation/BetaGeometricScoring; the 9-value grid (1e-6 and 0.01
    // added) also passes, checked outside the suite to keep its run short.
    [Fact]
    public void BgNbd_expectations_are_finite_and_non_decreasing_in_the_window() =>
        Scan("BG/NBD", (r, alpha, a, b) => BgNbdModel.Create(r, alpha, a, b));

    [Fact]
    public void MbgNbd_expectations_are_finite_and_non_decreasing_in_the_window() =>
        Scan("MBG/NBD", (r, alpha, a, b) => MbgNbdModel.Create(r, alpha, a, b));

    /// <summary>
    /// With r → 0 and a → 0 the expectation has a first-order value derived by hand: given p and the purchase rate λ,
    /// a customer alive at T buys (1 − e^(−λ p t))/p in (T, T+t]; over λ ~ Gamma(r + x, α + T) that is
    /// (1 − (1 + p s)^(−r))/p with s = t/(α+T), = r ln(1 + p s)/p + O(r² ln²(1+s)); and p ~ Beta(a, b) sits at 0 up to
    /// O(a ln s) (for b ≥ 1 no mass piles up at 1), where ln(1 + p s)/p → s. So for x = 0 (BG/NBD: alive for sure;
    /// MBG/NBD: alive with odds a/b · (1 + T/α)^r ≤ 1e-7 here) E[Y(t)] = r t/(α + T) within a relative 1e-5 on every
    /// window below. These are exactly the curves that used to read 0. (With b &lt; 1 − a, where the fallback is the
    /// quadrature, the values keep the laws but are only within ~1e-2 of this: e.g. BG/NBD(1e-8, 1, 1e-8, 0.3) at
    /// t = 1e6 gives 0.00986 against 0.0099999 from an independent integral; not asserted here, see the report.)
    /// </summary>
    [Theory]
    [InlineData(1e-8, 1)]
    [InlineData(1e-8, 100)]
    [InlineData(1e-8, 1e8)]
    [InlineData(1, 2)]
    [InlineData(1, 100)]
    [InlineData(100, 1e4)]
    public void Tiny_r_and_a_expectations_equal_r_t_over_alpha_plus_T(double alpha, double b)
    {
        const double R = 1e-8, A = 1e-8;
        ITransactionModel[] models = [BgNbdModel.Create(R, alpha, A, b), MbgNbdModel.Create(R, alpha, A, b)];
        foreach (var m in models)
        {
            foreach (double age in new[] { 0d, 39d })
            {
                foreach (double t in new[] { 1e-6, 1e-3, 1d, 52d, 1e3, 1e6 })
                {
                    double expected = R * t / (alpha + age);
                    double actual = m.ExpectedTransactions(CustomerSummary.Create(0, 0, age), t);
                    Assert.True(Math.Abs(actual - expected) <= 1e-5 * expected, $"{m} T = {age}, t = {t}: {actual:R}, expected {expected:R}");
                }
            }

            double newCustomer = m.ExpectedTransactionsNewCustomer(1e3);
            Assert.True(Math.Abs(newCustomer - (R * 1e3 / alpha)) <= 1e-5 * R * 1e3 / alpha, $"{m} new customer: {newCustomer:R}");
        }
    }

    [Fact]
    public void ParetoNbd_expectations_are_finite_and_non_decreasing_in_the_window() =>
        Scan("Pareto/NBD", (r, alpha, s, beta) => ParetoNbdModel.Create(r, alpha, s, beta));

    [Fact]
    public void The_issue_13_example_has_a_finite_expectation()
    {
        // Issue 13: BgNbdModel.Create(1000, 1e-8, 1000, 1e-8).ExpectedTransactionsNewCustomer(1) was NaN. Whatever the
        // drop-out process, a customer buys at most as often as one who never drops out, whose expected count in
        // (0, t] is the Gamma-Poisson mean r t / α = 1e11: E[X(1)] lies in [0, 1e11].
        var m = BgNbdModel.Create(1000, 1e-8, 1000, 1e-8);
        double e = m.ExpectedTransactionsNewCustomer(1);
        Assert.True(double.IsFinite(e) && e >= 0d && e <= 1e11 * (1 + 1e-9), $"E[X(1)] = {e}");
    }

    private void Scan<TModel>(string name, Func<double, double, double, double, TModel> create)
        where TModel : ITransactionModel
    {
        var failures = new List<string>();
        long evaluations = 0;
        foreach (double p0 in Parameters)
        {
            foreach (double p1 in Parameters)
            {
                foreach (double p2 in Parameters)
                {
                    foreach (double p3 in Parameters)
                    {
                        var m = create(p0, p1, p2, p3);
                        Check(failures, $"{name}({p0:R}, {p1:R}, {p2:R}, {p3:R}) new customer", Windows.Select(t => m.ExpectedTransactionsNewCustomer(t)).ToArray());
                        foreach (var c in Customers)
                        {
                            Check(failures, $"{name}({p0:R}, {p1:R}, {p2:R}, {p3:R}) {c}", Windows.Select(t => m.ExpectedTransactions(c, t)).ToArray());
                        }

                        evaluations += Windows.Length * (Customers.Length + 1);
                    }
                }
            }
        }

        output.WriteLine($"{name}: {evaluations:N0} expectations, {failures.Count} failing curve(s).");
        output.WriteLine(string.Join(Environment.NewLine, failures.Take(40)));
        Assert.True(failures.Count == 0, $"{failures.Count} curve(s) broke the law:\n" + string.Join("\n", failures.Take(10)));
    }

    private static void Check(List<string> failures, string what, double[] curve)
    {
        for (var i = 0; i < curve.Length; i++)
        {
            if (!double.IsFinite(curve[i]) || curve[i] < 0d || (i > 0 && curve[i] < curve[i - 1] * (1 - Slack)))
            {
                failures.Add($"{what}: [{string.Join(", ", curve.Select(v => v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)))}] at t = {Windows[i]}");
                return;
            }
        }
    }
}
