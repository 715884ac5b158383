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
}
