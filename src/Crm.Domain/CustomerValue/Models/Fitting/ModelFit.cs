using System.Collections.Immutable;

namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>
/// The outcome of a maximum-likelihood fit: the fitted model and the diagnostics a data scientist checks before
/// trusting it. A fit that did not converge is still returned (with the last point reached), and says so.
/// </summary>
/// <typeparam name="TModel">The fitted model type (e.g. <see cref="BgNbd.BgNbdModel"/>).</typeparam>
/// <remarks>Immutable and thread-safe. Every number is finite.</remarks>
public sealed class ModelFit<TModel>
    where TModel : struct
{
    internal ModelFit(TModel model, bool converged, int iterations, double logLikelihood, double gradientNorm, ImmutableArray<ParameterEstimate> parameters, double customers, int distinctRows, string message)
    {
        Model = model;
        Converged = converged;
        Iterations = iterations;
        LogLikelihood = logLikelihood;
        GradientNorm = gradientNorm;
        Parameters = parameters;
        Customers = customers;
        DistinctRows = distinctRows;
        Message = message;
    }

    /// <summary>The fitted model (the last point reached when <see cref="Converged"/> is false).</summary>
    public TModel Model { get; }

    /// <summary>Whether the optimiser met its gradient tolerance.</summary>
    public bool Converged { get; }

    /// <summary>Quasi-Newton iterations used.</summary>
    public int Iterations { get; }

    /// <summary>The (weighted, unpenalised) log-likelihood of the data at <see cref="Model"/>.</summary>
    public double LogLikelihood { get; }

    /// <summary>Norm of the gradient of the penalised mean negative log-likelihood in log-parameter space at the end.</summary>
    public double GradientNorm { get; }

    /// <summary>The estimates with their standard errors, in the model's parameter order.</summary>
    public ImmutableArray<ParameterEstimate> Parameters { get; }

    /// <summary>The number of customers fitted (the sum of the weights).</summary>
    public double Customers { get; }

    /// <summary>The number of distinct summaries the likelihood was evaluated on (the cost driver).</summary>
    public int DistinctRows { get; }

    /// <summary>A one-line, human-readable account of how the fit ended.</summary>
    public string Message { get; }
}
