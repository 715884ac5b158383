using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Crm.Domain.Guards;

/// <summary>
/// The library's own guard clauses, as extensions on <see cref="IGuardClause"/> so that every public entry point reads
/// <c>Guard.Against.X(value)</c>. Unlike the stock guards, every message names the parameter, the value received and
/// the allowed range, and every guard returns its input so a constructor can validate and assign in one line.
/// </summary>
internal static class CrmGuards
{
    /// <summary>Throws unless <paramref name="value"/> is a finite number (not NaN, not an infinity).</summary>
    public static double NonFinite(this IGuardClause guardClause, double value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guardClause;
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be a finite number; it was {Format(value)}.");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> lies in the closed range [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static T OutsideRange<T>(this IGuardClause guardClause, T value, T min, T max, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : IComparable<T>
    {
        _ = guardClause;
        if (value is double d && double.IsNaN(d))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be in [{Format(min)}, {Format(max)}]; it was NaN.");
        }

        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be in [{Format(min)}, {Format(max)}]; it was {Format(value)}.");
        }

        return value;
    }

    /// <summary>Throws if <paramref name="value"/> is negative (or NaN, for floating-point types).</summary>
    public static T NegativeValue<T>(this IGuardClause guardClause, T value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : INumber<T>
    {
        _ = guardClause;
        if (T.IsNaN(value) || T.IsNegative(value) || !T.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be a finite number >= 0; it was {Format(value)}.");
        }

        return value;
    }

    /// <summary>Throws if <paramref name="value"/> is zero, negative, NaN or infinite.</summary>
    public static T NotStrictlyPositive<T>(this IGuardClause guardClause, T value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : INumber<T>
    {
        _ = guardClause;
        if (T.IsNaN(value) || !T.IsPositive(value) || T.IsZero(value) || !T.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be a finite number > 0; it was {Format(value)}.");
        }

        return value;
    }

    /// <summary>Throws if a value type was never initialised through its factory (its <c>default</c> is not usable here).</summary>
    public static T Uninitialized<T>(this IGuardClause guardClause, T value, bool isInitialized, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : struct
    {
        _ = guardClause;
        if (!isInitialized)
        {
            throw new ArgumentException($"{parameterName} is an uninitialised default({typeof(T).Name}); create it through its factory.", parameterName);
        }

        return value;
    }

    /// <summary>Formats a value invariantly for a guard message.</summary>
    internal static string Format<T>(T value) => value switch
    {
        null => "null",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
