namespace Crm.Domain.Charts;

/// <summary>Enum names as words for labels: "TechnologyAndVendorSelection" → "Technology and vendor selection".</summary>
internal static class Words
{
    internal static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? " " + char.ToLowerInvariant(ch) : ch.ToString()));
}
