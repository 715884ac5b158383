using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using NodaTime;
using static Crm.Domain.Guards.GuardMessage;

namespace Crm.Domain.Guards;

/// <summary>Guards on dates and instants. (The "not before the last change" rule of processes is <c>ProcessHistory.Append</c>.) The idiom and the stock guards allowed: <see cref="NumberGuards"/>.</summary>
internal static class TimeGuards
{
    private static readonly int MinIsoEpochDay = Period.Between(new LocalDate(1970, 1, 1), LocalDate.MinIsoValue, PeriodUnits.Days).Days;
    private static readonly int MaxIsoEpochDay = Period.Between(new LocalDate(1970, 1, 1), LocalDate.MaxIsoValue, PeriodUnits.Days).Days;

    /// <summary>Throws unless <paramref name="value"/> is a positive duration (a window, a half-life, a target).</summary>
    public static Duration NotPositiveDuration(this IGuardClause guardClause, Duration value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guardClause;
        return value > Duration.Zero
            ? value
            : throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be a duration > 0; it was {Format(value)}.");
    }

    /// <summary>Throws if <paramref name="value"/> is a negative duration (zero passes).</summary>
    public static Duration NegativeDuration(this IGuardClause guardClause, Duration value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guardClause;
        return value >= Duration.Zero
            ? value
            : throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be a duration >= 0; it was {Format(value)}.");
    }

    /// <summary>
    /// Throws unless <paramref name="epochDay"/> (a local date as days since 1970-01-01, such as the date of an instant
    /// in a zone) lies within NodaTime's ISO dates, -9998-01-01 to 9999-12-31: <see cref="Instant.MinValue"/> read in
    /// a zone west of UTC falls a day before them, and such a day has no <see cref="LocalDate"/>.
    /// </summary>
    public static int EpochDayOutsideIsoDates(this IGuardClause guardClause, int epochDay, string parameterName)
    {
        _ = guardClause;
        if (epochDay < MinIsoEpochDay || epochDay > MaxIsoEpochDay)
        {
            throw new ArgumentOutOfRangeException(parameterName, epochDay,
                $"{parameterName} must have local dates within {Format(LocalDate.MinIsoValue)}..{Format(LocalDate.MaxIsoValue)}; one fell on day {Format(epochDay)} from 1970-01-01, outside them.");
        }

        return epochDay;
    }

    /// <summary>
    /// Throws if <paramref name="date"/>, which belongs to <paramref name="owner"/> (a customer's transaction), is after
    /// <paramref name="latest"/> (described by <paramref name="latestName"/>, such as "the observation end"). Generic in
    /// the owner so that per-row callers format nothing unless they throw.
    /// </summary>
    public static LocalDate AfterOf<TOwner>(this IGuardClause guardClause, LocalDate date, LocalDate latest, string latestName, string ownerKind, TOwner owner, [CallerArgumentExpression(nameof(date))] string? parameterName = null)
    {
        _ = guardClause;
        if (date > latest)
        {
            throw new ArgumentOutOfRangeException(parameterName, date,
                $"{parameterName} of {ownerKind} {Format(owner)} must be on or before {latestName} {latest:uuuu-MM-dd}; it was {date:uuuu-MM-dd}.");
        }

        return date;
    }
}
