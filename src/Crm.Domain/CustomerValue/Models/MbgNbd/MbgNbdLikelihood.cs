using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.Numerics;
using MathNet.Numerics;

namespace Crm.Domain.CustomerValue.Models.MbgNbd;

/// <summary>
/// The MBG/NBD log-likelihood of Batislam, Denizel &amp; Filiztekin (2007) with its analytic gradient in (r, α, a, b):
/// ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x+1) − ln B(a, b)
///        + ln[(α+T)^−(r+x) + a/(b+x) (α+t_x)^−(r+x)],
/// the last term in log-sum-exp form (for every x, x = 0 included: the customer may have dropped out right after the
/// first purchase). Special functions that depend only on x are computed once per distinct x.
/// </summary>
internal sealed class MbgNbdLikelihood(SummaryTable table) : IRowRangeLikelihood
{
    public int Dimension => 4;

    public double TotalWeight => table.TotalWeight;

    /// <summary>ln L for one customer, with the gradient in (r, α, a, b) when <paramref name="gradient"/> is not empty.</summary>
    public static double Single(double r, double alpha, double a, double b, int x, double tx, double age, Span<double> gradient) =>
        Customer(r, alpha, a, b, x, tx, age, new XTerms(r, a, b, x), gradient);

    public int Rows => table.Count;

    public double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient) => Evaluate(parameters, 0, table.Count, gradient);

    public double Evaluate(ReadOnlySpan<double> parameters, int start, int end, Span<double> gradient)
    {
        double r = parameters[0], alpha = parameters[1], a = parameters[2], b = parameters[3];
        Span<double> row = stackalloc double[4];
        gradient.Clear();
        double total = 0d;
        var terms = new XTerms(r, a, b, table.X[start]);
        for (int i = start; i < end; i++)
        {
            int x = table.X[i];
            if (x != terms.X)
            {
                terms = new XTerms(r, a, b, x);
            }

            double w = table.Weight[i];
            total += w * Customer(r, alpha, a, b, x, table.Recency[i], table.Age[i], terms, row);
            for (int j = 0; j < row.Length; j++)
            {
                gradient[j] += w * row[j];
            }
        }

        return total;
    }

    private static double Customer(double r, double alpha, double a, double b, int x, double tx, double age, in XTerms terms, Span<double> gradient)
    {
        double rx = r + x;
        double logAlpha = Math.Log(alpha);
        double logAge = Math.Log(alpha + age);
        double logRecency = Math.Log(alpha + tx);

        // Still alive at T: (α+T)^−(r+x); dropped right after the last purchase at t_x: a/(b+x) (α+t_x)^−(r+x).
        double alive = -rx * logAge;
        double dropped = Math.Log(a) - Math.Log(b + x) - (rx * logRecency);
        double top = Math.Max(alive, dropped);
        double eAlive = Math.Exp(alive - top), eDropped = Math.Exp(dropped - top);
        double mix = eAlive + eDropped;
        if (!gradient.IsEmpty)
        {
            double wAlive = eAlive / mix, wDropped = eDropped / mix;
            gradient[0] = terms.DigammaShiftR + logAlpha - (wAlive * logAge) - (wDropped * logRecency);
            gradient[1] = (r / alpha) - (rx * ((wAlive / (alpha + age)) + (wDropped / (alpha + tx))));
            gradient[2] = terms.DLogBetaDa + (wDropped / a);
            gradient[3] = terms.DLogBetaDb - (wDropped / (b + x));
        }

        return terms.LogGammaShiftR + (r * logAlpha) + terms.LogBetaShift + top + Math.Log(mix);
    }

    /// <summary>The special functions of one x: ln Γ(r+x)/Γ(r), ln B(a, b+x+1)/B(a, b) and their derivatives.</summary>
    private readonly struct XTerms
    {
        public XTerms(double r, double a, double b, int x)
        {
            X = x;
            double ab = a + b;
            LogGammaShiftR = GammaRatios.LogGamma(r, x);
            DigammaShiftR = GammaRatios.Digamma(r, x);

            // ln B(a, b+x+1) − ln B(a, b) = ln Γ(b+x+1) − ln Γ(b) − ln Γ(a+b+x+1) + ln Γ(a+b)
            LogBetaShift = SpecialFunctions.GammaLn(b + x + 1d) - SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(ab + x + 1d) + SpecialFunctions.GammaLn(ab);
            double psiTotal = SpecialFunctions.DiGamma(ab + x + 1d), psiAb = SpecialFunctions.DiGamma(ab);
            DLogBetaDa = psiAb - psiTotal;
            DLogBetaDb = SpecialFunctions.DiGamma(b + x + 1d) - SpecialFunctions.DiGamma(b) - psiTotal + psiAb;
        }

        public int X { get; }

        public double LogGammaShiftR { get; }

        public double DigammaShiftR { get; }

        public double LogBetaShift { get; }

        public double DLogBetaDa { get; }

        public double DLogBetaDb { get; }
    }
}
