using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Crm.Domain.Guards;

/// <summary>Guards used by the Customers and Idic rooms.</summary>
internal static class IdicGuards
{
    /// <summary>Throws unless <paramref name="value"/> is a defined member other than the zero "unknown" member.</summary>
    public static T UnknownEnum<T>(this IGuardClause guardClause, T value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : struct, Enum
    {
        _ = guardClause;
        if (!Enum.IsDefined(value) || EqualityComparer<T>.Default.Equals(value, default))
        {
            var allowed = string.Join(", ", Enum.GetNames<T>().Skip(1));
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be one of {allowed}; it was {value}.");
        }

        return value;
    }
}
