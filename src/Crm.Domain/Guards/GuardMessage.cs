using System.Globalization;

namespace Crm.Domain.Guards;

/// <summary>How every guard writes a value into its message: invariant culture, "null" for null.</summary>
internal static class GuardMessage
{
    /// <summary>Formats a value invariantly for a guard message.</summary>
    internal static string Format<T>(T value) => value switch
    {
        null => "null",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
