using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.CustomerValue.Models.Fitting;
using MathNet.Numerics;

namespace Crm.Domain.CustomerValue.Models.GammaGamma;

/// <summary>
/// The Gamma-Gamma log-likelihood of the average spend m̄ of x transactions (Fader &amp; Hardie, "The Gamma-Gamma Model
/// of Monetary Value", 2013, eq. 5): ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m̄ + px ln x − (px+q) ln(γ + x m̄),
/// with its analytic gradient in (p, q, γ). Rows are distinct (x, m̄) pairs with summed weights.
/// </summary>
internal sealed class GammaGammaLikelihood : IRowRangeLikelihood
{
    private readonly int[] x;
    private readonly double[] spend;
    private readonly double[] weight;

    private GammaGammaLikelihood(int[] x, double[] spend, double[] weight, double totalWeight)
    {
        this.x = x;
        this.spend = spend;
        this.weight = weight;
        TotalWeight = totalWeight;
    }

    public int Dimension => 3;

    public double TotalWeight { get; }

    public int Count => x.Length;

    public double MeanSpend { get; private init; }

    /// <summary>The largest average spend a fit takes: <see cref="decimal.MaxValue"/> (about 7.9e28), the largest amount
    /// <see cref="Primitives.Money"/> holds; beyond it the weighted spend sums of the start values pass the range of a double.</summary>
    public const double MaxSpend = (double)decimal.MaxValue;

    /// <summary>Keeps the customers with x &gt; 0 (the model describes repeat spend), validating their spend.</summary>

    public static GammaGammaLikelihood Create(ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> weights)
    {
        if (!weights.IsEmpty && weights.Length != customers.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"weights must be empty or have one entry per customer ({customers.Length}); it had {weights.Length}."), nameof(weights));
        }

        var rows = new Dictionary<(int, double), double>();
        double total = 0d;
        for (int i = 0; i < customers.Length; i++)
        {
            var c = customers[i];
            double w = weights.IsEmpty ? 1d : weights[i];
            if (!double.IsFinite(w) || w < 0d)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), w, string.Create(CultureInfo.InvariantCulture, $"weights[{i}] must be a finite number >= 0; it was {w}."));
            }

            if (c.Frequency == 0 || w == 0d)
            {
                continue;
            }

            if (c.MonetaryValue <= 0d)
            {
                throw new ArgumentOutOfRangeException(nameof(customers), c.MonetaryValue, string.Create(CultureInfo.InvariantCulture, $"customers[{i}].MonetaryValue (m_x) must be > 0 for a customer with repeat transactions (x = {c.Frequency}); it was {c.MonetaryValue}."));
            }

            if (c.MonetaryValue > MaxSpend)
            {
                throw new ArgumentOutOfRangeException(nameof(customers), c.MonetaryValue, string.Create(CultureInfo.InvariantCulture, $"customers[{i}].MonetaryValue (m_x) must be at most {MaxSpend:G3} (the largest amount Money holds) to fit spend; it was {c.MonetaryValue}."));
            }

            var key = (c.Frequency, c.MonetaryValue);
            rows[key] = rows.GetValueOrDefault(key) + w;
            total = Guard.Against.WeightTotalPlus(total, w, nameof(weights));
        }

        if (total <= 0d)
        {
            throw new ArgumentException("customers must contain at least one summary with frequency (x) > 0 and weight > 0 to fit spend.", nameof(customers));
        }

        var ordered = rows.OrderBy(r => r.Key.Item1).ThenBy(r => r.Key.Item2).ToArray();

        // The start value comes from the compressed rows, so weighted and expanded data start (and end) identically.
        double spendSum = 0d;
        foreach (var row in ordered)
        {
            spendSum += row.Value * row.Key.Item2;
        }

        return new GammaGammaLikelihood(
            ordered.Select(r => r.Key.Item1).ToArray(),
            ordered.Select(r => r.Key.Item2).ToArray(),
            ordered.Select(r => r.Value).ToArray(),
            total)
        {
            MeanSpend = spendSum / total,
        };
    }

    /// <summary>ln f(m̄ | x) for one customer.</summary>
    public static double Single(double p, double q, double gamma, int x, double m) =>
        SpecialFunctions.GammaLn((p * x) + q) - SpecialFunctions.GammaLn(p * x) - SpecialFunctions.GammaLn(q) + (q * Math.Log(gamma))
        + (((p * x) - 1d) * Math.Log(m)) + (p * x * Math.Log(x)) - (((p * x) + q) * Math.Log(gamma + (x * m)));

    public int Rows => x.Length;

    public double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient) => Evaluate(parameters, 0, x.Length, gradient);

    public double Evaluate(ReadOnlySpan<double> parameters, int start, int end, Span<double> gradient)
    {
        double p = parameters[0], q = parameters[1], gamma = parameters[2];
        double lnGammaQ = SpecialFunctions.GammaLn(q), psiQ = SpecialFunctions.DiGamma(q), lnG = Math.Log(gamma);
        double total = 0d, gp = 0d, gq = 0d, gg = 0d;
        for (int i = start; i < end; i++)
        {
            int xi = x[i];
            double m = spend[i], w = weight[i], px = p * xi;
            double lnM = Math.Log(m), lnX = Math.Log(xi), lnDen = Math.Log(gamma + (xi * m));
            double psiSum = SpecialFunctions.DiGamma(px + q);
            total += w * (SpecialFunctions.GammaLn(px + q) - SpecialFunctions.GammaLn(px) - lnGammaQ + (q * lnG) + ((px - 1d) * lnM) + (px * lnX) - ((px + q) * lnDen));
            gp += w * xi * (psiSum - SpecialFunctions.DiGamma(px) + lnM + lnX - lnDen);
            gq += w * (psiSum - psiQ + lnG - lnDen);
            gg += w * ((q / gamma) - ((px + q) / (gamma + (xi * m))));
        }

        gradient[0] = gp;
        gradient[1] = gq;
        gradient[2] = gg;
        return total;
    }
}
