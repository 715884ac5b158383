using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;

namespace Crm.Domain.Benchmarks.CustomerValue.Models;

/// <summary>The BG/NBD formulas of Fader, Hardie &amp; Lee (2005) transcribed directly (no log space, no transformation).</summary>
internal static class NaiveBgNbd
{
    public static double ProbabilityAlive(BgNbdModel m, CustomerSummary c) =>
        c.Frequency == 0 ? 1d : 1d / (1d + (m.A / (m.B + c.Frequency - 1d) * Math.Pow((m.Alpha + c.Age) / (m.Alpha + c.Recency), m.R + c.Frequency)));

    public static double Expected(BgNbdModel m, CustomerSummary c, double t)
    {
        int x = c.Frequency;
        double z = t / (m.Alpha + c.Age + t);
        double f = Hyp2F1(m.R + x, m.B + x, m.A + m.B + x - 1d, z);
        double bracket = 1d - (Math.Pow((m.Alpha + c.Age) / (m.Alpha + c.Age + t), m.R + x) * f);
        double numerator = (m.A + m.B + x - 1d) / (m.A - 1d) * bracket;
        double denominator = 1d + (x > 0 ? m.A / (m.B + x - 1d) * Math.Pow((m.Alpha + c.Age) / (m.Alpha + c.Recency), m.R + x) : 0d);
        return numerator / denominator;
    }

    internal static double Hyp2F1(double a, double b, double c, double z)
    {
        double term = 1d, sum = 1d;
        for (int n = 0; n < 10_000; n++)
        {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (Math.Abs(term) < 1e-15 * Math.Abs(sum))
            {
                break;
            }
        }

        return sum;
    }
}
