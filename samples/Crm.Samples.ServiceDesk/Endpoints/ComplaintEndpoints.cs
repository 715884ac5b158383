using Crm.Domain.Primitives;
using Crm.Domain.Service;
using Crm.Samples.ServiceDesk.Http;
using Crm.Samples.ServiceDesk.Storage;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Endpoints;

/// <summary>
/// Complaints: filed on a stored case (one complaint per case, keyed by the case id); the outcome of service recovery
/// is recorded once the case is resolved. The complaint keeps its own copy of the case's events and catches up with the
/// stored case (<c>Complaint.WithCase</c>) before each command.
/// </summary>
public static class ComplaintEndpoints
{
    /// <summary>Maps the endpoints under <c>/complaints</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapDeskGroup("/complaints", "Complaints");
        g.MapPost("/", FileAsync).WithName("FileComplaint").Produces<ComplaintSnapshot>(StatusCodes.Status201Created);
        StreamResults.MapRead(g, AggregateKinds.Complaint.Name).WithName("ReadComplaint").Produces<ComplaintSnapshot>();
        g.MapPost("/{id}/outcome", OutcomeAsync).WithName("RecordComplaintOutcome").Produces<ComplaintSnapshot>();
    }

    private static async Task<IResult> FileAsync(HttpContext http, AggregateStore store, FileComplaint body)
    {
        var serviceCase = await store.LoadAsync(AggregateKinds.Case, body.CaseId, http.RequestAborted).ConfigureAwait(false);
        var complaint = Complaint.File(serviceCase.Aggregate, body.Subject);
        var row = await store.CreateAsync(AggregateKinds.Complaint, complaint, http.RequestAborted).ConfigureAwait(false);
        return StreamResults.Created(http, row, $"/complaints/{Uri.EscapeDataString(body.CaseId)}");
    }

    private static async Task<IResult> OutcomeAsync(HttpContext http, AggregateStore store, IClock clock, string id, RecordOutcome body)
    {
        var serviceCase = await store.LoadAsync(AggregateKinds.Case, id, http.RequestAborted).ConfigureAwait(false);
        return await StreamResults.RunAsync(http, store, AggregateKinds.Complaint, id, c =>
        {
            var current = c.WithCase(serviceCase.Aggregate);
            var at = clock.GetCurrentInstant();
            return current.RecordOutcome(body.Outcome, at < current.History[^1].At ? current.History[^1].At : at, body.Compensation);
        }).ConfigureAwait(false);
    }

    /// <summary>Files a complaint on a stored case.</summary>
    /// <param name="CaseId">The case that handles it.</param>
    /// <param name="Subject">What it is about.</param>
    public sealed record FileComplaint(string CaseId, string Subject);

    /// <summary>Records the service-recovery outcome.</summary>
    /// <param name="Outcome">The outcome (not Pending).</param>
    /// <param name="Compensation">Compensation given, if any.</param>
    public sealed record RecordOutcome(ServiceRecoveryOutcome Outcome, Money? Compensation = null);
}
