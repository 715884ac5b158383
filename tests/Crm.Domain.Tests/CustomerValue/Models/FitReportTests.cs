using System.Text.Json;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using Crm.Domain.Serialization;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 14, item 2: the fit report as a table, AIC/BIC and 95 % intervals by their textbook formulas, and save/load of a
/// fitted model with its report through <see cref="CrmJson"/> (strict: another model's report or a broken value is a
/// <see cref="JsonException"/>).
/// </summary>
public class FitReportTests
{
    [Fact]
    public void Aic_and_bic_follow_from_the_published_log_likelihood()
    {
        // BG/NBD on CDNOW: LL = -9582.429 (BTYD), k = 4, n = 2,357: AIC = 8 + 19164.858, BIC = 4 ln 2357 + 19164.858.
        var report = CdnowFits.BgNbd.Report;
        Assert.Equal(19172.858, report.Aic, 0.02);
        Assert.Equal((4 * Math.Log(2357)) + 19164.858, report.Bic, 0.02);
        Assert.Equal(2357d, report.Customers);
    }

    [Fact]
    public void The_95_percent_interval_is_the_log_scale_wald_interval()
    {
        foreach (var e in CdnowFits.BgNbd.Parameters.Concat(CdnowFits.GammaGamma.Parameters))
        {
            double se = e.StandardError!.Value;
            Assert.Equal(e.Value * Math.Exp(-1.959964 * se / e.Value), e.Lower95!.Value, 5);
            Assert.Equal(e.Value * Math.Exp(1.959964 * se / e.Value), e.Upper95!.Value, 5);
            Assert.InRange(e.Value, e.Lower95.Value, e.Upper95.Value);
        }
    }

    [Fact]
    public void The_report_prints_as_a_table_with_every_item_the_issue_lists()
    {
        var text = CdnowFits.BgNbd.ToString();
        foreach (var item in new[] { "BG/NBD(r=", "parameter", "estimate", "SE", "95 % interval", "alpha", "log-likelihood -9582.4", "AIC 19172.8", "BIC", "iterations", "stop reason Converged" })
        {
            Assert.Contains(item, text, StringComparison.Ordinal);
        }

        // One row per parameter, named first.
        var lines = text.Split(Environment.NewLine);
        Assert.Contains(lines, l => l.StartsWith("r ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("b ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fitted_model_saves_and_loads_with_its_report()
    {
        var fit = CdnowFits.BgNbd;
        var json = CrmJson.Serialize(fit);
        var loaded = CrmJson.Deserialize<ModelFit<BgNbdModel>>(json);
        Assert.Equal(fit.Model.R, loaded.Model.R);
        Assert.Equal(fit.Model.B, loaded.Model.B);
        Assert.Equal(fit.LogLikelihood, loaded.LogLikelihood);
        Assert.Equal(fit.StopReason, loaded.StopReason);
        Assert.Equal(fit.Report.ToString(), loaded.Report.ToString());
        Assert.Equal(fit.Model.ExpectedTransactionsNewCustomer(52), loaded.Model.ExpectedTransactionsNewCustomer(52));
        Assert.Equal(json, CrmJson.Serialize(loaded));

        var gg = CrmJson.Deserialize<ModelFit<GammaGammaModel>>(CrmJson.Serialize(CdnowFits.GammaGamma));
        Assert.Equal(CdnowFits.GammaGamma.Model.Q, gg.Model.Q);
        Assert.Equal(CdnowFits.GammaGamma.Report.Bic, CrmJson.Deserialize<FitReport>(CrmJson.Serialize(CdnowFits.GammaGamma.Report)).Bic);
    }

    [Fact]
    public void A_report_of_another_model_or_a_broken_report_is_a_json_error()
    {
        var pareto = CrmJson.Serialize(CdnowFits.ParetoNbd);
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<ModelFit<BgNbdModel>>(pareto));
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<ModelFit<ParetoNbdModel>>(CrmJson.Serialize(CdnowFits.GammaGamma)));

        var json = CrmJson.Serialize(CdnowFits.BgNbd);
        var negative = System.Text.RegularExpressions.Regex.Replace(json, "\"value\":[-+.0-9eE]+", "\"value\":-1");
        Assert.NotEqual(json, negative);
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<ModelFit<BgNbdModel>>(negative));
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<ModelFit<BgNbdModel>>(json.Replace("\"Converged\"", "\"Unknown\"", StringComparison.Ordinal)));
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<ModelFit<BgNbdModel>>(json.Replace("\"iterations\"", "\"iters\"", StringComparison.Ordinal)));
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<FitReport>(json.Replace("\"customers\":2357", "\"customers\":0", StringComparison.Ordinal)));
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<FitReport>("{\"model\":\"BG/NBD\",\"parameters\":[],\"logLikelihood\":-1,\"iterations\":1,\"stopReason\":\"Converged\",\"message\":\"m\",\"gradientNorm\":0,\"customers\":1,\"distinctRows\":1}"));
    }
}
