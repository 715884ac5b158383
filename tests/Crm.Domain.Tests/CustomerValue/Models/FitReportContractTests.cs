using System.Collections.Immutable;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Serialization;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 13, item 6: the fit report, its estimates and the fit result member by member on hand-made reports (no fit
/// needed): intervals, AIC/BIC, the printed table, the exact JSON and every reading rule at both sides of its bound.
/// </summary>
public class FitReportContractTests
{
    private const double Z975 = 1.959963984540054;

    private static FitReport Report(FitStopReason reason = FitStopReason.Converged, SummaryPeriod? period = SummaryPeriod.Week) => new(
        "BG/NBD",
        [new ParameterEstimate("r", 2d, 0.5), new ParameterEstimate("alpha", 4d, null)],
        -100.25,
        7,
        reason,
        "converged after 7 iterations",
        0.125,
        1234.5678,
        17,
        period);

    private static ModelFit<TModel> Fit<TModel>(TModel model, string notation, FitStopReason reason = FitStopReason.Converged)
        where TModel : struct => new(
        model,
        new FitReport(
            notation,
            [new ParameterEstimate("r", 0.5, 0.01), new ParameterEstimate("alpha", 2d, 0.1), new ParameterEstimate("a", 0.25, null), new ParameterEstimate("b", 3d, 0.2)],
            -50d,
            12,
            reason,
            "m",
            0.5,
            100d,
            40,
            null));

    [Fact]
    public void An_estimate_has_the_log_scale_wald_interval_and_prints_its_standard_error()
    {
        var e = new ParameterEstimate("r", 2d, 0.5);
        Assert.Equal("r", e.Name);
        Assert.Equal(2d, e.Value);
        Assert.Equal(0.5, e.StandardError);
        Assert.Equal(2d * Math.Exp(-Z975 * 0.25), e.Lower95!.Value, 14);
        Assert.Equal(2d * Math.Exp(Z975 * 0.25), e.Upper95!.Value, 14);
        Assert.Equal(1.2252638204291784, e.Lower95.Value, 12);
        Assert.Equal(3.2646030457333692, e.Upper95.Value, 12);
        Assert.Equal("r = 2 (SE 0.5)", e.ToString());
        Assert.Equal("alpha = 0.2425917 (SE 0.01235)", new ParameterEstimate("alpha", 0.242591712345, 0.0123456).ToString());

        var bare = new ParameterEstimate("b", 3d, null);
        Assert.Null(bare.Lower95);
        Assert.Null(bare.Upper95);
        Assert.Equal("b = 3 (SE n/a)", bare.ToString());

        // An interval whose upper end overflows has none; the lower end is then 0, still a number.
        var wide = new ParameterEstimate("a", 1d, 1000d);
        Assert.Null(wide.Upper95);
        Assert.Equal(0d, wide.Lower95);

        // default: no name, value 0, no interval even with a standard error.
        Assert.Null(default(ParameterEstimate).Lower95);
        Assert.Null(new ParameterEstimate("x", 0d, 1d).Lower95);
        Assert.Null(new ParameterEstimate("x", 0d, 1d).Upper95);
    }

    [Fact]
    public void Aic_and_bic_follow_the_textbook_formulas()
    {
        var report = Report();
        Assert.Equal(204.5, report.Aic, 12); // 2k − 2 LL with k = 2
        Assert.Equal((2d * Math.Log(1234.5678)) + 200.5, report.Bic, 12);
        Assert.Equal(214.73695245659556, report.Bic, 10);
        Assert.True(report.Converged);
        foreach (var reason in new[] { FitStopReason.IterationLimit, FitStopReason.NoImprovement, FitStopReason.BoundarySolution, FitStopReason.DegenerateData, FitStopReason.NotFinite, FitStopReason.Unknown })
        {
            Assert.False(Report(reason).Converged);
        }
    }

    [Fact]
    public void The_report_prints_as_a_fixed_width_table()
    {
        var expected = string.Join(
            Environment.NewLine,
            "BG/NBD fit: converged after 7 iterations",
            "customers 1234.568 (17 distinct summaries), period Week",
            "parameter       estimate          SE   95 % interval",
            "r" + new string(' ', 22) + "2" + new string(' ', 9) + "0.5   [1.2253, 3.2646]",
            "alpha" + new string(' ', 18) + "4" + new string(' ', 9) + "n/a   n/a",
            "log-likelihood -100.25, AIC 204.5, BIC 214.737",
            "iterations 7, stop reason Converged, gradient norm 0.125");
        Assert.Equal(expected, Report().ToString());
        Assert.Contains("period not recorded", Report(period: null).ToString(), StringComparison.Ordinal);
        Assert.Contains("stop reason BoundarySolution", Report(FitStopReason.BoundarySolution).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_writes_every_member_and_reads_back()
    {
        const string json = "{\"model\":\"BG/NBD\",\"parameters\":[{\"name\":\"r\",\"value\":2,\"standardError\":0.5},{\"name\":\"alpha\",\"value\":4}],"
            + "\"logLikelihood\":-100.25,\"iterations\":7,\"stopReason\":\"Converged\",\"message\":\"converged after 7 iterations\","
            + "\"gradientNorm\":0.125,\"customers\":1234.5678,\"distinctRows\":17,\"period\":\"Week\"}";
        Assert.Equal(json, CrmJson.Serialize(Report()));
        Assert.DoesNotContain("period", CrmJson.Serialize(Report(period: null)), StringComparison.Ordinal);

        var read = CrmJson.Deserialize<FitReport>(json);
        Assert.Equal("BG/NBD", read.Model);
        Assert.Equal(-100.25, read.LogLikelihood);
        Assert.Equal(7, read.Iterations);
        Assert.Equal(FitStopReason.Converged, read.StopReason);
        Assert.Equal("converged after 7 iterations", read.Message);
        Assert.Equal(0.125, read.GradientNorm);
        Assert.Equal(1234.5678, read.Customers);
        Assert.Equal(17, read.DistinctRows);
        Assert.Equal(SummaryPeriod.Week, read.Period);
        Assert.Equal(2, read.Parameters.Length);
        Assert.Equal("alpha", read.Parameters[1].Name);
        Assert.Equal(4d, read.Parameters[1].Value);
        Assert.Null(read.Parameters[1].StandardError);
        Assert.Equal(0.5, read.Parameters[0].StandardError);
        Assert.Null(CrmJson.Deserialize<FitReport>(json.Replace(",\"period\":\"Week\"", string.Empty, StringComparison.Ordinal)).Period);
        Assert.Equal(FitStopReason.NoImprovement, CrmJson.Deserialize<FitReport>(json.Replace("\"Converged\"", "\"NoImprovement\"", StringComparison.Ordinal)).StopReason);
    }

    [Theory]
    [InlineData("\"model\":\"BG/NBD\"", "\"model\":\" \"")]
    [InlineData("\"model\":\"BG/NBD\"", "\"model\":\"MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM\"")] // 65 characters
    [InlineData("\"logLikelihood\":-100.25", "\"logLikelihood\":-1.0000001e300")]
    [InlineData("\"logLikelihood\":-100.25", "\"logLikelihood\":1.0000001e300")]
    [InlineData("\"iterations\":7", "\"iterations\":-1")]
    [InlineData("\"stopReason\":\"Converged\"", "\"stopReason\":\"Unknown\"")]
    [InlineData("\"gradientNorm\":0.125", "\"gradientNorm\":-1e-300")]
    [InlineData("\"customers\":1234.5678", "\"customers\":0")]
    [InlineData("\"distinctRows\":17", "\"distinctRows\":0")]
    [InlineData("{\"name\":\"r\"", "{\"name\":\"\"")]
    [InlineData("{\"name\":\"r\"", "{\"name\":\"rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr\"")] // 65 characters
    [InlineData("\"value\":2,", "\"value\":0,")]
    [InlineData("\"standardError\":0.5", "\"standardError\":0")]
    [InlineData("\"parameters\":[{\"name\":\"r\",\"value\":2,\"standardError\":0.5},{\"name\":\"alpha\",\"value\":4}]", "\"parameters\":[]")]
    [InlineData("\"parameters\":[", "\"parameters\":{\"x\":[")]
    public void A_report_that_breaks_a_rule_is_a_json_error(string member, string broken)
    {
        var json = CrmJson.Serialize(Report());
        Assert.Contains(member, json, StringComparison.Ordinal);
        JsonAssert.Invalid<FitReport>(json.Replace(member, broken, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"model\":\"BG/NBD\"", "\"model\":\"MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM\"")] // 64 characters
    [InlineData("{\"name\":\"r\"", "{\"name\":\"rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr\"")] // 64 characters
    [InlineData("\"logLikelihood\":-100.25", "\"logLikelihood\":-1e300")]
    [InlineData("\"logLikelihood\":-100.25", "\"logLikelihood\":1e300")]
    [InlineData("\"iterations\":7", "\"iterations\":0")]
    [InlineData("\"gradientNorm\":0.125", "\"gradientNorm\":0")]
    [InlineData("\"customers\":1234.5678", "\"customers\":1e-300")]
    [InlineData("\"distinctRows\":17", "\"distinctRows\":1")]
    [InlineData("\"value\":2,", "\"value\":1e-300,")]
    [InlineData("\"standardError\":0.5", "\"standardError\":1e-300")]
    public void A_report_at_the_edge_of_each_rule_reads(string member, string edge)
    {
        var json = CrmJson.Serialize(Report());
        var read = CrmJson.Deserialize<FitReport>(json.Replace(member, edge, StringComparison.Ordinal));
        Assert.Equal(2, read.Parameters.Length);
    }

    [Fact]
    public void The_message_may_be_4096_characters_but_not_more()
    {
        var json = CrmJson.Serialize(Report());
        var message = "\"message\":\"converged after 7 iterations\"";
        Assert.Equal(4096, CrmJson.Deserialize<FitReport>(json.Replace(message, "\"message\":\"" + new string('m', 4096) + "\"", StringComparison.Ordinal)).Message.Length);
        JsonAssert.Invalid<FitReport>(json.Replace(message, "\"message\":\"" + new string('m', 4097) + "\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_model_fit_forwards_its_report_and_prints_the_model_first()
    {
        var model = BgNbdModel.Create(0.5, 2d, 0.25, 3d);
        var fit = Fit(model, "BG/NBD", FitStopReason.IterationLimit);
        Assert.Equal(model.R, fit.Model.R);
        Assert.Equal(FitStopReason.IterationLimit, fit.StopReason);
        Assert.False(fit.Converged);
        Assert.True(Fit(model, "BG/NBD").Converged);
        Assert.Equal(12, fit.Iterations);
        Assert.Equal(-50d, fit.LogLikelihood);
        Assert.Equal(0.5, fit.GradientNorm);
        Assert.Equal(4, fit.Parameters.Length);
        Assert.Equal(100d, fit.Customers);
        Assert.Equal(40, fit.DistinctRows);
        Assert.Null(fit.Period);
        Assert.Equal("m", fit.Message);
        Assert.Equal("BG/NBD(r=0.5, alpha=2, a=0.25, b=3)" + Environment.NewLine + fit.Report.ToString(), fit.ToString());
        var weekly = fit.WithPeriod(SummaryPeriod.Month);
        Assert.Equal(SummaryPeriod.Month, weekly.Period);
        Assert.Equal(SummaryPeriod.Month, weekly.Report.Period);
        Assert.Equal(fit.Report.Message, weekly.Report.Message);
        Assert.Equal(fit.Report.Iterations, weekly.Report.Iterations);
        Assert.Equal(fit.Report.Customers, weekly.Report.Customers);
        Assert.Equal(fit.Report.DistinctRows, weekly.Report.DistinctRows);
        Assert.Equal(fit.Report.GradientNorm, weekly.Report.GradientNorm);
        Assert.Equal(fit.Report.LogLikelihood, weekly.Report.LogLikelihood);
        Assert.Equal(fit.Report.StopReason, weekly.Report.StopReason);
        Assert.Equal(fit.Report.Model, weekly.Report.Model);
    }

    [Fact]
    public void A_model_fit_reads_back_as_its_own_model_only()
    {
        var json = CrmJson.Serialize(Fit(BgNbdModel.Create(0.5, 2d, 0.25, 3d), "BG/NBD"));
        var bg = CrmJson.Deserialize<ModelFit<BgNbdModel>>(json);
        Assert.Equal((0.5, 2d, 0.25, 3d), (bg.Model.R, bg.Model.Alpha, bg.Model.A, bg.Model.B));

        // The MBG/NBD has the same parameter names: only the model's name tells them apart.
        var mbgJson = CrmJson.Serialize(Fit(MbgNbdModel.Create(0.5, 2d, 0.25, 3d), "MBG/NBD"));
        var mbg = CrmJson.Deserialize<ModelFit<MbgNbdModel>>(mbgJson);
        Assert.Equal(3d, mbg.Model.B);
        var error = JsonAssert.Invalid<ModelFit<BgNbdModel>>(mbgJson);
        Assert.Contains("MBG/NBD(r, alpha, a, b)", error.Message, StringComparison.Ordinal);
        Assert.Contains("a BG/NBD fit has the parameters r, alpha, a, b", error.Message, StringComparison.Ordinal);
        JsonAssert.Invalid<ModelFit<MbgNbdModel>>(json);
        JsonAssert.Invalid<ModelFit<ParetoNbdModel>>(json.Replace("BG/NBD", "Pareto/NBD", StringComparison.Ordinal));
        JsonAssert.Invalid<ModelFit<GammaGammaModel>>(json.Replace("BG/NBD", "Gamma-Gamma", StringComparison.Ordinal));

        // The right name with the wrong names (or order) of parameters is refused too.
        JsonAssert.Invalid<ModelFit<BgNbdModel>>(json.Replace("\"name\":\"a\"", "\"name\":\"s\"", StringComparison.Ordinal));
        var pareto = json.Replace("BG/NBD", "Pareto/NBD", StringComparison.Ordinal).Replace("\"name\":\"a\"", "\"name\":\"s\"", StringComparison.Ordinal).Replace("\"name\":\"b\"", "\"name\":\"beta\"", StringComparison.Ordinal);
        Assert.Equal(3d, CrmJson.Deserialize<ModelFit<ParetoNbdModel>>(pareto).Model.Beta);

        var gg = new ModelFit<GammaGammaModel>(
            GammaGammaModel.Create(6.25, 3.74, 15.44),
            new FitReport("Gamma-Gamma", [new ParameterEstimate("p", 6.25, 1d), new ParameterEstimate("q", 3.74, 1d), new ParameterEstimate("gamma", 15.44, 2d)], -10d, 3, FitStopReason.Converged, "m", 0d, 5d, 5, null));
        var ggJson = CrmJson.Serialize(gg);
        var ggRead = CrmJson.Deserialize<ModelFit<GammaGammaModel>>(ggJson);
        Assert.Equal((6.25, 3.74, 15.44), (ggRead.Model.P, ggRead.Model.Q, ggRead.Model.Gamma));
        JsonAssert.Invalid<ModelFit<BgNbdModel>>(ggJson);
        Assert.Equal(ggJson, CrmJson.Serialize(ggRead));
    }

    [Fact]
    public void Fit_options_keep_their_settings_and_refuse_the_values_outside_them()
    {
        var d = FitOptions.Default;
        Assert.Equal((0d, 500, 1e-8, 1), (d.L2Penalty, d.MaxIterations, d.GradientTolerance, d.MaxDegreeOfParallelism));
        var o = FitOptions.Create(0.25, 7, 1e-6);
        Assert.Equal((0.25, 7, 1e-6, 1), (o.L2Penalty, o.MaxIterations, o.GradientTolerance, o.MaxDegreeOfParallelism));
        var two = o.WithMaxDegreeOfParallelism(2);
        Assert.Equal((0.25, 7, 1e-6, 2), (two.L2Penalty, two.MaxIterations, two.GradientTolerance, two.MaxDegreeOfParallelism));
        Assert.Equal(1, o.MaxDegreeOfParallelism);
        Assert.Equal(1, FitOptions.Create(0d, 1, double.Epsilon).MaxIterations);
        Assert.Equal(1, o.WithMaxDegreeOfParallelism(1).MaxDegreeOfParallelism);
        Assert.Throws<ArgumentOutOfRangeException>(() => o.WithMaxDegreeOfParallelism(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FitOptions.Create(-double.Epsilon));
        Assert.Throws<ArgumentOutOfRangeException>(() => FitOptions.Create(0d, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FitOptions.Create(0d, 1, 0d));
        Assert.Throws<ArgumentOutOfRangeException>(() => FitOptions.Create(double.NaN));
    }

    [Fact]
    public void Reports_and_fits_hold_immutable_estimates()
    {
        ImmutableArray<ParameterEstimate> parameters = Report().Parameters;
        Assert.Equal(new[] { "r", "alpha" }, parameters.Select(p => p.Name));
    }
}
