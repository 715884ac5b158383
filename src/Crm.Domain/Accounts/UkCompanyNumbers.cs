using System.Collections.Frozen;

namespace Crm.Domain.Accounts;

/// <summary>
/// UK Companies House company registration numbers. Source: Companies House, "Company registration number" (the
/// number is eight characters: eight digits for companies registered in England and Wales, or a two-letter prefix and
/// six digits: SC Scotland, NI Northern Ireland, OC/SO/NC limited liability partnerships, R0 pre-partition Northern
/// Ireland, LP/SL/NL limited partnerships, FC/SF/NF overseas companies, IP/SP/NP industrial and provident societies,
/// RC/SR/NR royal charter, ZC/SZ/NZ unregistered, GE European economic interest groupings). No check digit is
/// published, so the check is the format only. Digits-only numbers keep their leading zeros (00445790).
/// </summary>
internal static class UkCompanyNumbers
{
    private static readonly FrozenSet<string> Prefixes = FrozenSet.ToFrozenSet(
        ["SC", "NI", "OC", "SO", "NC", "R0", "LP", "SL", "NL", "FC", "SF", "NF", "IP", "SP", "NP", "RC", "SR", "NR", "ZC", "SZ", "NZ", "GE"],
        StringComparer.Ordinal);

    public static string Normalise(string value)
    {
        var v = VatNumbers.Compact(value);
        var ok = v.Length == 8
            && v.AsSpan(2).ContainsAnyExceptInRange('0', '9') == false
            && ((char.IsAsciiDigit(v[0]) && char.IsAsciiDigit(v[1])) || Prefixes.Contains(v[..2]));
        return ok
            ? v
            : throw new ArgumentException($"A UK company number is eight characters: eight digits, or a Companies House prefix (SC, NI, OC, ...) and six digits; it was '{value}'.", nameof(value));
    }
}
