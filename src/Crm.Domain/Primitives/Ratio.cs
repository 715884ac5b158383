using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Primitives;

/// <summary>
/// A ratio of two non-negative counts that keeps both, so that it can be merged exactly, audited and shown as
/// "412 of 500" rather than a bare 82.4 %.
/// </summary>
/// <remarks>
/// <para>The value is undefined when <see cref="Denominator"/> is 0: <see cref="HasValue"/> is false and
/// <see cref="Value"/> is null; no NaN is ever produced. The numerator may exceed the denominator (services per
/// customer is a ratio above 1); rates that must stay in [0, 1] are built with <see cref="Rate"/>.</para>
/// <para>Equality compares numerator and denominator (1/2 is not equal to 2/4; compare <see cref="Value"/> for that).
/// <see cref="Combine"/> (also <c>+</c>) adds numerators and denominators, which is how partial rates merge.
/// <c>default</c> is 0/0 (no data). This type is an immutable value and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(RatioJsonConverter))]
public readonly record struct Ratio
{
    private Ratio(long numerator, long denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The count above the line (&gt;= 0).</summary>
    public long Numerator { get; }

    /// <summary>The count below the line (&gt;= 0); 0 means "no data".</summary>
    public long Denominator { get; }

    /// <summary>The empty ratio 0/0: no data.</summary>
    public static Ratio Empty => default;

    /// <summary>True when the denominator is positive, so the ratio has a value.</summary>
    public bool HasValue => Denominator > 0;

    /// <summary>Numerator / denominator, or null when the denominator is 0.</summary>
    public double? Value => HasValue ? (double)Numerator / Denominator : null;

    /// <summary>Creates a ratio of two non-negative counts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static Ratio Of(long numerator, long denominator)
    {
        Guard.Against.NegativeValue(numerator);
        Guard.Against.NegativeValue(denominator);
        return new Ratio(numerator, denominator);
    }

    /// <summary>Creates a rate: a ratio whose numerator counts a subset of the denominator, so its value is in [0, 1].</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the numerator exceeds the denominator.</exception>
    public static Ratio Rate(long numerator, long denominator)
    {
        Guard.Against.NegativeValue(denominator);
        Guard.Against.OutsideRange(numerator, 0L, denominator);
        return new Ratio(numerator, denominator);
    }

    /// <summary>The value, or <paramref name="fallback"/> when there is no data.</summary>
    public double ValueOr(double fallback) => Value ?? fallback;

    /// <summary>Tries to read the value; false when the denominator is 0.</summary>
    public bool TryGetValue(out double value)
    {
        value = HasValue ? (double)Numerator / Denominator : 0d;
        return HasValue;
    }

    /// <summary>Merges two ratios by adding numerators and denominators (checked against overflow).</summary>
    public static Ratio Combine(Ratio left, Ratio right) =>
        new(CountGuards.TotalPlus(left.Numerator, right.Numerator, nameof(right)), CountGuards.TotalPlus(left.Denominator, right.Denominator, nameof(right)));

    /// <summary>Invariant text such as <c>412/500 (82.4 %)</c> or <c>0/0 (no data)</c>.</summary>
    public override string ToString() => HasValue
        ? string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator} ({Value * 100d:0.##} %)")
        : string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator} (no data)");

    /// <summary>Merges two ratios (see <see cref="Combine"/>).</summary>
    public static Ratio operator +(Ratio left, Ratio right) => Combine(left, right);
}
