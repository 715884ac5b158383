using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Benchmarks.CustomerValue.Models;

/// <summary>
/// The Pareto/NBD P(alive) and conditional expectation of Fader &amp; Hardie's 2005 note (eq. 18, 22, 24) transcribed
/// directly: Math.Pow, the untransformed 2F1 series, no log space (overflows for large x; fine on CDNOW-like data).
/// </summary>
internal static class NaiveParetoNbd
{
    public static double ProbabilityAlive(ParetoNbdModel m, CustomerSummary c)
    {
        double r = m.R, alpha = m.Alpha, s = m.S, beta = m.Beta;
        int x = c.Frequency;
        double tx = c.Recency, age = c.Age, a = r + s + x;
        double a0 = alpha >= beta
            ? (Hyp2F1(a, s + 1d, a + 1d, (alpha - beta) / (alpha + tx)) / Math.Pow(alpha + tx, a)) - (Hyp2F1(a, s + 1d, a + 1d, (alpha - beta) / (alpha + age)) / Math.Pow(alpha + age, a))
            : (Hyp2F1(a, r + x, a + 1d, (beta - alpha) / (beta + tx)) / Math.Pow(beta + tx, a)) - (Hyp2F1(a, r + x, a + 1d, (beta - alpha) / (beta + age)) / Math.Pow(beta + age, a));
        return 1d / (1d + (s / a * Math.Pow(alpha + age, r + x) * Math.Pow(beta + age, s) * a0));
    }

    public static double Expected(ParetoNbdModel m, CustomerSummary c, double t)
    {
        double r = m.R, alpha = m.Alpha, s = m.S, beta = m.Beta, age = c.Age;
        double lead = (r + c.Frequency) * (beta + age) / ((alpha + age) * (s - 1d));
        return lead * (1d - Math.Pow((beta + age) / (beta + age + t), s - 1d)) * ProbabilityAlive(m, c);
    }

    private static double Hyp2F1(double a, double b, double c, double z) => NaiveBgNbd.Hyp2F1(a, b, c, z);
}
