using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Crm.Domain.CustomerValue.Models.Clv;

/// <summary>
/// A discount rate with its period as part of its value (15 % per year is not 15 % per week): an effective
/// (compound) rate d per <see cref="Period"/>, so that money one period ahead is worth 1/(1+d) today.
/// </summary>
/// <remarks>
/// Conversions keep the present value of a payment unchanged: (1+d)^(length ratio) − 1 for the effective rate of
/// another period, and ln(1+d) × (length ratio) for the continuously compounded rate δ that DERT uses. <c>default</c>
/// is not usable (its period is <see cref="RatePeriod.Unknown"/>). Immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(DiscountRateJsonConverter))]
public readonly record struct DiscountRate
{
    private DiscountRate(double rate, RatePeriod period)
    {
        Rate = rate;
        Period = period;
    }

    /// <summary>The effective rate per <see cref="Period"/> (e.g. 0.15 for 15 %), in [0, 10].</summary>
    public double Rate { get; }

    /// <summary>The period the rate refers to.</summary>
    public RatePeriod Period { get; }

    /// <summary>Creates a rate per <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is outside [0, 10] or not finite, or the period is unknown.</exception>
    public static DiscountRate Of(double rate, RatePeriod period)
    {
        Guard.Against.OutsideRange(rate, 0d, 10d);

        _ = DaysIn(period);
        return new DiscountRate(rate, period);
    }

    /// <summary>A rate per year.</summary>
    public static DiscountRate PerYear(double rate) => Of(rate, RatePeriod.Year);

    /// <summary>A rate per month.</summary>
    public static DiscountRate PerMonth(double rate) => Of(rate, RatePeriod.Month);

    /// <summary>A rate per week.</summary>
    public static DiscountRate PerWeek(double rate) => Of(rate, RatePeriod.Week);

    /// <summary>The equivalent effective rate per <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is unknown, or the equivalent rate is
    /// past the range of <see cref="double"/> (10 per day is about 1e380 per year): refused, never +∞.</exception>
    /// <exception cref="InvalidOperationException">This is an uninitialised <c>default</c>.</exception>
    public double EffectiveRatePer(RatePeriod period) =>
        Guard.Against.UnrepresentableResult(Math.Exp(ContinuousRatePer(period)) - 1d, period, $"The effective rate equivalent to {Rate.ToString(CultureInfo.InvariantCulture)} per {Period}");

    /// <summary>The equivalent continuously compounded rate δ per <paramref name="period"/> (e^−δt discounts t periods).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is unknown.</exception>
    /// <exception cref="InvalidOperationException">This is an uninitialised <c>default</c>.</exception>
    public double ContinuousRatePer(RatePeriod period)
    {
        if (Period == RatePeriod.Unknown)
        {
            throw new InvalidOperationException("This DiscountRate is an uninitialised default; create it with DiscountRate.Of.");
        }

        return Math.Log(1d + Rate) * DaysIn(period) / DaysIn(Period);
    }

    /// <summary>The length of <paramref name="period"/> in days.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is unknown.</exception>
    public static double DaysIn(RatePeriod period) => period switch
    {
        RatePeriod.Day => 1d,
        RatePeriod.Week => 7d,
        RatePeriod.Month => 365.25 / 12d,
        RatePeriod.Year => 365.25,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "period must be Day, Week, Month or Year."),
    };

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Rate:0.######} per {Period}");
}
