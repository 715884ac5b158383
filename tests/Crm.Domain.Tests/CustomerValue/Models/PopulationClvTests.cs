using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using Crm.Domain.CustomerValue.Summaries;
using NodaTime;
using SummaryData = Crm.Domain.Tests.CustomerValue.Summaries.CdnowData;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 14, item 1: one path from a log to CLV. <c>Fit</c> takes the summarizer's result and records its period; the
/// one-call population CLV refuses a period mismatch, keeps the summaries' row order with the customer keys, and values
/// repeat buyers with zero recorded spend by the documented policy.
/// </summary>
public class PopulationClvTests
{
    private static readonly Lazy<CustomerSummaries<int>> Weekly = new(() =>
        CustomerSummarizer.Summarize(SummaryData.ElogTransactions(), SummaryOptions.Create(SummaryData.CalibrationEnd, SummaryData.HoldoutEnd)));

    private static readonly ClvSettings Monthly24 = ClvSettings.Create(0.30, DiscountRate.PerYear(0.15), RatePeriod.Week, RatePeriod.Month, 24);

    [Fact]
    public void Fit_over_the_summarizer_result_equals_the_span_fit_and_records_the_period()
    {
        var data = Weekly.Value;
        var fit = BgNbdModel.Fit(data);
        Assert.Equal(SummaryPeriod.Week, fit.Period);
        Assert.Null(CdnowFits.BgNbd.Period);

        // The same customers in another order: the same likelihood, the BTYD parameters (r = 0.2425982, FHL 2005).
        Assert.Equal(CdnowFits.BgNbd.LogLikelihood, fit.LogLikelihood, 6);
        Assert.Equal(0.2425982, fit.Model.R, 3);
        Assert.Equal(SummaryPeriod.Week, GammaGammaModel.Fit(data).Period);
        Assert.Equal(SummaryPeriod.Week, ParetoNbdModel.Fit(data).Period);
    }

    [Fact]
    public void Population_clv_is_in_row_order_with_the_keys_and_equals_the_two_call_path()
    {
        var data = Weekly.Value;
        var bg = BgNbdModel.Fit(data);
        var gg = GammaGammaModel.Fit(data);
        var values = CustomerLifetimeValue.ForPopulation(bg, gg, data, Monthly24);
        Assert.Equal(data.Count, values.Count);
        for (int i = 0; i < data.Count; i += 97)
        {
            var row = data.Rows[i];
            Assert.Equal(row.Customer, values.Customers[i]);
            double twoCalls = CustomerLifetimeValue.Of(bg.Model, row.Summary, gg.Model.ExpectedAverageSpend(row.Summary), Monthly24);
            Assert.Equal(twoCalls, values.Values[i], 10);
        }

        Assert.Equal(values.Values.Sum(), values.Total, 6);
        var span = new double[data.Count];
        CustomerLifetimeValue.ForPopulation(bg, gg, data, Monthly24, span);
        Assert.Equal(values.Values.ToArray(), span);
    }

    [Fact]
    public void One_step_clv_is_margin_times_spend_times_expected_transactions_discounted_once()
    {
        // By hand: horizon 1 month, 10 % a month: CLV = 0.5 × E[M] × E[Y(30.4375 / 7)] / 1.1.
        var data = Weekly.Value;
        var bg = BgNbdModel.Fit(data);
        var gg = GammaGammaModel.Fit(data);
        var settings = ClvSettings.Create(0.5, DiscountRate.PerMonth(0.10), RatePeriod.Week, RatePeriod.Month, 1);
        var values = CustomerLifetimeValue.ForPopulation(bg, gg, data, settings);
        var c = data.Rows[5].Summary;
        double spend = c.Frequency == 0 ? gg.Model.P * gg.Model.Gamma / (gg.Model.Q - 1) : (gg.Model.Gamma + (c.Frequency * c.MonetaryValue)) * gg.Model.P / ((gg.Model.P * c.Frequency) + gg.Model.Q - 1);
        Assert.Equal(0.5 * spend * bg.Model.ExpectedTransactions(c, 365.25 / 12 / 7) / 1.1, values.Values[5], 9);
    }

    [Fact]
    public void A_period_mismatch_is_refused_not_silently_scaled()
    {
        var data = Weekly.Value;
        var bg = BgNbdModel.Fit(data);
        var gg = GammaGammaModel.Fit(data);

        // Settings that say "months" for weekly summaries: the 3.5x error of the issue.
        var wrongSettings = ClvSettings.Create(0.30, DiscountRate.PerYear(0.15), RatePeriod.Month, RatePeriod.Month, 24);
        Assert.Equal("settings", Assert.Throws<ArgumentException>(() => CustomerLifetimeValue.ForPopulation(bg, gg, data, wrongSettings)).ParamName);

        // A model fitted on monthly summaries scored on weekly ones.
        var monthly = CustomerSummarizer.Summarize(SummaryData.ElogTransactions(), SummaryOptions.Create(SummaryData.CalibrationEnd, SummaryData.HoldoutEnd, SummaryPeriod.Month));
        var bgMonthly = BgNbdModel.Fit(monthly);
        Assert.Equal(SummaryPeriod.Month, bgMonthly.Period);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => CustomerLifetimeValue.ForPopulation(bgMonthly, gg, data, Monthly24)).ParamName);

        // A fit on bare summaries carries no period: refused rather than trusted.
        Assert.Equal("transactions", Assert.Throws<ArgumentException>(() => CustomerLifetimeValue.ForPopulation(CdnowFits.BgNbd, gg, data, Monthly24)).ParamName);
        Assert.Throws<ArgumentException>(() => CustomerLifetimeValue.ForPopulation(bg, gg, data, Monthly24, new double[data.Count - 1]));
    }

    [Fact]
    public void Repeat_buyers_with_zero_spend_are_valued_by_the_documented_policy_and_left_out_of_the_spend_fit()
    {
        // Customer 2 buys three more times at 0 (free samples); the policy values them at gamma p / (p x + q - 1).
        var day = new LocalDate(2025, 1, 6);
        var log = new List<CustomerTransaction<int>>();
        for (int c = 1; c <= 60; c++)
        {
            for (int k = 0; k <= c % 4; k++)
            {
                log.Add(CustomerTransaction<int>.Create(c, day.PlusDays((c % 9) + (k * 17)), c == 2 ? 0d : 10d + (c % 7) + (k * 3)));
            }
        }

        var data = CustomerSummarizer.Summarize(log.ToArray(), SummaryOptions.Create(day.PlusDays(120)));
        int two = data.Rows.IndexOf(data.Rows.Single(r => r.Customer == 2));
        var zero = data.Rows[two].Summary;
        Assert.True(zero.Frequency > 0 && zero.MonetaryValue == 0d);

        var gg = GammaGammaModel.Fit(data);
        Assert.Equal(data.Summaries.Count(s => s.Frequency > 0 && s.MonetaryValue > 0d), gg.Customers);
        Assert.Throws<ArgumentOutOfRangeException>(() => gg.Model.ExpectedAverageSpend(zero));

        var bg = BgNbdModel.Fit(data);
        var values = CustomerLifetimeValue.ForPopulation(bg, gg, data, Monthly24);
        var m = gg.Model;
        double policySpend = m.Gamma * m.P / ((m.P * zero.Frequency) + m.Q - 1d);
        Assert.Equal(CustomerLifetimeValue.Of(bg.Model, zero, policySpend, Monthly24), values.Values[two], 10);
        Assert.True(values.Values[two] > 0d);
    }
}
