using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.MbgNbd;
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

    /// <summary>Every count model's span overloads name the span and its item, with both lengths, in one message shape.</summary>
    [Fact]
    public void Every_count_models_batch_lengths_are_named_in_the_message()
    {
        var customers = new[] { CustomerSummary.Create(1, 1, 2), CustomerSummary.Create(0, 0, 3) };
        var mbg = MbgNbdModel.Create(0.24, 4.4, 0.79, 2.4);
        var pareto = ParetoNbdModel.Create(0.55, 10.6, 0.61, 11.7);
        const string Destination = "destination must have one entry per customer (2); it had 3.";
        Checks(() => Bg.ProbabilityAlive(customers, new double[3]), "destination", Destination);
        Checks(() => mbg.ExpectedTransactions(customers, 1d, new double[3]), "destination", Destination);
        Checks(() => pareto.ProbabilityAlive(customers, new double[3]), "destination", Destination);
        Checks(() => Bg.Score(customers, 1d, new double[1], new double[2]), "probabilityAlive", "probabilityAlive must have one entry per customer (2); it had 1.");
        Checks(() => mbg.Score(customers, 1d, new double[2], new double[4]), "expectedTransactions", "expectedTransactions must have one entry per customer (2); it had 4.");
        Checks(() => pareto.Score(customers.AsMemory(), 1d, new double[5], new double[2], 2), "probabilityAlive", "probabilityAlive must have one entry per customer (2); it had 5.");
        Checks(() => Bg.Score(customers.AsMemory(), 1d, new double[2], Array.Empty<double>(), 2), "expectedTransactions", "expectedTransactions must have one entry per customer (2); it had 0.");
        Checks(() => mbg.ExpectedTransactionsNewCustomer([1d, 2d], new double[1]), "destination", "destination must have one entry per window (2); it had 1.");
        Checks(() => GammaGammaModel.Create(6.25, 3.74, 15.44).ExpectedAverageSpend(customers, new double[1]), "destination", "destination must have one entry per customer (2); it had 1.");

        static void Checks(Action act, string name, string message)
        {
            var e = Assert.Throws<ArgumentException>(act);
            Assert.Equal(name, e.ParamName);
            Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_negative_window_is_refused_even_when_nothing_would_be_written()
    {
        var mbg = MbgNbdModel.Create(0.24, 4.4, 0.79, 2.4);
        Assert.Equal("t", Assert.Throws<ArgumentOutOfRangeException>(() => Bg.ProbabilityOfTransactions(-1d, Span<double>.Empty)).ParamName);
        Assert.Equal("t", Assert.Throws<ArgumentOutOfRangeException>(() => mbg.ProbabilityOfTransactions(-1d, Span<double>.Empty)).ParamName);
        Assert.Equal("t", Assert.Throws<ArgumentOutOfRangeException>(() => mbg.ProbabilityOfTransactions(1, -1d)).ParamName);
        Assert.Equal("t", Assert.Throws<ArgumentOutOfRangeException>(() => mbg.Score(new[] { CustomerSummary.Create(1, 1, 2) }.AsMemory(), -1d, new double[1], new double[1], 1)).ParamName);
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
