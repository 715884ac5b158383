using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Metrics.Scorecards;

/// <summary>
/// The value of a KPI as a scorecard reads it: a finite number or no data, with optional detail text (such as
/// <c>412/500</c>). The adapter between any accumulator's typed result and a <see cref="Scorecard"/>.
/// </summary>
/// <remarks>
/// <para>Build it from a result: <see cref="From(Ratio)"/> for rates (a fraction, with the counts as detail),
/// <see cref="Hours"/>/<see cref="Days"/> for durations, <see cref="Of(double?)"/> for any nullable score
/// (<c>KpiValue.Of(nps.Result.Score)</c>). Nothing is rescaled: the value is in the unit of the KPI's target.</para>
/// <para>Equality compares value and detail. <c>default</c> is no data. Immutable and thread-safe.</para>
/// </remarks>
public readonly record struct KpiValue
{
    /// <summary>Creates a value (the JSON constructor).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    [JsonConstructor]
    public KpiValue(double? value, string? detail)
    {
        if (value is { } v)
        {
            Guard.Against.NonFinite(v, nameof(value));
        }

        Value = value;
        Detail = detail;
    }

    /// <summary>No data.</summary>
    public static KpiValue NoData => default;

    /// <summary>The value, in the unit of the KPI; null when there is no data.</summary>
    public double? Value { get; }

    /// <summary>Optional supporting text (counts behind a rate, a sample size); null when none.</summary>
    public string? Detail { get; }

    /// <summary>True when there is a value.</summary>
    [JsonIgnore]
    public bool HasValue => Value.HasValue;

    /// <summary>A value (null for no data).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static KpiValue Of(double? value) => new(value, null);

    /// <summary>A value with detail text (null value for no data).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static KpiValue Of(double? value, string? detail) => new(value, detail);

    /// <summary>A rate as a fraction in [0, 1] (for <see cref="KpiUnit.Fraction"/> KPIs), with <c>412/500</c> as detail;
    /// no data when the denominator is 0.</summary>
    public static KpiValue From(Ratio ratio) =>
        new(ratio.Value, string.Create(CultureInfo.InvariantCulture, $"{ratio.Numerator}/{ratio.Denominator}"));

    /// <summary>A duration in hours (for <see cref="KpiUnit.Hours"/> KPIs); no data for null.</summary>
    public static KpiValue Hours(Duration? duration) => new(duration?.TotalHours, null);

    /// <summary>A duration in days (for <see cref="KpiUnit.Days"/> KPIs); no data for null.</summary>
    public static KpiValue Days(Duration? duration) => new(duration?.TotalDays, null);

    /// <summary>An amount of money (for <see cref="KpiUnit.Money"/> KPIs), its currency code as detail; no data for null.</summary>
    public static KpiValue From(Money? money) =>
        money is { } m ? new((double)m.Amount, m.Currency.ToString()) : NoData;

    /// <summary>Invariant text: the value (and detail), or <c>no data</c>.</summary>
    public override string ToString() => Value is { } v
        ? string.Create(CultureInfo.InvariantCulture, $"{v:0.####}{(Detail is null ? string.Empty : $" ({Detail})")}")
        : "no data";
}
