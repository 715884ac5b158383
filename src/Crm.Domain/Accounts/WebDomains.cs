#pragma warning disable CA2208 // Named after the commands' parameter webDomain, which is what the caller passed.

namespace Crm.Domain.Accounts;

/// <summary>Web domains as matching keys: <c>https://www.Example.com/about</c> → <c>example.com</c>.</summary>
internal static class WebDomains
{
    private static readonly System.Buffers.SearchValues<char> DomainChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-.");
    private static readonly System.Buffers.SearchValues<char> Ends = System.Buffers.SearchValues.Create("/?#:");

    /// <summary>Lower case, without scheme, <c>www.</c>, port, path or trailing dot; letters, digits, '-' and '.', with at least one dot.</summary>
    /// <exception cref="ArgumentException">Not a domain.</exception>
    public static string Normalise(string value)
    {
        var v = value.Trim().ToLowerInvariant();
        var scheme = v.IndexOf("://", StringComparison.Ordinal);
        v = scheme >= 0 ? v[(scheme + 3)..] : v;
        var end = v.AsSpan().IndexOfAny(Ends);
        v = (end >= 0 ? v[..end] : v).TrimEnd('.');
        v = v.StartsWith("www.", StringComparison.Ordinal) ? v[4..] : v;
        var ok = v.Length is > 3 and <= Account.MaxTextLength && v.Contains('.', StringComparison.Ordinal)
            && !v.StartsWith('.') && !v.Contains("..", StringComparison.Ordinal)
            && !v.AsSpan().ContainsAnyExcept(DomainChars);
        return ok ? v : throw new ArgumentException($"webDomain must be a domain such as example.com; it was '{value}'.", "webDomain");
    }
}
