using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Crm.Domain.CustomerValue.Summaries;

namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>
/// Everything a maximum-likelihood fit reports besides the model itself: the estimates with standard errors and 95 %
/// intervals, the log-likelihood, AIC and BIC, the iterations, why the fit stopped, and the data it saw (customers,
/// distinct summaries and their period). <see cref="ToString"/> prints it as a table; it serialises through
/// <c>CrmJson</c> (strictly: a report that breaks these rules is a <c>JsonException</c>).
/// </summary>
/// <remarks>
/// AIC = 2k − 2 LL and BIC = k ln n − 2 LL, with k the number of parameters and n the number of customers (the sum of
/// the weights), the conventions of R's <c>AIC</c>/<c>BIC</c> and of CLVTools. Every number is finite. Immutable and
/// thread-safe.
/// </remarks>
[JsonConverter(typeof(FitReportJsonConverter))]
public sealed class FitReport
{
    internal FitReport(string model, ImmutableArray<ParameterEstimate> parameters, double logLikelihood, int iterations, FitStopReason stopReason, string message, double gradientNorm, double customers, int distinctRows, SummaryPeriod? period)
    {
        Model = model;
        Parameters = parameters;
        LogLikelihood = logLikelihood;
        Iterations = iterations;
        StopReason = stopReason;
        Message = message;
        GradientNorm = gradientNorm;
        Customers = customers;
        DistinctRows = distinctRows;
        Period = period;
    }

    /// <summary>The model's name, e.g. <c>BG/NBD</c>, <c>Pareto/NBD</c>, <c>MBG/NBD</c>, <c>Gamma-Gamma</c>.</summary>
    public string Model { get; }

    /// <summary>The estimates with their standard errors and 95 % intervals, in the model's parameter order.</summary>
    public ImmutableArray<ParameterEstimate> Parameters { get; }

    /// <summary>The (weighted, unpenalised) log-likelihood of the data at the estimates.</summary>
    public double LogLikelihood { get; }

    /// <summary>Akaike's information criterion, 2k − 2 LL (smaller is better between models of the same data).</summary>
    public double Aic => (2d * Parameters.Length) - (2d * LogLikelihood);

    /// <summary>The Bayesian information criterion, k ln n − 2 LL, n the number of customers.</summary>
    public double Bic => (Parameters.Length * Math.Log(Customers)) - (2d * LogLikelihood);

    /// <summary>Quasi-Newton iterations used (≥ 0).</summary>
    public int Iterations { get; }

    /// <summary>Why the fit stopped; only <see cref="FitStopReason.Converged"/> is a usable interior optimum.</summary>
    public FitStopReason StopReason { get; }

    /// <summary>Whether <see cref="StopReason"/> is <see cref="FitStopReason.Converged"/>.</summary>
    public bool Converged => StopReason == FitStopReason.Converged;

    /// <summary>A one-line, human-readable account of how the fit ended (the detail behind <see cref="StopReason"/>).</summary>
    public string Message { get; }

    /// <summary>Norm of the gradient of the penalised mean negative log-likelihood in log-parameter space at the end (≥ 0).</summary>
    public double GradientNorm { get; }

    /// <summary>The number of customers fitted (the sum of the weights, &gt; 0).</summary>
    public double Customers { get; }

    /// <summary>
    /// The number of summary rows the likelihood was evaluated on (≥ 1): the distinct summaries, with identical ones merged;
    /// for a BG/NBD fit of 16,384 customers or more whose sample shows merging would not halve the rows (continuous
    /// recency and age), every customer with a positive weight.
    /// </summary>
    public int DistinctRows { get; }

    /// <summary>
    /// The time unit of the summaries the model was fitted on, when it was fitted on <see cref="CustomerSummaries{TCustomer}"/>
    /// (which carry it); <c>null</c> when fitted on bare <see cref="CustomerSummary"/> spans, whose period only the caller knows.
    /// </summary>
    public SummaryPeriod? Period { get; }

    /// <summary>The report as a fixed-width table (invariant culture): one row per parameter, then LL, AIC, BIC and the stop reason.</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"{Model} fit: {Message}").AppendLine();
        text.Append(c, $"customers {Customers:0.###} ({DistinctRows} distinct summaries), period {(Period is { } p ? p.ToString() : "not recorded")}").AppendLine();
        text.Append(c, $"{"parameter",-10}{"estimate",14}{"SE",12}   95 % interval").AppendLine();
        foreach (var e in Parameters)
        {
            string se = e.StandardError is { } s ? s.ToString("G4", c) : "n/a";
            string interval = e.Lower95 is { } lo && e.Upper95 is { } hi ? string.Create(c, $"[{lo:G5}, {hi:G5}]") : "n/a";
            text.Append(c, $"{e.Name,-10}{e.Value,14:G7}{se,12}   {interval}").AppendLine();
        }

        text.Append(c, $"log-likelihood {LogLikelihood:0.###}, AIC {Aic:0.###}, BIC {Bic:0.###}").AppendLine();
        text.Append(c, $"iterations {Iterations}, stop reason {StopReason}, gradient norm {GradientNorm:G3}");
        return text.ToString();
    }

    /// <summary>The same report with the period of the summaries it was fitted on.</summary>
    internal FitReport WithPeriod(SummaryPeriod period) =>
        new(Model, Parameters, LogLikelihood, Iterations, StopReason, Message, GradientNorm, Customers, DistinctRows, period);
}
