using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Crm.Domain.Guards;

/// <summary>Guards used by the Campaigns and Sales rooms; messages name the parameter, the value and the allowed range.</summary>
internal static class CampaignGuards
{
    /// <summary>Throws unless <paramref name="value"/> lies in the open interval (<paramref name="min"/>, <paramref name="max"/>).</summary>
    public static double OutsideOpenRange(this IGuardClause guardClause, double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guardClause;
        if (!double.IsFinite(value) || value <= min || value >= max)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be in ({CrmGuards.Format(min)}, {CrmGuards.Format(max)}), both ends excluded; it was {CrmGuards.Format(value)}.");
        }

        return value;
    }

    /// <summary>Throws if an enum value is not one of its declared members, or is the declared "unknown" default 0 when <paramref name="allowDefault"/> is false.</summary>
    public static T UndefinedEnum<T>(this IGuardClause guardClause, T value, bool allowDefault = false, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : struct, Enum
    {
        _ = guardClause;
        if (!Enum.IsDefined(value) || (!allowDefault && Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) == 0))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be one of {string.Join(", ", Enum.GetNames<T>().Where((_, i) => allowDefault || i > 0))}; it was {value}.");
        }

        return value;
    }
}
