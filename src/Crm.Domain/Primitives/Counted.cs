using System.Globalization;

namespace Crm.Domain.Primitives;

/// <summary>Invariant "1 passive" / "3 passives" for the library's ToString texts.</summary>
internal static class Counted
{
    /// <summary>The count and the noun, singular for exactly one ("1 contact point", "0 contact points").</summary>
    public static string Of(long count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");
}
