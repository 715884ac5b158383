using System.Globalization;
using System.Text;

namespace Crm.Samples.Shared;

/// <summary>How the samples word things: enum names as words, plurals, p-values and intervals in one format each.</summary>
public static class Words
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary><c>TestAgain</c> → "Test again", <c>MostValuable</c> → "Most valuable", <c>SlaMet</c> → "Sla met".</summary>
    public static string Humanize<T>(T value)
        where T : struct, Enum => Humanize(value.ToString());

    /// <summary>Splits a PascalCase identifier into words, keeping the first capital ("AtRisk" → "At risk").</summary>
    public static string Humanize(string identifier)
    {
        var sb = new StringBuilder(identifier.Length + 8);
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            var upper = char.IsUpper(c);
            var prevUpper = i > 0 && char.IsUpper(identifier[i - 1]);
            var nextUpper = i + 1 < identifier.Length && char.IsUpper(identifier[i + 1]);
            var nextLower = i + 1 < identifier.Length && char.IsLower(identifier[i + 1]);
            var boundary = i > 0 && upper && (!prevUpper || nextLower);
            if (boundary)
            {
                sb.Append(' ');
            }

            // Acronyms ("NPS", "CSAT") keep their capitals; other words continue in lower case.
            var acronym = upper && (nextUpper || (prevUpper && !boundary));
            sb.Append(i == 0 || acronym ? c : char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>"1 contact point", "3 contact points" (grouped thousands: "12,000 customers").</summary>
    public static string Count(long count, string singular, string? plural = null) =>
        string.Create(Inv, $"{count:N0} {(count == 1 ? singular : plural ?? singular + "s")}");

    /// <summary>A p-value to four decimals, or "&lt; 0.0001" below that (never "0.0000").</summary>
    public static string PValue(double p) => p < 0.0001 ? "< 0.0001" : p.ToString("0.0000", Inv);

    /// <summary>The one interval format of the samples: <c>[lower, upper]</c> with the given number format.</summary>
    public static string Interval(double lower, double upper, string format = "0.0%") =>
        string.Create(Inv, $"[{lower.ToString(format, Inv)}, {upper.ToString(format, Inv)}]");

    /// <summary>A small or large number readably: fixed for 0.001 to 10^6, else "1.6 × 10^-9".</summary>
    public static string Scientific(double value)
    {
        if (value == 0 || (Math.Abs(value) >= 0.001 && Math.Abs(value) < 1e6))
        {
            return value.ToString("0.###", Inv);
        }

        var exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var mantissa = value / Math.Pow(10, exponent);
        return string.Create(Inv, $"{mantissa:0.#} × 10^{exponent}");
    }
}
