using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Crm.Domain.Guards;

/// <summary>
/// Guards on text that must not carry personal data (a consent's capture source, a proof reference): refuses text
/// that looks like an e-mail address or a phone number. The message names the parameter and the rule, never the text.
/// </summary>
/// <remarks>Deliberately simple patterns, cheap and with few false alarms on labels such as <c>web-signup</c> or
/// <c>campaign-2026-05</c>: an <c>@</c> between two non-blank characters with a dot after it (an e-mail address), or
/// at least 9 digits in one run that may contain spaces, dots, dashes, slashes and parentheses, or a <c>+</c> followed
/// by at least 7 such digits (a phone number). The idiom and the stock guards allowed: <see cref="NumberGuards"/>.</remarks>
internal static class PersonalDataGuards
{
    /// <summary>Throws if <paramref name="text"/> looks like it holds an e-mail address or a phone number; null passes.</summary>
    public static string? ContactData(this IGuardClause guardClause, string? text, [CallerArgumentExpression(nameof(text))] string? parameterName = null)
    {
        _ = guardClause;
        if (text is not null && LooksLikeContactData(text))
        {
            throw new ArgumentException(
                $"{parameterName} must not carry personal data; the value given (not shown) looks like an e-mail address or a phone number. Name the form, campaign or desk instead.",
                parameterName);
        }

        return text;
    }

    /// <summary>True when <paramref name="text"/> contains something shaped like an e-mail address or a phone number.</summary>
    internal static bool LooksLikeContactData(ReadOnlySpan<char> text) => LooksLikeEmail(text) || LooksLikePhone(text);

    private static bool LooksLikeEmail(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf('@'); at >= 0; at = NextIndex(text, at, '@'))
        {
            if (at > 0 && !char.IsWhiteSpace(text[at - 1]) && at + 1 < text.Length && !char.IsWhiteSpace(text[at + 1]))
            {
                var domain = text[(at + 1)..];
                var end = domain.IndexOfAny(' ', '\t', '\n');
                domain = end < 0 ? domain : domain[..end];
                var dot = domain.LastIndexOf('.');
                if (dot > 0 && dot < domain.Length - 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int NextIndex(ReadOnlySpan<char> text, int from, char c)
    {
        var i = text[(from + 1)..].IndexOf(c);
        return i < 0 ? -1 : from + 1 + i;
    }

    private static bool LooksLikePhone(ReadOnlySpan<char> text)
    {
        var digits = 0;
        var plus = false;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
                if (digits >= 9 || (plus && digits >= 7))
                {
                    return true;
                }
            }
            else if (c is ' ' or '.' or '-' or '/' or '(' or ')')
            {
                // A separator inside a number keeps the run going.
            }
            else
            {
                plus = c == '+';
                digits = 0;
            }
        }

        return false;
    }
}
