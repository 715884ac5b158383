using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Primitives;

namespace Crm.Domain.Customers;

/// <summary>
/// A telephone number normalised to E.164 form: <c>+</c>, the country calling code and the national number, digits
/// only (for example <c>+442079460000</c>), 8 to 15 digits in all.
/// </summary>
/// <remarks>
/// <para>Parsing drops spaces, hyphens, dots, slashes and parentheses; <c>00</c> is read as the international prefix;
/// a national number starting with <c>0</c> needs a default country calling code (its trunk <c>0</c> is dropped).
/// Whether the number belongs to the customer is a separate fact: see <see cref="VerificationState"/>.</para>
/// <para>The number is personal data: <see cref="ToString"/> is redacted and refusals do not echo the text.
/// Equality is ordinal on the E.164 text. <c>default</c> has no value (<see cref="IsDefault"/>). Immutable and
/// thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(PhoneNumberJsonConverter))]
public readonly record struct PhoneNumber
{
    /// <summary>The fewest digits accepted (country code included).</summary>
    public const int MinDigits = 8;

    /// <summary>The most digits accepted (the E.164 maximum).</summary>
    public const int MaxDigits = 15;

    private readonly string? _value;

    private PhoneNumber(string value) => _value = value;

    /// <summary>The E.164 text, such as <c>+442079460000</c>; empty for <c>default</c>. Personal data.</summary>
    [Personal]
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default(PhoneNumber)</c>.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Parses and normalises a number.</summary>
    /// <param name="text">The number as written by a person.</param>
    /// <param name="defaultCallingCode">The country calling code (1–3 digits, such as <c>"44"</c>) used for national numbers starting with 0; null if none.</param>
    /// <exception cref="ArgumentException">The text is not a valid number; the message gives the reason (not the text).</exception>
    public static PhoneNumber Parse(string text, string? defaultCallingCode = null)
    {
        Guard.Against.Null(text);
        return TryParse(text, defaultCallingCode, out var phone, out var reason)
            ? phone
            : throw new ArgumentException($"{nameof(text)} is not a valid phone number: {reason}.", nameof(text));
    }

    /// <summary>Tries to parse a number; on failure <paramref name="reason"/> says why (without echoing the text).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, string? defaultCallingCode, out PhoneNumber phone, out string reason)
    {
        phone = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "it is blank";
            return false;
        }

        if (defaultCallingCode is not null && (defaultCallingCode.Length is 0 or > 3 || defaultCallingCode[0] == '0' || !defaultCallingCode.All(char.IsAsciiDigit)))
        {
            throw new ArgumentOutOfRangeException(nameof(defaultCallingCode), defaultCallingCode, $"{nameof(defaultCallingCode)} must be 1 to 3 digits not starting with 0; it was '{defaultCallingCode}'.");
        }

        var digits = new StringBuilder(16);
        var international = false;
        var s = text.Trim();
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '+' && i == 0)
            {
                international = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '/'))
            {
                reason = "it contains a character other than digits, a leading '+', spaces, hyphens, dots, slashes and parentheses";
                return false;
            }
        }

        var d = digits.ToString();
        if (!international && d.StartsWith("00", StringComparison.Ordinal))
        {
            international = true;
            d = d[2..];
        }
        else if (!international)
        {
            if (!d.StartsWith('0'))
            {
                reason = "it has neither an international prefix ('+' or '00') nor a trunk '0'";
                return false;
            }

            if (defaultCallingCode is null)
            {
                reason = "it is a national number and no default country calling code was given";
                return false;
            }

            d = defaultCallingCode + d.TrimStart('0');
        }

        if (d.StartsWith('0'))
        {
            reason = "a country calling code cannot start with 0";
            return false;
        }

        if (d.Length is < MinDigits or > MaxDigits)
        {
            reason = $"it has {d.Length} digits, {MinDigits} to {MaxDigits} are allowed";
            return false;
        }

        reason = string.Empty;
        phone = new PhoneNumber("+" + d);
        return true;
    }

    /// <summary>Redacted: personal data never appears in diagnostic text. Use <see cref="Value"/>.</summary>
    public override string ToString() => IsDefault ? "(no phone)" : "[phone redacted]";
}
