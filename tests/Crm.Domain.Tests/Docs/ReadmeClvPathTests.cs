using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Tests.CustomerValue.Summaries;

namespace Crm.Domain.Tests.Docs;

/// <summary>The README's five lines from a transaction log to CLV, run on the CDNOW 1-in-10 sample.</summary>
public class ReadmeClvPathTests
{
    [Fact]
    public void FiveLines_FromLogToClv()
    {
        var log = CdnowData.ElogTransactions();
        var (calibrationEnd, holdoutEnd) = (CdnowData.CalibrationEnd, CdnowData.HoldoutEnd);

        var data = CustomerSummarizer.Summarize(log, SummaryOptions.Create(calibrationEnd, holdoutEnd)); // weeks by default
        var transactions = BgNbdModel.Fit(data);   // the fit records the summaries' period
        var spend = GammaGammaModel.Fit(data);     // repeat buyers whose spend is 0 are left out of the spend fit
        var settings = ClvSettings.Create(margin: 0.30, DiscountRate.PerYear(0.15), RatePeriod.Week, RatePeriod.Month, horizon: 24);
        var clv = CustomerLifetimeValue.ForPopulation(transactions, spend, data, settings); // clv.Customers[i] ↔ clv.Values[i]

        // Published (Fader, Hardie & Lee 2005; BTYD walkthrough): r = 0.243, α = 4.414, a = 0.793, b = 2.426 on the
        // 2,357 customers of the sample.
        Assert.Equal(2357, clv.Count);
        Assert.Equal(0.2425982, transactions.Model.R, 3);
        Assert.Equal(2.4261667, transactions.Model.B, 2);
        Assert.Equal(data.Rows[0].Customer, clv.Customers[0]);
        Assert.All(clv.Values.ToArray(), v => Assert.True(v >= 0 && double.IsFinite(v)));
        Assert.Contains("AIC", transactions.ToString(), StringComparison.Ordinal);

        // The mismatch the README promises to refuse: monthly settings over weekly summaries.
        var monthly = ClvSettings.Create(margin: 0.30, DiscountRate.PerYear(0.15), RatePeriod.Month, RatePeriod.Month, horizon: 24);
        Assert.ThrowsAny<ArgumentException>(() => CustomerLifetimeValue.ForPopulation(transactions, spend, data, monthly));
    }
}
