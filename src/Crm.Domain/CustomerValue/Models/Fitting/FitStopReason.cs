namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>
/// Why a maximum-likelihood fit stopped: only <see cref="Converged"/> is an interior optimum the estimates, standard
/// errors and intervals can be trusted at; every other value says what to do about the fit instead.
/// </summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which no fit reports.</remarks>
public enum FitStopReason
{
    /// <summary>Not set (the <c>default</c>); no fit reports it.</summary>
    Unknown = 0,

    /// <summary>
    /// The scaled gradient met <see cref="FitOptions.GradientTolerance"/> at a point where the Hessian of the
    /// negative log-likelihood is positive definite and no parameter is at the optimiser's bound: a usable optimum.
    /// </summary>
    Converged,

    /// <summary><see cref="FitOptions.MaxIterations"/> were used before the gradient met the tolerance.</summary>
    IterationLimit,

    /// <summary>
    /// The line search found no decrease, or the objective stopped changing, while the gradient was still above the
    /// tolerance (a rough or flat likelihood surface; the estimates may be near, but not at, an optimum).
    /// </summary>
    NoImprovement,

    /// <summary>
    /// The optimiser stopped at a boundary: a parameter ran to its limit (e^±25) or the Hessian is not positive
    /// definite there, so the likelihood does not identify every parameter (the standard errors are missing).
    /// </summary>
    BoundarySolution,

    /// <summary>
    /// The data cannot identify the model whatever the optimiser does: no repeat buyers, every age zero, a single
    /// customer, or every customer with the same summary. <see cref="ModelFit{TModel}.Message"/> says which.
    /// </summary>
    DegenerateData,

    /// <summary>The log-likelihood is not finite at the starting values; the fit returns them unchanged.</summary>
    NotFinite,
}
