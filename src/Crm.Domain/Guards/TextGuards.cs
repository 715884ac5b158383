using System.Globalization;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Crm.Domain.Guards;

/// <summary>Guards on text beyond null and blank (which the stock <c>NullOrWhiteSpace</c> covers). The idiom and the stock guards allowed: <see cref="NumberGuards"/>.</summary>
internal static class TextGuards
{
    /// <summary>Throws if <paramref name="text"/> is longer than <paramref name="maxLength"/> characters; null passes.</summary>
    public static string? TooLong(this IGuardClause guardClause, string? text, int maxLength, [CallerArgumentExpression(nameof(text))] string? parameterName = null)
    {
        _ = guardClause;
        if (text is not null && text.Length > maxLength)
        {
            throw new ArgumentOutOfRangeException(parameterName, text.Length, $"{parameterName} must be at most {maxLength} characters; it had {text.Length}.");
        }

        return text;
    }

    /// <summary>Throws if <paramref name="text"/> is not well-formed UTF-16 (an unpaired surrogate): such text cannot
    /// be normalised, compared as a key or written as UTF-8 without loss; null passes.</summary>
    public static string? InvalidUnicode(this IGuardClause guardClause, string? text, [CallerArgumentExpression(nameof(text))] string? parameterName = null)
    {
        _ = guardClause;
        for (var i = 0; text is not null && i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{parameterName} must be well-formed Unicode text; it holds an unpaired surrogate at index {i}."), parameterName);
            }
        }

        return text;
    }
}
