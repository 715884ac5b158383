using System.Collections.Immutable;
using Crm.Domain.Acquisition;
using Crm.Domain.Charts;
using Crm.Domain.Scoring;
using Crm.Samples.ServiceDesk.Http;
using Crm.Samples.ServiceDesk.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Endpoints;

/// <summary>Leads: create, advance through the funnel, lose, and score (scoring reads the stored lead and stores nothing).</summary>
public static class LeadEndpoints
{
    /// <summary>The desk's lead-scoring model (0–100 points; warm from 30, hot from 60).</summary>
    public static LeadScorer Scorer { get; } = LeadScorer.Create(
        ScoringModel<LeadProfile>.Create(
        [
            (LeadScoringRules.Source(LeadSource.Referral, 15), 1d),
            (LeadScoringRules.Attitude(ProspectAttitude.Preferer, 10), 1d),
            (LeadScoringRules.CompanySize(250, 20), 1d),
            (LeadScoringRules.DecisionMaker(10), 1d),
            (LeadScoringRules.Behaviour(LeadBehaviourKind.WebVisit, 4, Duration.FromDays(7), 20), 1d),
            (LeadScoringRules.Behaviour(LeadBehaviourKind.DemoRequested, 15, Duration.FromDays(30), 30), 1d),
            (LeadScoringRules.Behaviour(LeadBehaviourKind.Unsubscribed, -30, Duration.FromDays(30), 30), 1d),
        ], minimum: 0, maximum: 100),
        LeadTemperatureThresholds.Of(30, 60));

    /// <summary>Maps the endpoints under <c>/leads</c>, and the funnel chart at <c>/reports/lead-funnel.png</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapDeskGroup("/leads", "Leads");
        g.MapPost("/", CreateAsync).WithName("CreateLead").Produces<LeadSnapshot>(StatusCodes.Status201Created);
        StreamResults.MapRead(g, AggregateKinds.Lead.Name).WithName("ReadLead").Produces<LeadSnapshot>();
        g.MapPost("/{id}/advance", (HttpContext http, AggregateStore store, IClock clock, string id, LeadNote? body) =>
            StreamResults.RunAsync(http, store, AggregateKinds.Lead, id, l => l.Advance(clock.GetCurrentInstant(), body?.Note)))
            .WithName("AdvanceLead").Produces<LeadSnapshot>();
        g.MapPost("/{id}/lose", (HttpContext http, AggregateStore store, IClock clock, string id, LoseLead body) =>
            StreamResults.RunAsync(http, store, AggregateKinds.Lead, id, l => l.Lose(body.Reason, clock.GetCurrentInstant(), body.Note)))
            .WithName("LoseLead").Produces<LeadSnapshot>();
        g.MapPost("/{id}/score", ScoreAsync).WithName("ScoreLead").Produces<LeadScoreDto>();
        // Not under /leads: "funnel.png" is a valid lead id.
        app.MapDeskGroup("/reports", "Reports").MapGet("/lead-funnel.png", FunnelAsync).WithName("LeadFunnelChart")
            .Produces(StatusCodes.Status200OK, contentType: "image/png");
    }

    /// <summary>The funnel of every stored lead as of now (the library's <c>FunnelAnalysis</c>), drawn by
    /// <c>Crm.Domain.Charts</c>: a PNG of <paramref name="width"/> × <paramref name="height"/> pixels (50–4096,
    /// default 900 × 560). 404 while there are no leads.</summary>
    private static async Task<IResult> FunnelAsync(DeskDb db, IClock clock, CancellationToken ct, int? width = null, int? height = null)
    {
        var (w, h) = (width ?? 900, height ?? 560);
        if (w is < 50 or > 4096 || h is < 50 or > 4096)
        {
            throw new ArgumentOutOfRangeException(w is < 50 or > 4096 ? "width" : "height", $"width and height must be in [50, 4096] pixels; they were {w} × {h}.");
        }

        var snapshots = await db.Streams.AsNoTracking().Where(r => r.Kind == AggregateKinds.Lead.Name).Select(r => r.Snapshot).ToListAsync(ct).ConfigureAwait(false);
        if (snapshots.Count == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No leads yet", detail: "The funnel is drawn from stored leads; create one first.");
        }

        var report = FunnelAnalysis.Analyze(snapshots.Select(AggregateKinds.Lead.Read), clock.GetCurrentInstant());
        return Results.File(AcquisitionCharts.Funnel(report).ToPng(w, h), "image/png");
    }

    private static async Task<IResult> CreateAsync(HttpContext http, AggregateStore store, IClock clock, CreateLead body)
    {
        var lead = Lead.Create(body.Id, body.Source, clock.GetCurrentInstant(), body.Attitude ?? ProspectAttitude.Unknown, body.Strategies,
            body.InitialStage ?? FunnelStage.Enquiry);
        var row = await store.CreateAsync(AggregateKinds.Lead, lead, http.RequestAborted).ConfigureAwait(false);
        return StreamResults.Created(http, row, $"/leads/{Uri.EscapeDataString(lead.Id)}");
    }

    private static async Task<IResult> ScoreAsync(HttpContext http, AggregateStore store, IClock clock, string id, ScoreLead body)
    {
        var loaded = await store.LoadAsync(AggregateKinds.Lead, id, http.RequestAborted).ConfigureAwait(false);
        var behaviours = body.Behaviours?.Select(b => new LeadBehaviour(b.Kind, b.At));
        var score = Scorer.Evaluate(LeadProfile.Of(loaded.Aggregate, body.Employees, body.IsDecisionMaker, behaviours, clock.GetCurrentInstant()));
        http.Response.Headers.ETag = Versions.ETag(loaded.Version);
        return Results.Json(new LeadScoreDto(score.Total.Value, score.Temperature,
            [.. score.Breakdown.Contributions.Select(c => new LeadScoreFactor(c.Rule, c.Points, c.Contribution))]));
    }

    /// <summary>Creates a lead.</summary>
    /// <param name="Id">The lead id.</param>
    /// <param name="Source">Where it came from (not Unknown).</param>
    /// <param name="Attitude">The prospect's attitude (default Unknown).</param>
    /// <param name="Strategies">Acquisition strategy tags.</param>
    /// <param name="InitialStage">The first stage (default Enquiry).</param>
    public sealed record CreateLead(string Id, LeadSource Source, ProspectAttitude? Attitude = null, IReadOnlyList<AcquisitionStrategy>? Strategies = null, FunnelStage? InitialStage = null);

    /// <summary>An optional note on a stage change.</summary>
    /// <param name="Note">The note.</param>
    public sealed record LeadNote(string? Note = null);

    /// <summary>Marks a lead lost.</summary>
    /// <param name="Reason">Why.</param>
    /// <param name="Note">An optional note.</param>
    public sealed record LoseLead(LossReason Reason, string? Note = null);

    /// <summary>What the scoring model needs beyond the stored lead.</summary>
    /// <param name="Employees">Company size (≥ 0).</param>
    /// <param name="IsDecisionMaker">Whether the contact decides.</param>
    /// <param name="Behaviours">Observed behaviours.</param>
    public sealed record ScoreLead(int Employees, bool IsDecisionMaker, IReadOnlyList<ObservedBehaviour>? Behaviours = null);

    /// <summary>One observed behaviour.</summary>
    /// <param name="Kind">What happened.</param>
    /// <param name="At">When.</param>
    public sealed record ObservedBehaviour(LeadBehaviourKind Kind, Instant At);

    /// <summary>A lead's score.</summary>
    /// <param name="Total">Points, 0–100.</param>
    /// <param name="Temperature">Cold, warm or hot.</param>
    /// <param name="Factors">Each rule's part.</param>
    public sealed record LeadScoreDto(double Total, LeadTemperature Temperature, ImmutableArray<LeadScoreFactor> Factors);

    /// <summary>One rule's part of a score.</summary>
    /// <param name="Rule">The rule.</param>
    /// <param name="Points">Its points before weighting.</param>
    /// <param name="Contribution">Its weighted contribution.</param>
    public sealed record LeadScoreFactor(string Rule, double Points, double Contribution);
}
