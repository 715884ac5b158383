using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Primitives;
using Crm.Domain.Service;
using Crm.Samples.ServiceDesk.Http;
using Crm.Samples.ServiceDesk.Kpis;
using Crm.Samples.ServiceDesk.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Endpoints;

/// <summary>
/// The writes that feed the desk's KPI rows, and the KPI read: resolving a case (the case's events and its desk's day
/// row in one transaction), rating a resolved case (the rating row and the day row in one transaction), and the
/// scorecard of a desk over a date range (day rows merged with the accumulators' <c>+</c>).
/// </summary>
public static class KpiEndpoints
{
    /// <summary>Maps <c>POST /cases/{id}/resolve</c>, <c>POST /cases/{id}/rating</c> and <c>GET /kpis/{desk}</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var cases = app.MapDeskGroup("/cases", "Service cases");
        cases.MapPost("/{id}/resolve", ResolveAsync).WithName("ResolveCase").Produces<ServiceCaseSnapshot>();
        cases.MapPost("/{id}/rating", RateAsync).WithName("RateCase").Produces<CaseRating>(StatusCodes.Status201Created);
        app.MapDeskGroup("/kpis", "KPIs").MapGet("/{desk}", ReportAsync).WithName("DeskKpis").Produces<DeskKpiReport>();
    }

    private static Task<IResult> ResolveAsync(HttpContext http, AggregateStore store, KpiLedger ledger, IClock clock, string id) =>
        ledger.RetryAsync(
            async () =>
            {
                var loaded = await StreamResults.LoadExpectedAsync(http, store, AggregateKinds.Case, id).ConfigureAwait(false);
                var next = loaded.Aggregate.Resolve(clock.GetCurrentInstant());
                await ledger.StageAsync(next.Team, next.ResolvedAt!.Value, p => p.AddResolved(next), http.RequestAborted).ConfigureAwait(false);
                return StreamResults.Snapshot(http, await store.AppendAsync(AggregateKinds.Case, loaded, next, http.RequestAborted).ConfigureAwait(false));
            },
            // The store reports a failed save as a version conflict naming the case's stored version: when the case
            // is still at the version it expected, what changed under the save was the KPI row; load again and retry.
            ex => Task.FromResult(ex is VersionConflictException c && c.Kind == AggregateKinds.Case.Name && c.CurrentVersion == c.ExpectedVersion
                || ex is DbUpdateException and not DbUpdateConcurrencyException));

    private static Task<IResult> RateAsync(HttpContext http, AggregateStore store, KpiLedger ledger, DeskDb db, IClock clock, string id, RateCase body) =>
        ledger.RetryAsync(
            async () =>
            {
                var rating = CsatRating.Of(body.Score);
                var c = (await store.LoadAsync(AggregateKinds.Case, id, http.RequestAborted).ConfigureAwait(false)).Aggregate;
                if (!c.IsResolved)
                {
                    throw new IllegalTransitionException($"ServiceCase {id}", c.State.ToString(), "Rated", "only a resolved case can be rated");
                }

                if (await IsRatedAsync(db, id, http.RequestAborted).ConfigureAwait(false))
                {
                    throw new IllegalTransitionException($"ServiceCase {id}", "Rated", "Rated", "a case is rated once");
                }

                var at = clock.GetCurrentInstant();
                db.Add(new RatingRow { CaseId = id, Desk = c.Team, Score = body.Score, At = at });
                await ledger.StageAsync(c.Team, at, p => p.AddRating(rating), http.RequestAborted).ConfigureAwait(false);
                await db.SaveChangesAsync(http.RequestAborted).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                return Results.Json(new CaseRating(id, c.Team, body.Score, at), statusCode: StatusCodes.Status201Created);
            },
            // A concurrent rating of the same case is answered by the check above on the next attempt.
            ex => Task.FromResult(ex is DbUpdateException));

    private static async Task<IResult> ReportAsync(KpiLedger ledger, string desk, string from, string to, CancellationToken ct)
    {
        var (first, last) = (IsoDay.Parse(from, nameof(from)), IsoDay.Parse(to, nameof(to)));
        var (partial, days) = await ledger.MergedAsync(desk, first, last, ct).ConfigureAwait(false);
        return Results.Json(DeskKpiReport.Of(desk, first, last, days, partial));
    }

    private static Task<bool> IsRatedAsync(DeskDb db, string id, CancellationToken ct) =>
        db.Set<RatingRow>().AsNoTracking().AnyAsync(r => r.CaseId == id, ct);

    /// <summary>Rates a resolved case.</summary>
    /// <param name="Score">CSAT score, 1 (very dissatisfied) to 5 (very satisfied).</param>
    public sealed record RateCase(int Score);

    /// <summary>A recorded rating.</summary>
    /// <param name="CaseId">The case.</param>
    /// <param name="Desk">Its desk.</param>
    /// <param name="Score">The score.</param>
    /// <param name="At">When it was recorded.</param>
    public sealed record CaseRating(string CaseId, string Desk, int Score, Instant At);
}
