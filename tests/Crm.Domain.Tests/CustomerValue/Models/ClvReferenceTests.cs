using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 13, item 6: CLV of single customers and batches against references: margin 0.3, spend 50, 15 % a year,
/// monthly steps over 3 months on weekly models, CLV = 0.3 · 50 · Σᵢ (E[Y(i·m)] − E[Y((i−1)·m)]) · 1.15^(−i/12) with
/// m = 365.25/12/7 weeks and E[Y(t)] the conditional expectation at the parameters of <see cref="ReferenceValueTests"/>,
/// computed with Python mpmath 1.3.0 at 40 digits from the same closed forms and definitions.
/// </summary>
public class ClvReferenceTests
{
    private static readonly ClvSettings Settings = ClvSettings.Create(0.3, DiscountRate.PerYear(0.15), RatePeriod.Week, RatePeriod.Month, 3);
    private static readonly BgNbdModel Bg = BgNbdModel.Create(0.2426, 4.4136, 0.7929, 2.4259);
    private static readonly MbgNbdModel Mbg = MbgNbdModel.Create(0.525, 6.183, 0.891, 1.614);
    private static readonly ParetoNbdModel Pareto = ParetoNbdModel.Create(0.5533, 10.5776, 0.6061, 11.6650);

    // (x = 2, t_x = 30.43, T = 38.86), (0, 0, 38.86), (7, 29.43, 35.38).
    private static readonly CustomerSummary[] Customers = [CustomerSummary.Create(2, 30.43, 38.86), CustomerSummary.Create(0, 0d, 38.86), CustomerSummary.Create(7, 29.43, 35.38)];

    private static void Relative(double expected, double actual, double tolerance = 1e-11) => Within.Relative(expected, actual, tolerance);

    private static void Check<TModel>(TModel model, double[] expected)
        where TModel : struct, Crm.Domain.CustomerValue.Models.ITransactionModel
    {
        for (int i = 0; i < Customers.Length; i++)
        {
            Relative(expected[i], CustomerLifetimeValue.Of(model, Customers[i], 50d, Settings));
            var steps = new double[3];
            CustomerLifetimeValue.PerStep(model, Customers[i], 50d, Settings, steps);
            Relative(expected[i], steps.Sum());
            Assert.All(steps, s => Assert.True(s > 0d));
        }

        // A batch of seven (one window of four and a partial one), each customer's value in its place.
        CustomerSummary[] batch = [Customers[2], Customers[0], Customers[1], Customers[2], Customers[1], Customers[0], Customers[2]];
        double[] spend = [50d, 50d, 50d, 50d, 50d, 50d, 0d];
        var values = new double[batch.Length];
        CustomerLifetimeValue.Of(model, batch, spend, Settings, values);
        Relative(expected[2], values[0]);
        Relative(expected[0], values[1]);
        Relative(expected[1], values[2]);
        Relative(expected[2], values[3]);
        Relative(expected[1], values[4]);
        Relative(expected[0], values[5]);
        Assert.Equal(0d, values[6]);

        // The window-by-window baseline gives the same values.
        var baseline = new double[batch.Length];
        CustomerLifetimeValue.WindowByWindow(model, batch, spend, Settings, baseline);
        for (int i = 0; i < batch.Length; i++)
        {
            Relative(values[i], baseline[i], 1e-12);
        }
    }

    [Fact]
    public void Bg_nbd_clv_matches_the_reference() => Check(Bg, [6.7237074561710353, 1.0267291914135201, 24.275161460800068]);

    [Fact]
    public void Mbg_nbd_clv_matches_the_reference() => Check(Mbg, [7.0145779720633491, 0.82429583278630712, 23.476051683891173]);

    [Fact]
    public void Pareto_nbd_clv_matches_the_reference() => Check(Pareto, [7.9924633797712184, 0.58807639709244091, 25.283740129982339]);

    [Fact]
    public void Clv_arguments_are_checked_before_the_first_write()
    {
        var values = new[] { -1d, -1d };
        CustomerSummary[] two = [Customers[0], Customers[1]];
        Assert.Equal("expectedSpend", Assert.Throws<ArgumentOutOfRangeException>(() => CustomerLifetimeValue.Of(Bg, two, [50d, -1d], Settings, values)).ParamName);
        Assert.Equal(new[] { -1d, -1d }, values);
        Assert.Throws<ArgumentException>(() => CustomerLifetimeValue.Of(Bg, two, [50d], Settings, values));
        Assert.Throws<ArgumentException>(() => CustomerLifetimeValue.Of(Bg, two, [50d, 50d], Settings, new double[3]));
        Assert.Throws<ArgumentNullException>(() => CustomerLifetimeValue.Of(Bg, two, [50d, 50d], null!, values));
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomerLifetimeValue.Of(Bg, Customers[0], -1d, Settings));
        Assert.Throws<ArgumentNullException>(() => CustomerLifetimeValue.Of(Bg, Customers[0], 1d, null!));
        Assert.Throws<ArgumentException>(() => CustomerLifetimeValue.PerStep(Bg, Customers[0], 1d, Settings, new double[2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomerLifetimeValue.PerStep(Bg, Customers[0], -1d, Settings, new double[3]));
        Assert.Equal(0d, CustomerLifetimeValue.Of(Bg, Customers[0], 0d, Settings));
    }
}
