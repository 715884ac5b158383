using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Crm.Domain.Guards;

/// <summary>
/// Guards for stored counts and arrays (the states of the accumulators): default arrays, arrays of the wrong length,
/// negative counts and totals past <see cref="long.MaxValue"/>. Messages name the parameter, the value and the range.
/// </summary>
internal static class CountGuards
{
    /// <summary>Throws if <paramref name="value"/> is a <c>default</c> (uninitialised) immutable array.</summary>
    public static ImmutableArray<T> DefaultArray<T>(this IGuardClause guardClause, ImmutableArray<T> value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guardClause;
        return value.IsDefault
            ? throw new ArgumentException($"{parameterName} must be an array (empty if nothing was counted); it was a default ImmutableArray.", parameterName)
            : value;
    }

    /// <summary>Returns <paramref name="element"/>, or throws an <see cref="ArgumentException"/> naming the sequence
    /// (<paramref name="parameterName"/>) if it is null: a null element of a sequence argument is refused, never
    /// dereferenced.</summary>
    public static T NullElement<T>(this IGuardClause guardClause, T? element, string parameterName)
        where T : class
    {
        _ = guardClause;
        return element ?? throw new ArgumentException($"{parameterName} must not contain null elements; one was null.", parameterName);
    }

    /// <summary>Throws unless <paramref name="value"/> holds exactly <paramref name="length"/> elements (and is not <c>default</c>).</summary>
    public static ImmutableArray<T> WrongLength<T>(this IGuardClause guardClause, ImmutableArray<T> value, int length, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        DefaultArray(guardClause, value, parameterName);
        return value.Length == length
            ? value
            : throw new ArgumentOutOfRangeException(parameterName, value.Length, string.Create(CultureInfo.InvariantCulture, $"{parameterName} must hold exactly {length} counts; it held {value.Length}."));
    }

    /// <summary>Throws if a count is negative (or, with <paramref name="positive"/>, not positive) or if the counts add
    /// up past <see cref="long.MaxValue"/>; returns their total.</summary>
    public static long InvalidCounts(this IGuardClause guardClause, ReadOnlySpan<long> counts, bool positive = false, [CallerArgumentExpression(nameof(counts))] string? parameterName = null)
    {
        _ = guardClause;
        long total = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] < (positive ? 1 : 0))
            {
                throw new ArgumentOutOfRangeException(parameterName, counts[i], string.Create(CultureInfo.InvariantCulture, $"{parameterName}[{i}] must be a count {(positive ? "> 0" : ">= 0")}; it was {counts[i]}."));
            }

            total = TotalPlus(total, counts[i], parameterName);
        }

        return total;
    }

    /// <summary>Throws unless <paramref name="value"/> equals <paramref name="expected"/>, the sum or difference of
    /// other counts that <paramref name="expression"/> names ("AtStart - Retained"): a row whose counts disagree.</summary>
    public static long NotEqualToCounts(this IGuardClause guardClause, long value, long expected, string expression, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guardClause;
        return value == expected
            ? value
            : throw new ArgumentOutOfRangeException(parameterName, value, string.Create(CultureInfo.InvariantCulture, $"{parameterName} must equal {expression} = {expected}; it was {value}."));
    }

    /// <summary><paramref name="total"/> + <paramref name="count"/>, or an <see cref="ArgumentOutOfRangeException"/>
    /// when the sum passes <see cref="long.MaxValue"/> (stored counts that no accumulator could hold).</summary>
    public static long TotalPlus(long total, long count, string? parameterName) =>
        count > long.MaxValue - total
            ? throw new ArgumentOutOfRangeException(parameterName, count, string.Create(CultureInfo.InvariantCulture, $"The counts of {parameterName} add up past the largest 64-bit count ({long.MaxValue})."))
            : total + count;
}
