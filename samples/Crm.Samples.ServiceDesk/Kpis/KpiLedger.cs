using Crm.Samples.ServiceDesk.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Kpis;

/// <summary>
/// The desk's per-day KPI rows (<see cref="KpiRow"/>): <see cref="StageAsync"/> changes one day's row in the request's
/// <see cref="DeskDb"/> without saving, so the write that feeds it (a case resolution through
/// <see cref="AggregateStore"/>, a rating) saves both in ONE transaction; <see cref="MergedAsync"/> adds up a date
/// range. Days are dates in the desk's time zone (<c>Desk:TimeZone</c>, the SLA calendar's zone).
/// </summary>
/// <remarks>Scoped (one per request, like its <see cref="DeskDb"/>); not thread-safe.</remarks>
public sealed class KpiLedger(DeskDb db, DeskSla sla)
{
    /// <summary>How many times a write whose only conflict is on a KPI row is retried before it is answered 409.</summary>
    public const int MaxAttempts = 20;

    /// <summary>The desk's time zone.</summary>
    public DateTimeZone Zone => sla.Policy.Calendar.Zone;

    /// <summary>The desk's day of <paramref name="at"/>.</summary>
    public LocalDate DayOf(Instant at) => at.InZone(Zone).Date;

    /// <summary>
    /// Applies <paramref name="change"/> to the row of <paramref name="desk"/> for the day of <paramref name="at"/> (a new
    /// row when there is none) and leaves it tracked: the caller's <c>SaveChanges</c> writes it, under the row's version
    /// check (a concurrent writer of the same row makes that save fail, and the caller retries).
    /// </summary>
    public async Task StageAsync(string desk, Instant at, Func<DeskKpiPartial, DeskKpiPartial> change, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(desk);
        ArgumentNullException.ThrowIfNull(change);
        var day = IsoDay.Format(DayOf(at));
        var row = await db.Set<KpiRow>().SingleOrDefaultAsync(r => r.Desk == desk && r.Day == day, ct).ConfigureAwait(false);
        if (row is null)
        {
            row = new KpiRow { Desk = desk, Day = day, Version = 1, FirstContactResolution = "", TimeToResolution = "", SameDayClosure = "", Csat = "" };
            change(DeskKpiPartial.Empty(Zone)).WriteTo(row);
            db.Add(row);
            return;
        }

        change(DeskKpiPartial.Read(row)).WriteTo(row);
        row.Version++;
    }

    /// <summary>The sum of <paramref name="desk"/>'s rows from <paramref name="from"/> to <paramref name="to"/> (inclusive) and how many rows there were.</summary>
    public async Task<(DeskKpiPartial Partial, int Days)> MergedAsync(string desk, LocalDate from, LocalDate to, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(desk);
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"to must not be before from ({IsoDay.Format(from)}); it was {IsoDay.Format(to)}.");
        }

        var (lo, hi) = (IsoDay.Format(from), IsoDay.Format(to));
        // ISO dates compare as text in date order, on every provider.
        var rows = await db.Set<KpiRow>().AsNoTracking()
            .Where(r => r.Desk == desk && r.Day.CompareTo(lo) >= 0 && r.Day.CompareTo(hi) <= 0)
            .ToListAsync(ct).ConfigureAwait(false);
        var sum = DeskKpiPartial.Empty(Zone);
        foreach (var row in rows)
        {
            sum += DeskKpiPartial.Read(row);
        }

        return (sum, rows.Count);
    }

    /// <summary>
    /// Runs <paramref name="write"/> (which loads, stages and saves) until it succeeds, retrying when
    /// <paramref name="onlyKpiConflict"/> says the failure was a concurrent change of a KPI row (the aggregate itself
    /// unchanged); after <see cref="MaxAttempts"/> the last failure is thrown.
    /// </summary>
    public async Task<T> RetryAsync<T>(Func<Task<T>> write, Func<Exception, Task<bool>> onlyKpiConflict)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(onlyKpiConflict);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write().ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < MaxAttempts && ex is DbUpdateException or VersionConflictException)
            {
                db.ChangeTracker.Clear();
                if (!await onlyKpiConflict(ex).ConfigureAwait(false))
                {
                    throw;
                }
            }
        }
    }
}
