using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using Crm.Domain.Tests.Serialization;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>CLV against hand-computed values, discount-rate conversions, and JSON round trips.</summary>
public class ClvAndJsonTests
{
    /// <summary>A test model buying at a constant 2 transactions per week forever.</summary>
    private readonly struct ConstantRate : ITransactionModel
    {
        public double ExpectedTransactionsNewCustomer(double t) => 2d * t;

        public double ExpectedTransactions(in CustomerSummary customer, double t) => 2d * t;

        public double ProbabilityAlive(in CustomerSummary customer) => 1d;

        // Poisson with mean 2t (ITransactionModel gained P(X(t) = n) in issue 14).
        public double ProbabilityOfTransactions(int n, double t) =>
            Math.Exp(-2d * t + (n * Math.Log(2d * t)) - MathNet.Numerics.SpecialFunctions.FactorialLn(n));

        public void Simulate(ReadOnlySpan<double> ages, int seed, Span<CustomerSummary> destination) =>
            throw new NotSupportedException("not needed by these tests");

        public void Score(ReadOnlySpan<CustomerSummary> customers, double t, Span<double> probabilityAlive, Span<double> expectedTransactions)
        {
            probabilityAlive.Fill(1d);
            expectedTransactions.Fill(2d * t);
        }
    }

    [Fact]
    public void Discount_rates_convert_between_periods()
    {
        var yearly = DiscountRate.PerYear(0.15);
        Assert.Equal(Math.Pow(1.15, 1d / 12d) - 1d, yearly.EffectiveRatePer(RatePeriod.Month), 12);
        Assert.Equal(0.15, yearly.EffectiveRatePer(RatePeriod.Year), 12);
        // ln(1.15) * 7 / 365.25 = 0.0026785...; FHL (2005, "RFM and CLV") use 0.0027 per week for 15 % a year.
        Assert.Equal(Math.Log(1.15) * 7d / 365.25, yearly.ContinuousRatePer(RatePeriod.Week), 14);
        Assert.Equal(0.0027, yearly.ContinuousRatePer(RatePeriod.Week), 4);
        Assert.Equal(yearly.EffectiveRatePer(RatePeriod.Week), DiscountRate.PerWeek(yearly.EffectiveRatePer(RatePeriod.Week)).EffectiveRatePer(RatePeriod.Week), 14);
    }

    [Fact]
    public void Clv_of_a_constant_buyer_is_a_discounted_annuity()
    {
        // 2 transactions per week, weekly steps:
        // each weekly step brings 2 transactions x spend 50 x margin 0.3 = 30, discounted at 1% per week for 10 weeks:
        // 30 * (1 - 1.01^-10) / 0.01 = 284.1391...
        var settings = ClvSettings.Create(0.3, DiscountRate.PerWeek(0.01), RatePeriod.Week, RatePeriod.Week, 10);
        var customer = CustomerSummary.Create(1, 1, 2);
        double expected = 30d * (1d - Math.Pow(1.01, -10)) / 0.01;
        Assert.Equal(expected, CustomerLifetimeValue.Of(new ConstantRate(), customer, 50d, settings), 9);
        var perStep = new double[10];
        CustomerLifetimeValue.PerStep(new ConstantRate(), customer, 50d, settings, perStep);
        Assert.Equal(30d / 1.01, perStep[0], 9);
        Assert.Equal(expected, perStep.Sum(), 9);
    }

    [Fact]
    public void Clv_batch_equals_single_and_steps_convert_to_model_periods()
    {
        var settings = ClvSettings.Create(0.3, DiscountRate.PerYear(0.15), RatePeriod.Week, RatePeriod.Month, 24);
        Assert.Equal(365.25 / 12d / 7d, settings.StepInModelPeriods, 12);
        var bg = CdnowFits.BgNbd.Model;
        var gg = CdnowFits.GammaGamma.Model;
        var customers = CdnowData.Summaries.Take(150).ToArray(); // more than two chunks of 64
        var spend = new double[customers.Length];
        gg.ExpectedAverageSpend(customers, spend);
        var clv = new double[customers.Length];
        CustomerLifetimeValue.Of(bg, customers, spend, settings, clv);
        for (int i = 0; i < customers.Length; i++)
        {
            Assert.Equal(CustomerLifetimeValue.Of(bg, customers[i], spend[i], settings), clv[i]);
            Assert.True(clv[i] >= 0d);
        }
    }

    [Fact]
    public void Gamma_gamma_conditional_spend_is_a_weighted_mean()
    {
        // (gamma + x m) p / (p x + q - 1) with p = 6.25, q = 3.74, gamma = 15.44, x = 2, m = 22.345:
        // (15.44 + 44.69) * 6.25 / 15.24 = 24.6596...
        var gg = GammaGammaModel.Create(6.25, 3.74, 15.44);
        Assert.Equal((15.44 + (2 * 22.345)) * 6.25 / (12.5 + 2.74), gg.ExpectedAverageSpend(CustomerSummary.Create(2, 30.43, 38.86, 22.345)), 12);
        Assert.Equal(6.25 * 15.44 / 2.74, gg.ExpectedAverageSpend(CustomerSummary.Create(0, 0, 38.86)), 12);
    }

    [Fact]
    public void Models_and_rates_round_trip_through_json()
    {
        Assert.Equal(CdnowFits.BgNbd.Model.R, JsonAssert.RoundTrip(CdnowFits.BgNbd.Model).R);
        Assert.Equal(CdnowFits.ParetoNbd.Model.Beta, JsonAssert.RoundTrip(CdnowFits.ParetoNbd.Model).Beta);
        Assert.Equal(CdnowFits.GammaGamma.Model.Gamma, JsonAssert.RoundTrip(CdnowFits.GammaGamma.Model).Gamma);
        Assert.Equal(DiscountRate.PerMonth(0.01), JsonAssert.RoundTrip(DiscountRate.PerMonth(0.01)));
        Assert.Equal(RatePeriod.Week, JsonAssert.RoundTrip(RatePeriod.Week));
    }

    [Theory]
    [InlineData("{\"r\":0,\"alpha\":1,\"a\":1,\"b\":1}")]
    [InlineData("{\"r\":1,\"alpha\":1,\"a\":1}")]
    [InlineData("{\"r\":\"x\",\"alpha\":1,\"a\":1,\"b\":1}")]
    [InlineData("[1,2,3,4]")]
    public void Invalid_model_json_is_refused(string json) => JsonAssert.Invalid<BgNbdModel>(json);

    [Fact]
    public void Invalid_rate_and_other_model_json_is_refused()
    {
        JsonAssert.Invalid<DiscountRate>("{\"rate\":-1,\"period\":\"Year\"}");
        JsonAssert.Invalid<DiscountRate>("{\"rate\":0.1,\"period\":\"Fortnight\"}");
        JsonAssert.Invalid<DiscountRate>("{\"rate\":0.1}");
        JsonAssert.Invalid<ParetoNbdModel>("{\"r\":1,\"alpha\":1,\"s\":-1,\"beta\":1}");
        JsonAssert.Invalid<GammaGammaModel>("{\"p\":1,\"q\":1}");
    }
}
