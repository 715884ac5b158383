using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Service;
using Crm.Samples.ServiceDesk.Http;
using Crm.Samples.ServiceDesk.Storage;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Endpoints;

/// <summary>Service cases: open, respond, pause (wait on the customer) and resume, escalate, resolve, reopen, close; SLA state in the desk's calendar.</summary>
public static class CaseEndpoints
{
    /// <summary>Maps the endpoints under <c>/cases</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapDeskGroup("/cases", "Service cases");
        g.MapPost("/", OpenAsync).WithName("OpenCase").Produces<ServiceCaseSnapshot>(StatusCodes.Status201Created);
        StreamResults.MapRead(g, AggregateKinds.Case.Name).WithName("ReadCase").Produces<ServiceCaseSnapshot>();
        g.MapGet("/{id}/sla", SlaAsync).WithName("CaseSla").Produces<SlaEvaluation>();
        Command(g, "respond", "RespondToCase", (c, at) => c.Respond(at));
        Command(g, "pause", "PauseCase", (c, at) => c.WaitOnCustomer(at));
        Command(g, "resume", "ResumeCase", (c, at) => c.Resume(at));
        // resolve: KpiEndpoints (the resolution and the desk's KPI day row are written in one transaction).
        Command(g, "reopen", "ReopenCase", (c, at) => c.Reopen(at));
        Command(g, "close", "CloseCase", (c, at) => c.Close(at));
        g.MapPost("/{id}/escalate", (HttpContext http, AggregateStore store, IClock clock, string id, EscalateCase body) =>
            StreamResults.RunAsync(http, store, AggregateKinds.Case, id, c => c.Escalate(clock.GetCurrentInstant(), body.Reason)))
            .WithName("EscalateCase").Produces<ServiceCaseSnapshot>();
    }

    private static void Command(RouteGroupBuilder g, string path, string name, Func<ServiceCase, Instant, ServiceCase> command) =>
        g.MapPost("/{id}/" + path, (HttpContext http, AggregateStore store, IClock clock, string id) =>
            StreamResults.RunAsync(http, store, AggregateKinds.Case, id, c => command(c, clock.GetCurrentInstant())))
            .WithName(name).Produces<ServiceCaseSnapshot>();

    private static async Task<IResult> OpenAsync(HttpContext http, AggregateStore store, IClock clock, OpenCase body)
    {
        var c = ServiceCase.Open(body.Id, CustomerId.Of(body.CustomerId), body.Team, body.Priority, body.Channel, clock.GetCurrentInstant());
        var row = await store.CreateAsync(AggregateKinds.Case, c, http.RequestAborted).ConfigureAwait(false);
        return StreamResults.Created(http, row, $"/cases/{Uri.EscapeDataString(c.Id)}");
    }

    private static async Task<IResult> SlaAsync(HttpContext http, AggregateStore store, IClock clock, DeskSla sla, string id)
    {
        var loaded = await store.LoadAsync(AggregateKinds.Case, id, http.RequestAborted).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        var asOf = now < loaded.Aggregate.LastEventAt ? loaded.Aggregate.LastEventAt : now;
        http.Response.Headers.ETag = Versions.ETag(loaded.Version);
        return Results.Json(sla.Policy.Evaluate(loaded.Aggregate, asOf));
    }

    /// <summary>Opens a case.</summary>
    /// <param name="Id">The case id.</param>
    /// <param name="CustomerId">The customer's id.</param>
    /// <param name="Team">The team that handles it.</param>
    /// <param name="Priority">Its priority.</param>
    /// <param name="Channel">The channel it came in on.</param>
    public sealed record OpenCase(string Id, string CustomerId, string Team, CasePriority Priority, Channel Channel);

    /// <summary>Escalates a case.</summary>
    /// <param name="Reason">Why (not blank).</param>
    public sealed record EscalateCase(string Reason);
}
