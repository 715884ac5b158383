using MathNet.Numerics;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// The MBG/NBD quantities by brute-force numerical integration of the individual-level model over the mixing
/// distributions λ ~ Gamma(r, α) and p ~ Beta(a, b): an independent route to the closed forms the model uses.
/// Individual level (Batislam et al. 2007): the customer drops out with probability p at time 0 and after each purchase,
/// so L(x, t_x, T | λ, p) = (1−p)^(x+1) λ^x e^(−λT) + p (1−p)^x λ^x e^(−λ t_x), and a customer alive at T buys
/// (1 − e^(−λpt))/p times in the next t periods. Double-exponential (tanh-sinh) quadrature, which copes with the
/// algebraic end-point behaviour of the Gamma and Beta densities.
/// </summary>
public sealed class MbgNbdByIntegration(double r, double alpha, double a, double b)
{
    private const double Tolerance = 1e-13;

    /// <summary>ln L(x, t_x, T) integrated over λ and p.</summary>
    public double LogLikelihood(int x, double tx, double age) =>
        Math.Log((OverP(p => Math.Pow(1 - p, x + 1)) * OverLambda(l => Math.Pow(l, x) * Math.Exp(-l * age)))
            + (OverP(p => p * Math.Pow(1 - p, x)) * OverLambda(l => Math.Pow(l, x) * Math.Exp(-l * tx))));

    /// <summary>P(alive | x, t_x, T) as the share of the likelihood from customers still active at T.</summary>
    public double ProbabilityAlive(int x, double tx, double age) =>
        OverP(p => Math.Pow(1 - p, x + 1)) * OverLambda(l => Math.Pow(l, x) * Math.Exp(-l * age)) / Math.Exp(LogLikelihood(x, tx, age));

    /// <summary>E[Y(t) | x, t_x, T] = E[(1 − e^(−λpt))/p ; alive at T] / L, a two-dimensional integral.</summary>
    public double ExpectedTransactions(int x, double tx, double age, double t) =>
        OverLambda(l => Math.Pow(l, x) * Math.Exp(-l * age) * OverP(p => Math.Pow(1 - p, x + 1) * Bought(l, p, t)))
        / Math.Exp(LogLikelihood(x, tx, age));

    /// <summary>E[X(t)] for a new customer: E[(1−p)(1 − e^(−λpt))/p] (active after the first purchase with probability 1 − p).</summary>
    public double ExpectedTransactionsNewCustomer(double t) => OverLambda(l => OverP(p => (1 - p) * Bought(l, p, t)));

    /// <summary>
    /// P(X(t) = n) for a new customer: (1−p)^(n+1) Poisson(n; λt) (still active at t) plus p (1−p)^n P(Poisson(λt) ≥ n)
    /// (dropped out right after the n-th purchase, or at time 0 when n = 0).
    /// </summary>
    public double ProbabilityOfTransactions(int n, double t)
    {
        double Poisson(double l, int j) => Math.Exp((j * Math.Log(l * t)) - (l * t) - SpecialFunctions.GammaLn(j + 1));
        double AtLeastN(double l) => 1 - Enumerable.Range(0, n).Sum(j => Poisson(l, j));
        return (OverP(p => Math.Pow(1 - p, n + 1)) * OverLambda(l => Poisson(l, n)))
            + (OverP(p => p * Math.Pow(1 - p, n)) * OverLambda(AtLeastN));
    }

    private static double Bought(double lambda, double p, double t) =>
        lambda * p * t < 1e-6 ? lambda * t * (1 - (lambda * p * t / 2)) : (1 - Math.Exp(-lambda * p * t)) / p;

    private double OverP(Func<double, double> f)
    {
        double logBeta = SpecialFunctions.BetaLn(a, b);
        return Integrate.DoubleExponential(p => p <= 0 || p >= 1 ? 0 : f(p) * Math.Exp(((a - 1) * Math.Log(p)) + ((b - 1) * Math.Log(1 - p)) - logBeta), 0, 1, Tolerance);
    }

    private double OverLambda(Func<double, double> f)
    {
        // λ = α'·s/(1−s) maps [0, 1) onto [0, ∞), with the scale α' = r/α (the prior mean) putting the mass mid-interval.
        double scale = r / alpha;
        double logNorm = (r * Math.Log(alpha)) - SpecialFunctions.GammaLn(r);
        double Integrand(double s)
        {
            if (s <= 0 || s >= 1)
            {
                return 0;
            }

            double l = scale * s / (1 - s);
            double jacobian = scale / ((1 - s) * (1 - s));
            return f(l) * Math.Exp(logNorm + ((r - 1) * Math.Log(l)) - (alpha * l)) * jacobian;
        }

        return Integrate.DoubleExponential(Integrand, 0, 1, Tolerance);
    }
}
