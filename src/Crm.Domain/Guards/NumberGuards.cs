using System.Numerics;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using static Crm.Domain.Guards.GuardMessage;

namespace Crm.Domain.Guards;

/// <summary>
/// Guards on numbers. The library's guards are extensions on <see cref="IGuardClause"/> so every public entry point
/// reads <c>Guard.Against.X(value)</c>, grouped in <c>Guards/</c> by what they check (numbers, enums, spans,
/// identifiers, text, time), one guard per rule. Unlike the stock guards, every message names the parameter, the value
/// received and the allowed range, and every guard returns its input so a constructor can validate and assign in one
/// line. Stock Ardalis guards are used only for null and blank checks, whose messages already say all there is.
/// </summary>
internal static class NumberGuards
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

    /// <summary>Throws unless <paramref name="value"/> lies in the closed range [<paramref name="min"/>, <paramref name="max"/>] (NaN never does).</summary>
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

    /// <summary>Throws unless <paramref name="value"/> lies in the open interval (<paramref name="min"/>, <paramref name="max"/>).</summary>
    public static double OutsideOpenRange(this IGuardClause guardClause, double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guardClause;
        if (!double.IsFinite(value) || value <= min || value >= max)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be in ({Format(min)}, {Format(max)}), both ends excluded; it was {Format(value)}.");
        }

        return value;
    }

    /// <summary>Throws if <paramref name="value"/> is negative (or NaN or infinite, for floating-point types).</summary>
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

    /// <summary>
    /// The <see cref="NegativeValue{T}"/> rule for a value that belongs to <paramref name="owner"/> (a transaction's
    /// amount of a customer): the message names the owner too, as "<paramref name="ownerKind"/> <paramref name="owner"/>". Generic in the owner so that the hot paths that call it
    /// per row format nothing unless they throw.
    /// </summary>
    public static double NegativeValueOf<TOwner>(this IGuardClause guardClause, double value, string ownerKind, TOwner owner, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guardClause;
        if (!double.IsFinite(value) || value < 0d)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} of {ownerKind} {Format(owner)} must be a finite number >= 0; it was {Format(value)}.");
        }

        return value;
    }
}
