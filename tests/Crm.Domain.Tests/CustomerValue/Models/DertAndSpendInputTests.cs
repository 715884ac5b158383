using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 13, item 6: Pareto/NBD DERT at discount rates on both sides of the Tricomi U's switch (δ(β+T) below and above 2;
/// references from Python mpmath 1.3.0 at 40 digits, DERT = P(alive) (r+x)/(α+T) ∫ 1/(μ+δ) Gamma(μ; s, β+T) dμ by
/// <c>quad</c>), its overloads and guards, and the Gamma-Gamma fit's input rules.
/// </summary>
public class DertAndSpendInputTests
{
    private static readonly ParetoNbdModel Cdnow = ParetoNbdModel.Create(0.5533, 10.5776, 0.6061, 11.6650);

    private static void Relative(double expected, double actual, double tolerance = 1e-9) => Within.Relative(expected, actual, tolerance);

    [Theory]
    [InlineData(2, 30.43, 38.86, 0.1, 0.40677046292797703)]
    [InlineData(2, 30.43, 38.86, 0.02, 1.6154918233707902)]
    [InlineData(2, 30.43, 38.86, 1.5, 0.029690957620448133)]
    [InlineData(0, 0d, 38.86, 0.1, 0.029929709642179981)]
    [InlineData(0, 0d, 38.86, 0.02, 0.11886605741913159)]
    [InlineData(0, 0d, 38.86, 1.5, 0.0021846270109725912)]
    public void Dert_matches_the_quadrature(int x, double tx, double age, double delta, double expected)
    {
        var c = CustomerSummary.Create(x, tx, age);
        Relative(expected, Cdnow.DiscountedExpectedResidualTransactions(c, delta));
        var batch = new double[2];
        Cdnow.DiscountedExpectedResidualTransactions([CustomerSummary.Create(1, 1d, 2d), c], delta, batch);
        Relative(expected, batch[1]);
    }

    [Fact]
    public void Dert_with_a_discount_rate_converts_it_to_the_model_period()
    {
        var c = CustomerSummary.Create(2, 30.43, 38.86);
        double delta = Math.Log(1.15) * 7d / 365.25;
        Assert.Equal(Cdnow.DiscountedExpectedResidualTransactions(c, delta), Cdnow.DiscountedExpectedResidualTransactions(c, DiscountRate.PerYear(0.15), RatePeriod.Week), 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => Cdnow.DiscountedExpectedResidualTransactions(c, DiscountRate.PerYear(0d), RatePeriod.Week));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cdnow.DiscountedExpectedResidualTransactions(c, DiscountRate.PerYear(0.1), RatePeriod.Unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cdnow.DiscountedExpectedResidualTransactions(c, 0d));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cdnow.DiscountedExpectedResidualTransactions([c], 0d, new double[1]));
        Assert.Throws<ArgumentException>(() => Cdnow.DiscountedExpectedResidualTransactions([c], 0.1, new double[2]));
        Assert.Throws<InvalidOperationException>(() => default(ParetoNbdModel).DiscountedExpectedResidualTransactions(c, 0.1));
    }

    [Fact]
    public void A_pareto_nbd_new_customer_expectation_saturates_instead_of_overflowing()
    {
        // s ≤ 1: E[X(t)] grows without bound; r/α near 1e308 per period puts it past a double.
        Assert.Equal(double.MaxValue, ParetoNbdModel.Create(1e300, 1e-10, 0.5, 1d).ExpectedTransactionsNewCustomer(1e10));
        Assert.Equal(0d, Cdnow.ExpectedTransactionsNewCustomer(0d));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cdnow.ExpectedTransactionsNewCustomer(-1e-300));
    }

    [Fact]
    public void The_gamma_gamma_fit_names_the_input_it_refuses()
    {
        CustomerSummary[] customers = [CustomerSummary.Create(2, 5d, 10d, 30d), CustomerSummary.Create(0, 0d, 10d), CustomerSummary.Create(3, 6d, 10d, 20d)];
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => GammaGammaModel.Fit(customers, [1d, 1d])).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.Fit(customers, [1d, -1d, 1d])).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.Fit(customers, [1d, double.PositiveInfinity, 1d])).ParamName);
        Assert.Equal("customers", Assert.Throws<ArgumentException>(() => GammaGammaModel.Fit(customers, [0d, 1d, 0d])).ParamName);
        Assert.Equal("customers", Assert.Throws<ArgumentException>(() => GammaGammaModel.Fit([CustomerSummary.Create(0, 0d, 10d)])).ParamName);
        var zeroSpend = Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.Fit([customers[0], CustomerSummary.Create(1, 1d, 10d)]));
        Assert.Equal("customers", zeroSpend.ParamName);
        Assert.Contains("customers[1].MonetaryValue", zeroSpend.Message, StringComparison.Ordinal);

        // A repeat buyer with weight 0 is skipped, spend or not; x = 0 with any weight is skipped too.
        var fit = GammaGammaModel.Fit([customers[0], CustomerSummary.Create(1, 1d, 10d), customers[2], customers[1]], [1d, 0d, 1d, 5d]);
        Assert.Equal(2d, fit.Customers);
        Assert.Equal(2, fit.DistinctRows);
    }
}
