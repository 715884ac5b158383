using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Crm.Domain.Guards;

/// <summary>Guards on enums: the one "a defined member" rule, with or without the zero "unknown" member. The idiom and the stock guards allowed: <see cref="NumberGuards"/>.</summary>
internal static class EnumGuards
{
    /// <summary>
    /// Throws unless <paramref name="value"/> is one of <typeparamref name="T"/>'s declared members, and, unless
    /// <paramref name="allowDefault"/>, other than the zero member (by convention the "unknown" or "unspecified" one).
    /// The message lists the allowed members.
    /// </summary>
    public static T UndefinedEnum<T>(this IGuardClause guardClause, T value, bool allowDefault = false, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : struct, Enum
    {
        _ = guardClause;
        if (!Enum.IsDefined(value) || (!allowDefault && EqualityComparer<T>.Default.Equals(value, default)))
        {
            var allowed = Enum.GetValues<T>().Where(v => allowDefault || !EqualityComparer<T>.Default.Equals(v, default)).Select(v => v.ToString());
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be one of {string.Join(", ", allowed)}; it was {value}.");
        }

        return value;
    }
}
