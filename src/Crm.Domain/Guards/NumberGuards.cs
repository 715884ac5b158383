using System.Numerics;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using static Crm.Domain.Guards.GuardMessage;

namespace Crm.Domain.Guards;

/// <summary>
/// Guards on numbers. The library's guards are extensions on <see cref="IGuardClause"/> so every public entry point
/// reads <c>Guard.Against.X(value)</c>, grouped in <c>Guards/</c> by what they check (<see cref="NumberGuards"/>,
/// <see cref="EnumGuards"/>, <see cref="SpanGuards"/>, <see cref="IdentifierGuards"/>, <see cref="TextGuards"/>,
/// <see cref="TimeGuards"/>, <see cref="CountGuards"/>), one guard per rule; no room keeps a guard class of its own.
/// Unlike the stock guards, every message names the parameter, the value received and the allowed range
/// (<see cref="GuardMessage.Format"/> writes values invariantly), and every guard returns its input so a constructor
/// can validate and assign in one line.
/// </summary>
/// <remarks>
/// <para><b>Stock Ardalis guards allowed:</b> <c>Null</c>, <c>NullOrEmpty</c> and <c>NullOrWhiteSpace</c> only. Their
/// rule has no range and no value worth quoting, so their messages ("Value cannot be null. (Parameter 'x')",
/// "Required input x was empty.") already say all there is, and their exception types
/// (<see cref="ArgumentNullException"/> for null, <see cref="ArgumentException"/> for empty or blank) are the ones the
/// library documents.</para>
/// <para><b>Not allowed</b> (use the guard in brackets): <c>OutOfRange</c> [<c>OutsideRange</c>, or
/// <see cref="TextGuards.TooLong"/> for a length], <c>EnumOutOfRange</c> [<see cref="EnumGuards.UndefinedEnum"/>; it
/// throws <see cref="ArgumentOutOfRangeException"/> rather than <c>InvalidEnumArgumentException</c> and lists the
/// members], <c>Negative</c> / <c>Zero</c> / <c>NegativeOrZero</c> [<c>NegativeValue</c> / <c>NotStrictlyPositive</c>,
/// which also refuse NaN and infinities], and the rest: their messages do not give the allowed range or the value.
/// <c>Conventions/GuardConventionTests</c> fails on a call to any of them, and on a <c>*Guard*</c> class outside this
/// namespace.</para>
/// </remarks>
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

    /// <summary>The <see cref="NonFinite(IGuardClause, double, string?)"/> rule for an optional number: null passes
    /// (no data), a value must be finite.</summary>
    public static double? NonFinite(this IGuardClause guardClause, double? value, [CallerArgumentExpression(nameof(value))] string? parameterName = null) =>
        value is { } v ? NonFinite(guardClause, v, parameterName) : null;

    /// <summary>
    /// Returns <paramref name="result"/> if it is finite; otherwise throws an <see cref="ArgumentOutOfRangeException"/>
    /// naming the input (<paramref name="value"/>) that took <paramref name="what"/> past the range of
    /// <see cref="double"/>. The rule for accepted inputs whose answer a double cannot hold: refused, never NaN or ∞.
    /// </summary>
    public static double UnrepresentableResult<T>(this IGuardClause guardClause, double result, T value, string what, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guardClause;
        if (!double.IsFinite(result))
        {
            throw new ArgumentOutOfRangeException(parameterName, value,
                $"{what} for {parameterName} = {Format(value)} is past the range of double (about ±1.8e308), so {parameterName} is refused rather than answered with {Format(result)}.");
        }

        return result;
    }

    /// <summary>The largest total weight a model fit takes: 2^53 (about 9.0e15), the largest count a double holds
    /// exactly. Weights are counts of identical summaries; past it the weighted sums lose their digits and, near
    /// <see cref="double.MaxValue"/>, their range (the fit's log-likelihood and gradient become infinite).</summary>
    public const double MaxTotalWeight = 9_007_199_254_740_992d;

    /// <summary>
    /// <paramref name="total"/> + <paramref name="weight"/> (a running sum of fit weights), or an
    /// <see cref="ArgumentOutOfRangeException"/> naming <paramref name="parameterName"/> when the sum passes
    /// <see cref="MaxTotalWeight"/>.
    /// </summary>
    public static double WeightTotalPlus(this IGuardClause guardClause, double total, double weight, string parameterName)
    {
        _ = guardClause;
        var sum = total + weight;
        return sum <= MaxTotalWeight
            ? sum
            : throw new ArgumentOutOfRangeException(parameterName, weight,
                $"{parameterName} must add up to at most {Format(MaxTotalWeight)} (2^53, the largest count a double holds exactly); they reached {Format(sum)}.");
    }

    /// <summary>
    /// <paramref name="left"/> <paramref name="operation"/> <paramref name="value"/> ('+', '-', '*' or '/'), or an
    /// <see cref="ArgumentOutOfRangeException"/> naming <paramref name="value"/>'s parameter when the result is past
    /// the range of <see cref="decimal"/> (about ±7.9e28): the rule for money arithmetic, refused rather than an
    /// <see cref="OverflowException"/>.
    /// </summary>
    public static decimal DecimalOverflow(this IGuardClause guardClause, decimal left, char operation, decimal value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guardClause;
        try
        {
            return operation switch
            {
                '+' => left + value,
                '-' => left - value,
                '*' => left * value,
                _ => left / value,
            };
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(parameterName, value,
                $"{Format(left)} {operation} {parameterName} ({Format(value)}) is past the range of decimal (±{Format(decimal.MaxValue)}).");
        }
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

    /// <summary>
    /// Throws unless <paramref name="value"/> lies in (<paramref name="min"/>, <paramref name="max"/>]: above the
    /// minimum, at most the maximum (the rule of weights: positive, and bounded so that their sums stay finite).
    /// <paramref name="owner"/>, if given, names what the value belongs to in the message ("criterion 'c1'").
    /// </summary>
    public static double OutsideLeftOpenRange(this IGuardClause guardClause, double value, double min, double max, string? owner = null, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guardClause;
        if (!(value > min && value <= max))
        {
            var of = owner is null ? string.Empty : " of " + owner;
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName}{of} must be in ({Format(min)}, {Format(max)}]; it was {Format(value)}.");
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
