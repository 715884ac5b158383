using System.Globalization;

namespace Crm.Samples.ServiceDesk.Http;

/// <summary>
/// Versions on the wire: every response about an aggregate carries <c>ETag: "N"</c> (N = its version, the number of its
/// events); a client that wants its change applied only to the version it read sends <c>If-Match: "N"</c>. Without
/// <c>If-Match</c> the change applies to the version the server loads, and is still checked against concurrent
/// writers when it is stored.
/// </summary>
public static class Versions
{
    /// <summary>The strong ETag of <paramref name="version"/>: the number in quotes.</summary>
    public static string ETag(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>The version the request's <c>If-Match</c> names; null without one.</summary>
    /// <exception cref="ArgumentException">An <c>If-Match</c> that is not one version ETag (<c>"N"</c>, N ≥ 1).</exception>
    public static int? Expected(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return null;
        }

        var text = header.Length >= 2 && header[0] == '"' && header[^1] == '"' ? header[1..^1] : header;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version >= 1
            ? version
            : throw new ArgumentException($"If-Match must be one version ETag such as \"3\"; it was {header}.", "If-Match");
    }
}
