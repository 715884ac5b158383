namespace Crm.Domain.Primitives;

/// <summary>
/// The neutral marker that erasure writes in place of a free-text field that could carry personal data (a note, a
/// purpose, a subject, an opportunity's name): the field keeps saying "there was text here" without the text.
/// </summary>
/// <remarks>Pure constants and functions; thread-safe.</remarks>
public static class Redaction
{
    /// <summary>The marker: <c>[erased]</c>. Never personal data, and not a value a person would type.</summary>
    public const string Marker = "[erased]";

    /// <summary>The marker with an identifier appended (<c>[erased] F-7</c>), where a field must stay distinct among
    /// its siblings (two open follow-ups of one party need two purposes). The identifier is the host's record id, not
    /// personal data.</summary>
    internal static string MarkerFor(string id) => $"{Marker} {id}";

    /// <summary>The marker for text that was present; null stays null (nothing was there).</summary>
    internal static string? Of(string? text) => text is null ? null : Marker;

    /// <summary>True when <paramref name="text"/> is null, the marker, or the marker with an identifier.</summary>
    internal static bool IsRedacted(string? text) =>
        text is null || text == Marker || text.StartsWith(Marker + " ", StringComparison.Ordinal);
}
