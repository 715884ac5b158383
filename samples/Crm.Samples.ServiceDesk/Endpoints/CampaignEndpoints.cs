using System.Collections.Immutable;
using Crm.Domain.Campaigns;
using Crm.Domain.Campaigns.Analysis;
using Crm.Domain.Primitives;
using Crm.Samples.ServiceDesk.Http;
using Crm.Samples.ServiceDesk.Marketing;
using Crm.Samples.ServiceDesk.Storage;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Endpoints;

/// <summary>
/// Campaigns: create, add offers, set costs, select the audience from the stored customers (criteria, consent,
/// suppression, hashed control group), schedule, start, record responses, complete, analyse (Wilson intervals, the
/// treated-vs-control conversion lift per segment) and mark analysed. Stored like every aggregate: event rows, a
/// snapshot, a version (<c>ETag</c>/<c>If-Match</c>).
/// </summary>
public static class CampaignEndpoints
{
    /// <summary>Maps the endpoints under <c>/campaigns</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapDeskGroup("/campaigns", "Campaigns");
        g.MapPost("/", CreateAsync).WithName("CreateCampaign").Produces<CampaignSnapshot>(StatusCodes.Status201Created);
        g.MapGet("/{id}", async (HttpContext http, AggregateStore store, string id) =>
            StreamResults.Snapshot(http, await store.SnapshotAsync(AggregateKinds.Campaign.Name, id, http.RequestAborted).ConfigureAwait(false)))
            .WithName("ReadCampaign").Produces<CampaignSnapshot>();
        g.MapGet("/{id}/audience", AudienceAsync).WithName("CampaignAudience").Produces<CampaignAudience>();
        g.MapGet("/{id}/analysis", AnalysisAsync).WithName("CampaignAnalysis").Produces<CampaignReport>();
        g.MapPost("/{id}/offers", (HttpContext http, AggregateStore store, IClock clock, string id, CampaignOffer body) =>
            StreamResults.RunAsync(http, store, AggregateKinds.Campaign, id, c => c.WithOffer(body, clock.GetCurrentInstant())))
            .WithName("AddCampaignOffer").Produces<CampaignSnapshot>();
        g.MapPut("/{id}/costs", (HttpContext http, AggregateStore store, IClock clock, string id, SetCosts body) =>
            StreamResults.RunAsync(http, store, AggregateKinds.Campaign, id, c => c.WithCosts(body.FixedCost, body.CostPerContact, clock.GetCurrentInstant())))
            .WithName("SetCampaignCosts").Produces<CampaignSnapshot>();
        g.MapPost("/{id}/audience", SelectAudienceAsync).WithName("SelectCampaignAudience").Produces<CampaignSnapshot>();
        g.MapPost("/{id}/schedule", (HttpContext http, AggregateStore store, IClock clock, string id, ScheduleCampaign body) =>
            StreamResults.RunAsync(http, store, AggregateKinds.Campaign, id, c => c.Schedule(body.PlannedStart, clock.GetCurrentInstant())))
            .WithName("ScheduleCampaign").Produces<CampaignSnapshot>();
        Command(g, "start", "StartCampaign", (c, at) => c.Start(at));
        Command(g, "complete", "CompleteCampaign", (c, at) => c.Complete(at));
        Command(g, "analysed", "MarkCampaignAnalysed", (c, at) => c.MarkAnalysed(at));
        g.MapPost("/{id}/responses", (HttpContext http, AggregateStore store, string id, RecordResponses body) =>
            StreamResults.RunAsync(http, store, AggregateKinds.Campaign, id, c => c.RecordRange(body.Responses.IsDefault ? [] : body.Responses)))
            .WithName("RecordCampaignResponses").Produces<CampaignSnapshot>();
    }

    private static void Command(RouteGroupBuilder g, string path, string name, Func<Campaign, Instant, Campaign> command) =>
        g.MapPost("/{id}/" + path, (HttpContext http, AggregateStore store, IClock clock, string id) =>
            StreamResults.RunAsync(http, store, AggregateKinds.Campaign, id, c => command(c, clock.GetCurrentInstant())))
            .WithName(name).Produces<CampaignSnapshot>();

    private static async Task<IResult> CreateAsync(HttpContext http, AggregateStore store, IClock clock, CreateCampaign body)
    {
        var campaign = Campaign.Create(body.Id, body.Name, Currency.Of(body.Currency), clock.GetCurrentInstant());
        var row = await store.CreateAsync(AggregateKinds.Campaign, campaign, http.RequestAborted).ConfigureAwait(false);
        return StreamResults.Created(http, row, $"/campaigns/{Uri.EscapeDataString(campaign.Id)}");
    }

    private static async Task<IResult> SelectAudienceAsync(HttpContext http, AggregateStore store, StoredAudience audiences, IClock clock, string id, SelectAudience body)
    {
        var loaded = await StreamResults.LoadExpectedAsync(http, store, AggregateKinds.Campaign, id).ConfigureAwait(false);
        var at = clock.GetCurrentInstant();
        var audience = await audiences.SelectAsync(body, at, http.RequestAborted).ConfigureAwait(false);
        var next = loaded.Aggregate.WithAudience(audience, at);
        return StreamResults.Snapshot(http, await store.AppendAsync(AggregateKinds.Campaign, loaded, next, http.RequestAborted).ConfigureAwait(false));
    }

    private static async Task<IResult> AudienceAsync(HttpContext http, AggregateStore store, string id)
    {
        var loaded = await store.LoadAsync(AggregateKinds.Campaign, id, http.RequestAborted).ConfigureAwait(false);
        http.Response.Headers.ETag = Versions.ETag(loaded.Version);
        return loaded.Aggregate.Audience is { } audience ? Results.Json(audience) : throw new NotFoundException("campaign audience", id);
    }

    private static async Task<IResult> AnalysisAsync(HttpContext http, AggregateStore store, string id, double? confidence)
    {
        var loaded = await store.LoadAsync(AggregateKinds.Campaign, id, http.RequestAborted).ConfigureAwait(false);
        var analysis = CampaignAnalysis.Of(loaded.Aggregate, confidence ?? 0.95);
        http.Response.Headers.ETag = Versions.ETag(loaded.Version);
        return Results.Json(new CampaignReport(id, analysis.Confidence, analysis.Overall, analysis.Segments, NextWavePolicy.Default.Decide(analysis)));
    }

    /// <summary>Creates a draft campaign.</summary>
    /// <param name="Id">The campaign id.</param>
    /// <param name="Name">Its name.</param>
    /// <param name="Currency">ISO 4217 code of its costs, offers and response values.</param>
    public sealed record CreateCampaign(string Id, string Name, string Currency);

    /// <summary>Sets the campaign's costs (both in its currency, ≥ 0).</summary>
    /// <param name="FixedCost">Cost independent of the audience size.</param>
    /// <param name="CostPerContact">Cost per treated member.</param>
    public sealed record SetCosts(Money FixedCost, Money CostPerContact);

    /// <summary>Schedules the campaign.</summary>
    /// <param name="PlannedStart">When it is to start (not before now).</param>
    public sealed record ScheduleCampaign(Instant PlannedStart);

    /// <summary>Records responses of audience members (treated: any kind; control: conversions only).</summary>
    /// <param name="Responses">The responses.</param>
    public sealed record RecordResponses(ImmutableArray<CampaignResponse> Responses);

    /// <summary>A campaign's analysis.</summary>
    /// <param name="CampaignId">The campaign.</param>
    /// <param name="Confidence">The intervals' confidence level.</param>
    /// <param name="Overall">All segments together.</param>
    /// <param name="Segments">Per segment, in ordinal order.</param>
    /// <param name="NextWave">Keep / drop / test again per segment (the library's default policy).</param>
    public sealed record CampaignReport(string CampaignId, double Confidence, SegmentAnalysis Overall, ImmutableArray<SegmentAnalysis> Segments, ImmutableArray<SegmentDecision> NextWave);
}
