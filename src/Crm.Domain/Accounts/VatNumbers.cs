using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Crm.Domain.Accounts;

/// <summary>
/// VAT identification numbers: the per-country structure and, for four countries, the published check digit.
/// </summary>
/// <remarks>
/// <para>Structures: the European Commission's VIES "VAT number validation" FAQ table of member-state formats
/// (country prefix, then the body; Greece uses <c>EL</c>, Northern Ireland <c>XI</c>), and HMRC's GB format (9 or 12
/// digits, GD/HA plus 3 digits for government departments and health authorities).</para>
/// <para>Check digits (the rest are format-only, which the docs of <see cref="CompanyIdentifierKind.Vat"/> say):</para>
/// <list type="bullet">
/// <item>BE: the last two digits are 97 − (the first eight mod 97) (the Belgian enterprise number rule).</item>
/// <item>DE: ISO/IEC 7064 MOD 11,10 over the nine digits (Bundeszentralamt für Steuern; the ISO 7064 hybrid system).</item>
/// <item>FR: the two-digit key is (12 + 3 × (SIREN mod 97)) mod 97, for numeric keys (DGFiP); alphanumeric keys
/// (the newer scheme) are checked for format only.</item>
/// <item>IT: the Luhn algorithm over the eleven digits of the partita IVA (Agenzia delle Entrate).</item>
/// </list>
/// </remarks>
internal static class VatNumbers
{
    private static readonly FrozenDictionary<string, Regex> Formats = new Dictionary<string, Regex>(StringComparer.Ordinal)
    {
        ["AT"] = Body("U[0-9]{8}"),
        ["BE"] = Body("[01][0-9]{9}"),
        ["BG"] = Body("[0-9]{9,10}"),
        ["CY"] = Body("[0-9]{8}[A-Z]"),
        ["CZ"] = Body("[0-9]{8,10}"),
        ["DE"] = Body("[0-9]{9}"),
        ["DK"] = Body("[0-9]{8}"),
        ["EE"] = Body("[0-9]{9}"),
        ["EL"] = Body("[0-9]{9}"),
        ["ES"] = Body("[0-9A-Z][0-9]{7}[0-9A-Z]"),
        ["FI"] = Body("[0-9]{8}"),
        ["FR"] = Body("[0-9A-HJ-NP-Z]{2}[0-9]{9}"),
        ["GB"] = Body("[0-9]{9}|[0-9]{12}|GD[0-9]{3}|HA[0-9]{3}"),
        ["HR"] = Body("[0-9]{11}"),
        ["HU"] = Body("[0-9]{8}"),
        ["IE"] = Body("[0-9][0-9A-Z+*][0-9]{5}[A-W][A-I]?"),
        ["IT"] = Body("[0-9]{11}"),
        ["LT"] = Body("[0-9]{9}|[0-9]{12}"),
        ["LU"] = Body("[0-9]{8}"),
        ["LV"] = Body("[0-9]{11}"),
        ["MT"] = Body("[0-9]{8}"),
        ["NL"] = Body("[0-9]{9}B[0-9]{2}"),
        ["PL"] = Body("[0-9]{10}"),
        ["PT"] = Body("[0-9]{9}"),
        ["RO"] = Body("[0-9]{2,10}"),
        ["SE"] = Body("[0-9]{10}01"),
        ["SI"] = Body("[0-9]{8}"),
        ["SK"] = Body("[0-9]{10}"),
        ["XI"] = Body("[0-9]{9}|[0-9]{12}|GD[0-9]{3}|HA[0-9]{3}"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Upper case without spaces, dots, commas, dashes and slashes (the separators people type).</summary>
    public static string Compact(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c) && c is not ('.' or ',' or '-' or '/'))
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>The compact VAT number, after checking its country format and check digit.</summary>
    /// <exception cref="ArgumentException">Unknown prefix, wrong format or wrong check digit; the message names which.</exception>
    public static string Normalise(string value)
    {
        var v = Compact(value);
        if (v.Length < 4 || !Formats.TryGetValue(v[..2], out var format))
        {
            throw new ArgumentException($"A VAT number starts with a known country prefix (AT, BE, ..., EL for Greece, XI, GB); it was '{value}'.", nameof(value));
        }

        var country = v[..2];
        var body = v[2..];
        if (!format.IsMatch(body))
        {
            throw new ArgumentException($"A {country} VAT number's body must match {format}; it was '{body}'.", nameof(value));
        }

        var ok = country switch
        {
            "BE" => Belgium(body),
            "DE" => Iso7064Mod11Of10(body),
            "FR" => France(body),
            "IT" => Luhn(body),
            _ => true,
        };
        return ok ? v : throw new ArgumentException($"The {country} VAT number '{v}' has a wrong check digit.", nameof(value));
    }

    private static Regex Body(string pattern) =>
        new($"^(?:{pattern})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    private static bool Belgium(string body) =>
        97 - (long.Parse(body.AsSpan(0, 8), provider: System.Globalization.CultureInfo.InvariantCulture) % 97)
        == long.Parse(body.AsSpan(8, 2), provider: System.Globalization.CultureInfo.InvariantCulture);

    // ISO/IEC 7064 MOD 11,10 (hybrid system): product starts at 10; per digit s = (d + product) mod 10, 0 -> 10,
    // product = 2s mod 11; the check digit makes (last + product) mod 10 == 1.
    private static bool Iso7064Mod11Of10(string digits)
    {
        var product = 10;
        for (var i = 0; i < digits.Length - 1; i++)
        {
            var sum = (digits[i] - '0' + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }

        var check = (11 - product) % 10;
        return digits[^1] - '0' == check;
    }

    private static bool France(string body)
    {
        if (!char.IsAsciiDigit(body[0]) || !char.IsAsciiDigit(body[1]))
        {
            return true; // the alphanumeric key scheme: format only
        }

        var siren = long.Parse(body.AsSpan(2), provider: System.Globalization.CultureInfo.InvariantCulture);
        var key = int.Parse(body.AsSpan(0, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
        return (12 + (3 * (siren % 97))) % 97 == key;
    }

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}
