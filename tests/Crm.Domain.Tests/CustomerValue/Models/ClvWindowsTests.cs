using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.Numerics;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 18, item 4: the CLV of every window of a customer in one pass (Taylor steps of the BG/NBD's hypergeometric
/// equation; P(alive) once for the Pareto/NBD) against the previous window-by-window path, kept in the library; batch
/// equals single bit for bit; the parallel batch equals the single-threaded one bit for bit; the CLV laws.
/// </summary>
public class ClvWindowsTests
{
    private const double Relative = 1e-12;
    private static readonly BgNbdModel Bg = BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667);
    private static readonly ParetoNbdModel Pareto = ParetoNbdModel.Create(0.5533, 10.5776, 0.6061, 11.6650);
    private static readonly MbgNbdModel Mbg = MbgNbdModel.Create(0.525, 6.183, 0.891, 1.614);
    private static readonly ClvSettings Monthly12 = ClvSettings.Create(0.3, DiscountRate.PerYear(0.15), RatePeriod.Week, RatePeriod.Month, 12);

    public static Arbitrary<WindowCase> Windows() =>
        (from c in ModelArbitraries.Cases().Generator
         from mbgB in Gen.Choose(1, 5000).Select(i => i / 100d)
         from customers in Gen.ArrayOf(ModelArbitraries.Customers()).Where(a => a.Length is > 0 and <= 11)
         from step in Gen.Elements(RatePeriod.Day, RatePeriod.Week, RatePeriod.Month, RatePeriod.Year)
         from horizon in Gen.OneOf(Gen.Elements(1, 2, 12, 24), Gen.Choose(1, 60))
         from rate in Gen.Elements(0d, 0.15, 2d)
         let mbg = MbgNbdModel.Create(c.Bg.R, c.Bg.Alpha, c.Bg.A, mbgB)
         select new WindowCase(c.Bg, mbg, c.Pn, customers, ClvSettings.Create(0.3, DiscountRate.PerYear(rate), RatePeriod.Week, step, horizon))).ToArbitrary();

    [Fact]
    public void One_pass_equals_the_window_by_window_path_on_cdnow_like_customers()
    {
        var customers = CdnowLike(5_000, 3);
        var spend = customers.Select(c => 20d + c.MonetaryValue).ToArray();
        foreach (var settings in new[] { Monthly12, ClvSettings.Create(0.3, DiscountRate.PerYear(0.15), RatePeriod.Week, RatePeriod.Month, 120), ClvSettings.Create(1, DiscountRate.PerWeek(0.01), RatePeriod.Week, RatePeriod.Week, 52) })
        {
            AssertClose(Bg, customers, spend, settings, Relative);
            AssertClose(Mbg, customers, spend, settings, Relative);
            AssertClose(Pareto, customers, spend, settings, Relative);
        }
    }

    [Fact]
    public void Pareto_nbd_windows_are_the_scoring_path_bit_for_bit()
    {
        // P(alive) once and the per-window factor written with the scorer's operations: no rounding difference at all.
        var customers = CdnowData.Summaries.ToArray();
        var spend = customers.Select(c => 20d + c.MonetaryValue).ToArray();
        var onePass = new double[customers.Length];
        var previous = new double[customers.Length];
        CustomerLifetimeValue.Of(Pareto, customers, spend, Monthly12, onePass);
        CustomerLifetimeValue.WindowByWindow(Pareto, customers, spend, Monthly12, previous);
        Assert.Equal(previous, onePass);
    }

    [Property(MaxTest = 300)]
    public void One_pass_equals_the_window_by_window_path_to_1e_12_for_models_in_the_fitted_range(PositiveInt seed)
    {
        // Parameters of the range fits land in (CDNOW: r 0.24, α 4.4, a 0.79, b 2.4), customers of any age.
        var rng = new Random(seed.Get);
        double Draw(double low, double high) => low * Math.Pow(high / low, rng.NextDouble());
        var (r, alpha, a, b) = (Draw(0.05, 5), Draw(0.5, 50), Draw(0.05, 5), Draw(0.05, 10));
        var customers = Enumerable.Range(0, 9).Select(_ =>
        {
            double age = Draw(0.01, 200);
            int x = rng.Next(3) == 0 ? 0 : rng.Next(1, 80);
            return CustomerSummary.Create(x, x == 0 ? 0d : age * rng.NextDouble(), age);
        }).ToArray();
        var spend = Enumerable.Repeat(25d, customers.Length).ToArray();
        var step = (RatePeriod)rng.Next((int)RatePeriod.Day, (int)RatePeriod.Year + 1);
        var settings = ClvSettings.Create(0.3, DiscountRate.PerYear(0.15), RatePeriod.Week, step, rng.Next(1, 49));
        AssertClose(BgNbdModel.Create(r, alpha, a, b), customers, spend, settings, Relative);
        AssertClose(MbgNbdModel.Create(r, alpha, a, b), customers, spend, settings, Relative);
        AssertClose(ParetoNbdModel.Create(r, alpha, a, b), customers, spend, settings, Relative);
    }

    [Property(Arbitrary = [typeof(ClvWindowsTests)], MaxTest = 300)]
    public void One_pass_stays_within_1e_6_of_the_window_by_window_path_at_the_edges(WindowCase c)
    {
        // At the edges (r ≫ a + b, x = 10,000, a or b = 0.01, yearly steps on a daily model) the previous path's own
        // error reaches 1e-12 to 3e-7 (its fallback; see the 40-digit references below, which the one pass meets to
        // 1e-13), so the bound is the previous path's, not the one pass's.
        var spend = Enumerable.Repeat(25d, c.Customers.Length).ToArray();
        AssertClose(c.Bg, c.Customers, spend, c.Settings, 1e-6);
        AssertClose(c.Mbg, c.Customers, spend, c.Settings, 1e-6);
        AssertClose(c.Pareto, c.Customers, spend, c.Settings, 1e-6);
    }

    [Theory]
    [InlineData(false, 0.2425982, 4.4136842, 0.7929899, 2.4261667, 2, 30.43, 38.86, RatePeriod.Month, 12, 0.15, 10.929926733160510292)]
    [InlineData(true, 42.48, 3, 0.5, 1.66, 0, 0, 0, RatePeriod.Day, 39, 0, 135.69038868400958187)]
    [InlineData(false, 0.2425982, 4.4136842, 0.7929899, 2.4261667, 0, 0, 0.5, RatePeriod.Year, 5, 0.15, 18.746560883921038848)]
    [InlineData(false, 0.2425982, 4.4136842, 0.7929899, 2.4261667, 40, 38, 38.5, RatePeriod.Month, 120, 0.15, 670.96271551659242386)]
    [InlineData(false, 41.54, 8.08, 0.01, 0.1, 0, 0, 78, RatePeriod.Month, 24, 0.15, 289.06260580854487683)] // the previous path: 289.0626885…
    public void One_pass_meets_references_computed_to_40_digits(bool modified, double r, double alpha, double a, double b, int x, double tx, double age, RatePeriod step, int horizon, double perYear, double expected)
    {
        // References: mpmath 1.3 at 40 digits, Σₖ Dᵏ (E[Y(kΔ)] − E[Y((k−1)Δ)]) × 0.3 × 25 with
        // E[Y(t)] = P(alive) c/(a−1) [1 − 2F1(r+x, a−1; c; −t/(α+T))], c = a+b+x−1 (b+1 for the MBG/NBD) and
        // D = 1.15^(−Δ/year): the BG/NBD's expectation (Fader, Hardie & Lee 2005, eq. 10) after Pfaff's transformation.
        var customer = CustomerSummary.Create(x, tx, age);
        var settings = ClvSettings.Create(0.3, DiscountRate.PerYear(perYear), RatePeriod.Week, step, horizon);
        double value = modified
            ? CustomerLifetimeValue.Of(MbgNbdModel.Create(r, alpha, a, b), customer, 25d, settings)
            : CustomerLifetimeValue.Of(BgNbdModel.Create(r, alpha, a, b), customer, 25d, settings);
        Assert.True(Math.Abs(value - expected) <= 1e-13 * expected, $"{value:R} against {expected:R}");
    }

    [Property(Arbitrary = [typeof(ClvWindowsTests)], MaxTest = 150)]
    public bool A_customer_is_valued_to_the_same_bits_alone_or_in_any_place_of_a_batch(WindowCase c)
    {
        var spend = c.Customers.Select((_, i) => 10d + i).ToArray();
        var shifted = c.Customers.Skip(1).Append(c.Customers[0]).ToArray();
        var shiftedSpend = spend.Skip(1).Append(spend[0]).ToArray();
        return SameAlone(c.Bg, c.Customers, spend, shifted, shiftedSpend, c.Settings)
            && SameAlone(c.Mbg, c.Customers, spend, shifted, shiftedSpend, c.Settings)
            && SameAlone(c.Pareto, c.Customers, spend, shifted, shiftedSpend, c.Settings);
    }

    [Property(Arbitrary = [typeof(ClvWindowsTests)], MaxTest = 150)]
    public bool A_customer_is_valued_to_the_same_bits_at_eight_lanes_and_at_four(WindowCase c)
    {
        // Both instantiations are called directly, whatever width this machine would choose.
        var spend = c.Customers.Select((_, i) => 10d + i).ToArray();
        return SameAtBothWidths(c.Bg, new BetaGeometricWindows(c.Bg.R, c.Bg.Alpha, c.Bg.A, c.Bg.B, canDropAtStart: false), c.Customers, spend, c.Settings)
            && SameAtBothWidths(c.Mbg, new BetaGeometricWindows(c.Mbg.R, c.Mbg.Alpha, c.Mbg.A, c.Mbg.B + 1d, canDropAtStart: true), c.Customers, spend, c.Settings)
            && SameAtBothWidths(c.Pareto, new ParetoNbdWindows(c.Pareto.R, c.Pareto.Alpha, c.Pareto.S, c.Pareto.Beta), c.Customers, spend, c.Settings);
    }

    [Property(MaxTest = 8)]
    public bool The_parallel_batch_equals_the_single_threaded_one_bit_for_bit(PositiveInt seed, PositiveInt degree)
    {
        // More than two blocks of 8,192 with a ragged end, so that every degree really splits the work.
        var customers = CdnowLike(20_011, seed.Get);
        var spend = customers.Select(c => 20d + c.MonetaryValue).ToArray();
        var settings = Monthly12.WithMaxDegreeOfParallelism(1 + (degree.Get % 4));
        var single = new double[customers.Length];
        var parallel = new double[customers.Length];
        CustomerLifetimeValue.Of(Bg, customers, spend, Monthly12, single);
        CustomerLifetimeValue.Of(Bg, customers, spend, settings, parallel);
        var paretoSingle = new double[customers.Length];
        var paretoParallel = new double[customers.Length];
        CustomerLifetimeValue.Of(Pareto, customers, spend, Monthly12, paretoSingle);
        CustomerLifetimeValue.Of(Pareto, customers, spend, settings, paretoParallel);
        return single.AsSpan().SequenceEqual(parallel) && paretoSingle.AsSpan().SequenceEqual(paretoParallel);
    }

    [Property(Arbitrary = [typeof(ClvWindowsTests)], MaxTest = 150)]
    public bool More_steps_never_lower_the_value_and_discounting_lowers_it(WindowCase c)
    {
        var s = c.Settings;
        var longer = ClvSettings.Create(s.Margin, s.DiscountRate, s.ModelPeriod, s.Step, s.Horizon + 1);
        var undiscounted = ClvSettings.Create(s.Margin, DiscountRate.PerYear(0), s.ModelPeriod, s.Step, s.Horizon);
        return c.Customers.All(customer =>
            Laws(c.Bg, customer, s, longer, undiscounted)
            && Laws(c.Mbg, customer, s, longer, undiscounted)
            && Laws(c.Pareto, customer, s, longer, undiscounted));
    }

    [Fact]
    public void Parallelism_is_a_setting_copied_with_the_rest_and_refuses_less_than_one()
    {
        var two = Monthly12.WithMaxDegreeOfParallelism(2);
        Assert.Equal(1, Monthly12.MaxDegreeOfParallelism);
        Assert.Equal(2, two.MaxDegreeOfParallelism);
        Assert.Equal((Monthly12.Margin, Monthly12.DiscountRate, Monthly12.ModelPeriod, Monthly12.Step, Monthly12.Horizon), (two.Margin, two.DiscountRate, two.ModelPeriod, two.Step, two.Horizon));
        Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => Monthly12.WithMaxDegreeOfParallelism(0)).ParamName);
    }

    private static bool Laws<TModel>(TModel model, CustomerSummary customer, ClvSettings settings, ClvSettings longer, ClvSettings undiscounted)
        where TModel : struct, ITransactionModel
    {
        double value = CustomerLifetimeValue.Of(model, customer, 25d, settings);
        return value >= 0d
            && CustomerLifetimeValue.Of(model, customer, 25d, longer) >= value
            && CustomerLifetimeValue.Of(model, customer, 25d, undiscounted) >= value;
    }

    private static bool SameAtBothWidths<TModel, TKernel>(TModel model, TKernel kernel, CustomerSummary[] customers, double[] spend, ClvSettings settings)
        where TModel : struct, ITransactionModel
        where TKernel : struct, IWindowKernel
    {
        var eight = new double[customers.Length];
        var four = new double[customers.Length];
        CustomerLifetimeValue.Run<TModel, TKernel, Lane512>(model, kernel, customers, spend, settings, eight);
        CustomerLifetimeValue.Run<TModel, TKernel, Lane256>(model, kernel, customers, spend, settings, four);
        var chosen = new double[customers.Length];
        CustomerLifetimeValue.Of(model, customers, spend, settings, chosen);
        return eight.AsSpan().SequenceEqual(four) && chosen.AsSpan().SequenceEqual(four);
    }

    private static bool SameAlone<TModel>(TModel model, CustomerSummary[] customers, double[] spend, CustomerSummary[] shifted, double[] shiftedSpend, ClvSettings settings)
        where TModel : struct, ITransactionModel
    {
        int n = customers.Length;
        var batch = new double[n];
        var moved = new double[n];
        CustomerLifetimeValue.Of(model, customers, spend, settings, batch);
        CustomerLifetimeValue.Of(model, shifted, shiftedSpend, settings, moved);
        for (int i = 0; i < n; i++)
        {
            double alone = CustomerLifetimeValue.Of(model, customers[i], spend[i], settings);
            if (!alone.Equals(batch[i]) || !alone.Equals(moved[(i + n - 1) % n]))
            {
                return false;
            }
        }

        return true;
    }

    private static void AssertClose<TModel>(TModel model, CustomerSummary[] customers, double[] spend, ClvSettings settings, double relative)
        where TModel : struct, ITransactionModel
    {
        var onePass = new double[customers.Length];
        var previous = new double[customers.Length];
        CustomerLifetimeValue.Of(model, customers, spend, settings, onePass);
        CustomerLifetimeValue.WindowByWindow(model, customers, spend, settings, previous);
        for (int i = 0; i < customers.Length; i++)
        {
            double tolerance = relative * Math.Abs(previous[i]);
            Assert.True(Math.Abs(onePass[i] - previous[i]) <= tolerance, $"{model} {customers[i]} h={settings.Horizon} step={settings.Step}: one pass {onePass[i]:R}, window by window {previous[i]:R}");
        }
    }

    /// <summary>Seeded CDNOW-like summaries: 60 % without a repeat purchase, T in [27, 39] weeks, t_x uniform in [0, T].</summary>
    private static CustomerSummary[] CdnowLike(int count, int seed)
    {
        var rng = new Random(seed);
        var result = new CustomerSummary[count];
        for (int i = 0; i < count; i++)
        {
            double age = 27 + (rng.NextDouble() * 12);
            int x = rng.NextDouble() < 0.6 ? 0 : (int)Math.Min(60, -Math.Log(1 - rng.NextDouble()) * 3) + 1;
            result[i] = CustomerSummary.Create(x, x == 0 ? 0 : rng.NextDouble() * age, age, x == 0 ? 0 : 10 + (rng.NextDouble() * 50));
        }

        return result;
    }
}

/// <summary>Three models sharing r and α, some customers and CLV settings.</summary>
public sealed record WindowCase(BgNbdModel Bg, MbgNbdModel Mbg, ParetoNbdModel Pareto, CustomerSummary[] Customers, ClvSettings Settings)
{
    public override string ToString() => $"{Bg} {Mbg} {Pareto} h={Settings.Horizon} step={Settings.Step} d={Settings.DiscountRate} [{string.Join("; ", Customers.Select(c => c.ToString()))}]";
}
