using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Crm.Domain.CustomerValue.Summaries;

namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>
/// The outcome of a maximum-likelihood fit: the fitted model and its <see cref="Report"/>, the diagnostics a data
/// scientist checks before trusting it. A fit that did not converge is still returned (with the last point reached),
/// and <see cref="StopReason"/> says why it stopped.
/// </summary>
/// <typeparam name="TModel">The fitted model type (e.g. <see cref="BgNbd.BgNbdModel"/>).</typeparam>
/// <remarks>
/// Saved and loaded with its report through <c>CrmJson</c> (<c>ModelFit&lt;BgNbdModel&gt;</c>, <c>…ParetoNbdModel</c>,
/// <c>…MbgNbdModel</c>, <c>…GammaGammaModel</c>): the JSON is the report's, and reading rebuilds the model from the
/// report's estimates through the model's validating factory, refusing a report of another model. Immutable and
/// thread-safe. Every number is finite.
/// </remarks>
[JsonConverter(typeof(ModelFitJsonConverterFactory))]
public sealed class ModelFit<TModel>
    where TModel : struct
{
    internal ModelFit(TModel model, FitReport report)
    {
        Model = model;
        Report = report;
    }

    /// <summary>The fitted model (the last point reached when <see cref="Converged"/> is false).</summary>
    public TModel Model { get; }

    /// <summary>The fit's report: estimates with SE and 95 % intervals, LL, AIC, BIC, iterations and stop reason.</summary>
    public FitReport Report { get; }

    /// <summary>Why the fit stopped; only <see cref="FitStopReason.Converged"/> is a usable interior optimum.</summary>
    public FitStopReason StopReason => Report.StopReason;

    /// <summary>Whether the fit reached a usable optimum (<see cref="StopReason"/> is <see cref="FitStopReason.Converged"/>).</summary>
    public bool Converged => Report.Converged;

    /// <summary>Quasi-Newton iterations used.</summary>
    public int Iterations => Report.Iterations;

    /// <summary>The (weighted, unpenalised) log-likelihood of the data at <see cref="Model"/>.</summary>
    public double LogLikelihood => Report.LogLikelihood;

    /// <summary>Norm of the gradient of the penalised mean negative log-likelihood in log-parameter space at the end.</summary>
    public double GradientNorm => Report.GradientNorm;

    /// <summary>The estimates with their standard errors, in the model's parameter order.</summary>
    public ImmutableArray<ParameterEstimate> Parameters => Report.Parameters;

    /// <summary>The number of customers fitted (the sum of the weights).</summary>
    public double Customers => Report.Customers;

    /// <summary>The number of summary rows the likelihood was evaluated on (the cost driver); see <see cref="FitReport.DistinctRows"/>.</summary>
    public int DistinctRows => Report.DistinctRows;

    /// <summary>The time unit of the summaries fitted on, or <c>null</c> when fitted on bare summary spans (see <see cref="FitReport.Period"/>).</summary>
    public SummaryPeriod? Period => Report.Period;

    /// <summary>A one-line, human-readable account of how the fit ended.</summary>
    public string Message => Report.Message;

    /// <summary>The fitted model on one line, then the report's table (see <see cref="FitReport.ToString"/>).</summary>
    public override string ToString() => string.Concat(Model.ToString(), Environment.NewLine, Report.ToString());

    /// <summary>The same fit, recording the period of the summaries it was fitted on.</summary>
    internal ModelFit<TModel> WithPeriod(SummaryPeriod period) => new(Model, Report.WithPeriod(period));
}
