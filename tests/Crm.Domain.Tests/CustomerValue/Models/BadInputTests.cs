using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>Bad input gives a clear ArgumentException naming the field, before any work.</summary>
public class BadInputTests
{
    private static readonly BgNbdModel Bg = BgNbdModel.Create(0.24, 4.4, 0.79, 2.4);

    [Theory]
    [InlineData(-1, 0, 1, "frequency")]
    [InlineData(1, -1, 1, "recency")]
    [InlineData(1, 1, double.NaN, "age")]
    [InlineData(1, double.PositiveInfinity, 1, "recency")]
    [InlineData(1, 5, 4, "recency")]
    [InlineData(0, 2, 4, "recency")]
    public void Invalid_summaries_are_refused_naming_the_field(int x, double tx, double age, string field)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => CustomerSummary.Create(x, tx, age));
        Assert.Equal(field, ex.ParamName);
    }

    [Theory]
    [InlineData(0, 1, 1, 1, "r")]
    [InlineData(1, double.NaN, 1, 1, "alpha")]
    [InlineData(1, 1, -2, 1, "a")]
    [InlineData(1, 1, 1, double.PositiveInfinity, "b")]
    public void Invalid_parameters_are_refused_naming_the_parameter(double r, double alpha, double a, double b, string field)
    {
        Assert.Equal(field, Assert.Throws<ArgumentOutOfRangeException>(() => BgNbdModel.Create(r, alpha, a, b)).ParamName);
        Assert.Equal(field == "a" ? "s" : field == "b" ? "beta" : field, Assert.Throws<ArgumentOutOfRangeException>(() => ParetoNbdModel.Create(r, alpha, a, b)).ParamName);
    }

    [Fact]
    public void Windows_must_be_finite_and_non_negative()
    {
        var c = CustomerSummary.Create(1, 1, 2);
        Assert.Equal("t", Assert.Throws<ArgumentOutOfRangeException>(() => Bg.ExpectedTransactions(c, -1)).ParamName);
        Assert.Equal("t", Assert.Throws<ArgumentOutOfRangeException>(() => Bg.ExpectedTransactionsNewCustomer(double.NaN)).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => Bg.ProbabilityOfTransactions(-1, 2)).ParamName);
    }

    [Fact]
    public void Batch_destinations_must_match()
    {
        var customers = new[] { CustomerSummary.Create(1, 1, 2) };
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Bg.ProbabilityAlive(customers, new double[2])).ParamName);
    }

    [Fact]
    public void Fits_refuse_empty_data_and_bad_weights()
    {
        Assert.Equal("customers", Assert.Throws<ArgumentException>(() => BgNbdModel.Fit([])).ParamName);
        var one = new[] { CustomerSummary.Create(1, 1, 2) };
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => ParetoNbdModel.Fit(one, [1, 2])).ParamName);
        Assert.Contains("weights[0]", Assert.Throws<ArgumentOutOfRangeException>(() => BgNbdModel.Fit(one, [-1])).Message, StringComparison.Ordinal);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => BgNbdModel.Fit(one, [0])).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => FitOptions.Create(l2Penalty: -1));
    }

    [Fact]
    public void Gamma_gamma_refuses_zero_spend_of_a_repeat_customer_naming_the_index()
    {
        var data = new[] { CustomerSummary.Create(2, 5, 9, 10), CustomerSummary.Create(3, 5, 9, 0) };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.Fit(data));
        Assert.Contains("customers[1].MonetaryValue", ex.Message, StringComparison.Ordinal);
        var model = GammaGammaModel.Create(6.25, 3.74, 15.44);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.ExpectedAverageSpend(data[1]));
        Assert.Throws<InvalidOperationException>(() => GammaGammaModel.Create(1, 0.5, 1).ExpectedAverageSpend(CustomerSummary.Create(0, 0, 3)));
        Assert.Null(GammaGammaModel.Create(1, 0.5, 1).PopulationMeanSpend);
    }

    [Fact]
    public void Discount_rates_and_clv_settings_validate()
    {
        Assert.Equal("rate", Assert.Throws<ArgumentOutOfRangeException>(() => DiscountRate.PerYear(-0.1)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => DiscountRate.Of(0.1, RatePeriod.Unknown)).ParamName);
        Assert.Throws<InvalidOperationException>(() => default(DiscountRate).ContinuousRatePer(RatePeriod.Week));
        Assert.Equal("margin", Assert.Throws<ArgumentOutOfRangeException>(() => ClvSettings.Create(1.5, DiscountRate.PerYear(0.1), RatePeriod.Week, RatePeriod.Month, 12)).ParamName);
        Assert.Equal("discountRate", Assert.Throws<ArgumentOutOfRangeException>(() => ClvSettings.Create(0.3, default, RatePeriod.Week, RatePeriod.Month, 12)).ParamName);
        Assert.Equal("continuousRatePerPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => ParetoNbdModel.Create(1, 1, 1, 1).DiscountedExpectedResidualTransactions(CustomerSummary.Create(1, 1, 2), 0)).ParamName);
    }
}
