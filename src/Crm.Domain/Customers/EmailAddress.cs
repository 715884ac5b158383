using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Primitives;

namespace Crm.Domain.Customers;

/// <summary>
/// A syntactically valid e-mail address, normalised: trimmed and lower-cased (the local part is treated as
/// case-insensitive, as every mainstream mail provider does), so that equal addresses compare equal as text.
/// </summary>
/// <remarks>
/// <para>Accepted: one <c>@</c>; a local part of 1–64 characters without white space, without leading, trailing or
/// consecutive dots; a domain of at least two dot-separated labels of letters, digits and hyphens (no label starts or
/// ends with a hyphen), a top-level label of at least two letters; at most 254 characters in all. Whether the mailbox
/// exists is a separate fact: see <see cref="VerificationState"/>.</para>
/// <para>The address is personal data: <see cref="ToString"/> is redacted, and refusals state the reason without
/// echoing the text. Read <see cref="Value"/> deliberately. Equality is ordinal on the normalised text.
/// <c>default</c> has no value (<see cref="IsDefault"/>) and is refused wherever an address is required. Immutable
/// and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(EmailAddressJsonConverter))]
public readonly record struct EmailAddress
{
    /// <summary>The longest address accepted (RFC 5321 path limit).</summary>
    public const int MaxLength = 254;

    private readonly string? _value;

    private EmailAddress(string value) => _value = value;

    /// <summary>The normalised address; empty for <c>default</c>. Personal data.</summary>
    [Personal]
    public string Value => _value ?? string.Empty;

    /// <summary>The domain part (after the <c>@</c>); empty for <c>default</c>.</summary>
    [Personal]
    public string Domain => _value is null ? string.Empty : _value[(_value.IndexOf('@', StringComparison.Ordinal) + 1)..];

    /// <summary>True for <c>default(EmailAddress)</c>.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Parses and normalises an address.</summary>
    /// <exception cref="ArgumentException">The text is not a valid address; the message gives the reason (not the text).</exception>
    public static EmailAddress Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text, out var email, out var reason)
            ? email
            : throw new ArgumentException($"{nameof(text)} is not a valid e-mail address: {reason}.", nameof(text));
    }

    /// <summary>Tries to parse an address; on failure <paramref name="reason"/> says why (without echoing the text).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out EmailAddress email, out string reason)
    {
        email = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "it is blank";
            return false;
        }

        var s = text.Trim().ToLowerInvariant();
        reason = Check(s);
        if (reason.Length > 0)
        {
            return false;
        }

        email = new EmailAddress(s);
        return true;
    }

    private static string Check(string s)
    {
        if (s.Length > MaxLength)
        {
            return $"it has {s.Length} characters, at most {MaxLength} are allowed";
        }

        var at = s.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return "it has no '@'";
        }

        if (s.IndexOf('@', at + 1) >= 0)
        {
            return "it has more than one '@'";
        }

        var local = s.AsSpan(0, at);
        var domain = s.AsSpan(at + 1);
        if (local.Length is 0 or > 64)
        {
            return $"the part before '@' has {local.Length} characters, 1 to 64 are allowed";
        }

        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return "the part before '@' starts or ends with a dot or has two dots in a row";
        }

        foreach (var c in local)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '(' or ')' or ',' or ':' or ';' or '<' or '>' or '[' or ']' or '\\' or '"')
            {
                return "the part before '@' contains white space or a character not allowed unquoted";
            }
        }

        return CheckDomain(domain);
    }

    private static string CheckDomain(ReadOnlySpan<char> domain)
    {
        if (domain.IsEmpty)
        {
            return "it has no domain after '@'";
        }

        var labels = 0;
        var lastLabel = ReadOnlySpan<char>.Empty;
        var rest = domain;
        while (true)
        {
            var dot = rest.IndexOf('.');
            var label = dot < 0 ? rest : rest[..dot];
            labels++;
            if (label.Length is 0 or > 63)
            {
                return "the domain has an empty label or a label longer than 63 characters";
            }

            if (label[0] == '-' || label[^1] == '-')
            {
                return "a domain label starts or ends with a hyphen";
            }

            foreach (var c in label)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c > 127))
                {
                    return "the domain contains a character other than letters, digits, hyphens and dots";
                }
            }

            lastLabel = label;
            if (dot < 0)
            {
                break;
            }

            rest = rest[(dot + 1)..];
        }

        if (labels < 2)
        {
            return "the domain has no dot (a top-level domain is required)";
        }

        if (lastLabel.Length < 2 || !lastLabel.ContainsAnyExceptInRange('0', '9'))
        {
            return "the top-level domain must have at least two characters and not be all digits";
        }

        return string.Empty;
    }

    /// <summary>Redacted: personal data never appears in diagnostic text. Use <see cref="Value"/>.</summary>
    public override string ToString() => IsDefault ? "(no e-mail)" : "[e-mail redacted]";
}
