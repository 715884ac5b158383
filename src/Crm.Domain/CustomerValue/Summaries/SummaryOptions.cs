using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>
/// How a transaction log becomes customer summaries: the calibration end, the optional holdout end, the period unit
/// and the merging rule.
/// </summary>
/// <remarks>
/// <para><b>End dates are inclusive.</b> A purchase on <see cref="CalibrationEnd"/> belongs to the calibration period;
/// T is the number of whole days from the first purchase date to <see cref="CalibrationEnd"/>, divided by the period
/// length. This is the convention of the published CDNOW summary (<c>cdnow_cbs.csv</c>): a first purchase on
/// 1997-01-01 with calibration end 1997-09-30 has T = 272 / 7 = 38.857142857 weeks, and the 13 customers who bought on
/// 1997-09-30 have that purchase counted in x with t_x = T.</para>
/// <para>The holdout period is (<see cref="CalibrationEnd"/>, <see cref="HoldoutEnd"/>]. The observation end is
/// <see cref="HoldoutEnd"/> when there is a holdout, otherwise <see cref="CalibrationEnd"/>; a transaction after it is
/// refused. Dates in other calendars are converted to ISO.</para>
/// <para>Equality is by value. Instances are immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(SummaryOptionsJsonConverter))]
public sealed class SummaryOptions : IEquatable<SummaryOptions>
{
    private SummaryOptions(LocalDate calibrationEnd, LocalDate? holdoutEnd, SummaryPeriod period, TransactionMerging merging)
    {
        CalibrationEnd = calibrationEnd;
        HoldoutEnd = holdoutEnd;
        Period = period;
        Merging = merging;
    }

    /// <summary>The last day of the calibration period (inclusive, ISO calendar).</summary>
    public LocalDate CalibrationEnd { get; }

    /// <summary>The last day of the holdout period (inclusive, ISO calendar), or null when there is no holdout.</summary>
    public LocalDate? HoldoutEnd { get; }

    /// <summary>The unit of t_x and T.</summary>
    public SummaryPeriod Period { get; }

    /// <summary>Which transactions count as one purchase occasion.</summary>
    public TransactionMerging Merging { get; }

    /// <summary>The last day a transaction may have: <see cref="HoldoutEnd"/> if set, else <see cref="CalibrationEnd"/>.</summary>
    public LocalDate ObservationEnd => HoldoutEnd ?? CalibrationEnd;

    /// <summary>The period length in days used with <see cref="TransactionMerging.SameDay"/>: 1, 7 or 30.4375
    /// (365.25 / 12).</summary>
    public double PeriodLengthInDays => Period switch
    {
        SummaryPeriod.Week => 7d,
        SummaryPeriod.Month => 365.25d / 12d,
        _ => 1d,
    };

    /// <summary>Creates options.</summary>
    /// <param name="calibrationEnd">Last day of calibration (inclusive).</param>
    /// <param name="holdoutEnd">Last day of the holdout (inclusive), after <paramref name="calibrationEnd"/>; null for none.</param>
    /// <param name="period">The unit of t_x and T; weeks by default, as in the CDNOW literature.</param>
    /// <param name="merging">The merging rule; same-day by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holdoutEnd"/> is not after
    /// <paramref name="calibrationEnd"/>, or an enum value is undefined.</exception>
    public static SummaryOptions Create(
        LocalDate calibrationEnd,
        LocalDate? holdoutEnd = null,
        SummaryPeriod period = SummaryPeriod.Week,
        TransactionMerging merging = TransactionMerging.SameDay)
    {
        Guard.Against.UndefinedEnum(period, allowDefault: true);
        Guard.Against.UndefinedEnum(merging, allowDefault: true);
        var calibration = SummaryTime.ToIso(calibrationEnd);
        LocalDate? holdout = holdoutEnd is { } h ? SummaryTime.ToIso(h) : null;
        if (holdout is { } end && end <= calibration)
        {
            throw new ArgumentOutOfRangeException(
                nameof(holdoutEnd),
                end,
                string.Create(CultureInfo.InvariantCulture, $"holdoutEnd must be after calibrationEnd ({calibration:uuuu-MM-dd}); it was {end:uuuu-MM-dd}."));
        }

        return new SummaryOptions(calibration, holdout, period, merging);
    }

    /// <inheritdoc />
    public bool Equals(SummaryOptions? other) =>
        other is not null && CalibrationEnd == other.CalibrationEnd && HoldoutEnd == other.HoldoutEnd
        && Period == other.Period && Merging == other.Merging;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SummaryOptions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CalibrationEnd, HoldoutEnd, Period, Merging);

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"calibration to {CalibrationEnd:uuuu-MM-dd}, holdout to {(HoldoutEnd is { } h ? h.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "none")}, {Period}, {Merging}");

    /// <summary>Equality.</summary>
    public static bool operator ==(SummaryOptions? left, SummaryOptions? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SummaryOptions? left, SummaryOptions? right) => !(left == right);
}
