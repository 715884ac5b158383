using System.Collections.Immutable;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Samples.ServiceDesk.Http;
using Crm.Samples.ServiceDesk.Storage;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Endpoints;

/// <summary>
/// Customers: register, contact points, consent with proof, notes, role-based reads (<see cref="DataAccessPolicy"/>,
/// the role of the authenticated user), the full snapshot for roles that may read everything, and erasure. A refused
/// command or read is a 403 and a row in the audit table.
/// </summary>
public static class CustomerEndpoints
{
    /// <summary>Maps the endpoints under <c>/customers</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapDeskGroup("/customers", "Customers");
        g.MapPost("/", RegisterAsync).WithName("RegisterCustomer").Produces<CustomerViewDto>(StatusCodes.Status201Created);
        g.MapGet("/{id}", ReadAsync).WithName("ReadCustomer").Produces<CustomerViewDto>();
        g.MapGet("/{id}/snapshot", SnapshotAsync).WithName("CustomerSnapshot").Produces<CustomerSnapshot>();
        g.MapGet("/{id}/audit", AuditAsync).WithName("CustomerAuditTrail").Produces<List<AuditItem>>();
        g.MapPost("/{id}/contact-points", AddContactPointAsync).WithName("AddContactPoint").Produces<CustomerViewDto>();
        g.MapPost("/{id}/consents", RecordConsentAsync).WithName("RecordConsent").Produces<CustomerViewDto>();
        g.MapPut("/{id}/notes", SetNotesAsync).WithName("SetNotes").Produces<CustomerViewDto>();
        g.MapPost("/{id}/erasure", EraseAsync).WithName("EraseCustomer").Produces<CustomerViewDto>();
    }

    private static async Task<IResult> RegisterAsync(HttpContext http, AggregateStore store, IClock clock, RegisterCustomer body)
    {
        var actor = DevAuthentication.ActorOf(http.User);
        var id = CustomerId.Of(body.Id);
        var zone = body.TimeZone is null ? null
            : DateTimeZoneProviders.Tzdb.GetZoneOrNull(body.TimeZone) ?? throw new ArgumentException($"Unknown time zone '{body.TimeZone}'.", "timeZone");
        Customer customer;
        try
        {
            customer = Customer.Register(id, PersonName.Create(body.GivenName, body.FamilyName), actor, clock.GetCurrentInstant(),
                AggregateKinds.CustomerPolicy, body.Source ?? "servicedesk", zone);
        }
        catch (AccessDeniedException denied) when (denied.Refusal is { } refusal)
        {
            await store.RecordDenialAsync(RowOf(refusal), http.RequestAborted).ConfigureAwait(false);
            throw;
        }

        var row = await store.CreateAsync(AggregateKinds.Customer, customer, http.RequestAborted).ConfigureAwait(false);
        http.Response.Headers.ETag = Versions.ETag(row.Version);
        http.Response.Headers.Location = $"/customers/{Uri.EscapeDataString(id.Value)}";
        return Results.Json(CustomerViewDto.Of(customer.Read(actor, clock.GetCurrentInstant())), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ReadAsync(HttpContext http, AggregateStore store, IClock clock, string id)
    {
        var actor = DevAuthentication.ActorOf(http.User);
        var loaded = await store.LoadAsync(AggregateKinds.Customer, id, http.RequestAborted).ConfigureAwait(false);
        CustomerView view;
        try
        {
            view = loaded.Aggregate.Read(actor, clock.GetCurrentInstant());
        }
        catch (AccessDeniedException denied) when (denied.Refusal is { } refusal)
        {
            await store.RecordDenialAsync(RowOf(refusal), http.RequestAborted).ConfigureAwait(false);
            throw;
        }

        http.Response.Headers.ETag = Versions.ETag(loaded.Version);
        return Results.Json(CustomerViewDto.Of(view));
    }

    /// <summary>The whole stored snapshot (history included): only for a role that may read every field group.</summary>
    private static async Task<IResult> SnapshotAsync(HttpContext http, AggregateStore store, IClock clock, string id)
    {
        var row = await store.SnapshotAsync(AggregateKinds.Customer.Name, id, http.RequestAborted).ConfigureAwait(false);
        await RequireFullReadAsync(http, store, clock, id, "Snapshot").ConfigureAwait(false);
        return StreamResults.Snapshot(http, row);
    }

    /// <summary>
    /// The customer's audit trail: the allowed changes the customer itself keeps and the refusals the desk keeps in its
    /// audit table, oldest first. Only for a role that may read every field group.
    /// </summary>
    private static async Task<IResult> AuditAsync(HttpContext http, AggregateStore store, IClock clock, string id)
    {
        var loaded = await store.LoadAsync(AggregateKinds.Customer, id, http.RequestAborted).ConfigureAwait(false);
        await RequireFullReadAsync(http, store, clock, id, "AuditTrail").ConfigureAwait(false);
        var allowed = loaded.Aggregate.AuditTrail.Select(e => AuditItem.Of(RowOf(e)));
        var denied = (await store.DenialsAsync(id, http.RequestAborted).ConfigureAwait(false)).Select(AuditItem.Of);
        http.Response.Headers.ETag = Versions.ETag(loaded.Version);
        return Results.Json(allowed.Concat(denied).OrderBy(a => a.At).ToList());
    }

    /// <summary>Refuses (403, audited) an actor whose role may not read every field group of the customer.</summary>
    private static async Task RequireFullReadAsync(HttpContext http, AggregateStore store, IClock clock, string id, string field)
    {
        var actor = DevAuthentication.ActorOf(http.User);
        var hidden = DataAccessPolicy.FieldGroups.FirstOrDefault(g => !AggregateKinds.CustomerPolicy.CanRead(actor.Role, g));
        if (hidden == FieldGroup.Unknown)
        {
            return;
        }

        var reason = $"role '{actor.Role}' may not read {hidden}; the {field} holds every field group";
        await store.RecordDenialAsync(new AuditRow
        {
            CustomerId = id, At = clock.GetCurrentInstant(), UserId = actor.UserId, Role = actor.Role.Name, FieldGroup = hidden.ToString(),
            Action = nameof(AuditAction.Read), Field = field, Outcome = nameof(AuditOutcome.Denied), Reason = reason,
        }, http.RequestAborted).ConfigureAwait(false);
        throw new AccessDeniedException(reason);
    }

    private static Task<IResult> AddContactPointAsync(HttpContext http, AggregateStore store, IClock clock, string id, AddContactPoint body)
    {
        var now = clock.GetCurrentInstant();
        var point = body.Kind switch
        {
            ContactPointKind.Email => ContactPoint.ForEmail(EmailAddress.Parse(body.Value), body.Verification, now),
            ContactPointKind.Phone => ContactPoint.ForPhone(PhoneNumber.Parse(body.Value, body.DefaultCallingCode), body.Verification, now),
            _ => throw new ArgumentException($"kind must be Email or Phone here; it was {body.Kind}.", "kind"),
        };
        return ChangeAsync(http, store, clock, id, (c, actor) => c.AddContactPoint(actor, point, now));
    }

    private static Task<IResult> RecordConsentAsync(HttpContext http, AggregateStore store, IClock clock, string id, RecordConsent body)
    {
        var at = body.At ?? clock.GetCurrentInstant();
        var purpose = ConsentPurpose.Of(body.Purpose);
        var record = body.Status switch
        {
            ConsentStatus.Granted => ConsentRecord.Grant(body.Channel, purpose, at, body.CaptureSource, body.Proof, body.ProofReference),
            ConsentStatus.Withdrawn => ConsentRecord.Withdraw(body.Channel, purpose, at, body.CaptureSource, body.Proof, body.ProofReference),
            _ => throw new ArgumentException($"status must be Granted or Withdrawn; it was {body.Status}.", "status"),
        };
        return ChangeAsync(http, store, clock, id, (c, actor) => c.RecordConsent(actor, record));
    }

    private static Task<IResult> SetNotesAsync(HttpContext http, AggregateStore store, IClock clock, string id, SetNotes body) =>
        ChangeAsync(http, store, clock, id, (c, actor) => c.SetNotes(actor, body.Notes, clock.GetCurrentInstant()));

    private static Task<IResult> EraseAsync(HttpContext http, AggregateStore store, IClock clock, string id) =>
        ChangeAsync(http, store, clock, id, (c, actor) => c.Erase(actor, clock.GetCurrentInstant()), erase: true);

    /// <summary>
    /// A customer command: a refusal is kept in the audit table and answered 403; an allowed change is stored (an
    /// erasure replaces the stored history and scrubs the file) and answered with the actor's view.
    /// </summary>
    private static async Task<IResult> ChangeAsync(HttpContext http, AggregateStore store, IClock clock, string id,
        Func<Customer, Actor, CustomerUpdate> command, bool erase = false)
    {
        var actor = DevAuthentication.ActorOf(http.User);
        var kind = AggregateKinds.Customer;
        var loaded = await StreamResults.LoadExpectedAsync(http, store, kind, id).ConfigureAwait(false);
        var update = command(loaded.Aggregate, actor);
        if (!update.IsAllowed)
        {
            await store.RecordDenialAsync(RowOf(update.Entry), http.RequestAborted).ConfigureAwait(false);
            throw new AccessDeniedException(update.Entry);
        }

        StreamRow row;
        if (erase)
        {
            row = await store.ReplaceHistoryAsync(kind, loaded, update.Customer, http.RequestAborted).ConfigureAwait(false);
            if (!await store.ScrubAsync(http.RequestAborted).ConfigureAwait(false))
            {
                // The erasure is committed; only the WAL truncation waited on a reader. The next checkpoint finishes it.
                http.RequestServices.GetRequiredService<ILogger<AggregateStore>>().WalCheckpointBusy(id);
            }
        }
        else
        {
            row = await store.AppendAsync(kind, loaded, update.Customer, http.RequestAborted).ConfigureAwait(false);
        }

        http.Response.Headers.ETag = Versions.ETag(row.Version);
        var view = update.Customer.Policy.Knows(actor.Role) ? update.Customer.Read(actor, clock.GetCurrentInstant()) : null;
        return view is null ? Results.NoContent() : Results.Json(CustomerViewDto.Of(view));
    }

    /// <summary>The row of a library audit entry (a refusal to keep, or an allowed change to list).</summary>
    private static AuditRow RowOf(AuditEntry e) => new()
    {
        CustomerId = e.CustomerId.Value, At = e.At, UserId = e.Actor.UserId, Role = e.Actor.Role.Name, FieldGroup = e.FieldGroup.ToString(),
        Action = e.Action.ToString(), Field = e.Field, Outcome = e.Outcome.ToString(), Reason = e.Reason,
    };

    /// <summary>One entry of a customer's audit trail (never personal data).</summary>
    /// <param name="At">When.</param>
    /// <param name="UserId">Who.</param>
    /// <param name="Role">In which role.</param>
    /// <param name="FieldGroup">The field group concerned.</param>
    /// <param name="Action">Register, Change, Erase, Read…</param>
    /// <param name="Field">The field.</param>
    /// <param name="Outcome">Allowed or Denied.</param>
    /// <param name="Reason">Why it was denied.</param>
    public sealed record AuditItem(Instant At, string UserId, string Role, string FieldGroup, string Action, string Field, string Outcome, string? Reason)
    {
        /// <summary>The item of a stored row.</summary>
        public static AuditItem Of(AuditRow row)
        {
            ArgumentNullException.ThrowIfNull(row);
            return new(row.At, row.UserId, row.Role, row.FieldGroup, row.Action, row.Field, row.Outcome, row.Reason);
        }
    }

    /// <summary>Registers a customer.</summary>
    /// <param name="Id">The customer id (an opaque key, 1–128 characters).</param>
    /// <param name="GivenName">Given name(s).</param>
    /// <param name="FamilyName">Family name.</param>
    /// <param name="Source">The system the record comes from (default <c>servicedesk</c>).</param>
    /// <param name="TimeZone">The customer's TZDB time zone (default UTC).</param>
    public sealed record RegisterCustomer(string Id, string GivenName, string FamilyName, string? Source = null, string? TimeZone = null);

    /// <summary>Adds an e-mail or phone contact point.</summary>
    /// <param name="Kind">Email or Phone.</param>
    /// <param name="Value">The address or number.</param>
    /// <param name="Verification">Its verification state.</param>
    /// <param name="DefaultCallingCode">For a national phone number: the calling code to assume (e.g. <c>44</c>).</param>
    public sealed record AddContactPoint(ContactPointKind Kind, string Value, VerificationState Verification = VerificationState.Unverified, string? DefaultCallingCode = null);

    /// <summary>Records a consent grant or withdrawal, with its proof.</summary>
    /// <param name="Channel">The channel consented to.</param>
    /// <param name="Purpose">The purpose (<c>marketing</c>, <c>service</c>, <c>profiling</c> or your own).</param>
    /// <param name="Status">Granted or Withdrawn.</param>
    /// <param name="CaptureSource">Where it was captured (a form, a call…).</param>
    /// <param name="Proof">The kind of proof held.</param>
    /// <param name="ProofReference">Where the proof is kept (a document id…).</param>
    /// <param name="At">When it was given (default: now).</param>
    public sealed record RecordConsent(Channel Channel, string Purpose, ConsentStatus Status, string CaptureSource, ConsentProof Proof, string? ProofReference = null, Instant? At = null);

    /// <summary>Sets or clears the notes.</summary>
    /// <param name="Notes">The notes; null or blank clears them.</param>
    public sealed record SetNotes(string? Notes = null);

    /// <summary>What the caller's role may see of a customer (hidden groups are null or empty and not in <see cref="Readable"/>).</summary>
    /// <param name="Id">The customer id.</param>
    /// <param name="Readable">The field groups visible.</param>
    /// <param name="Name">The name, if visible.</param>
    /// <param name="DateOfBirth">The date of birth, if visible and known.</param>
    /// <param name="ContactPoints">The contact points (empty if hidden).</param>
    /// <param name="TimeZone">The time zone id, if visible.</param>
    /// <param name="Consents">The consent records, if visible.</param>
    /// <param name="Interactions">The interactions, if visible.</param>
    /// <param name="CreditLimit">The credit limit, if visible and set.</param>
    /// <param name="Notes">The notes, if visible and set.</param>
    /// <param name="IsErased">Whether the customer is erased.</param>
    public sealed record CustomerViewDto(string Id, ImmutableArray<FieldGroup> Readable, PersonName? Name, LocalDate? DateOfBirth,
        ImmutableArray<ContactPoint> ContactPoints, string? TimeZone, ImmutableArray<ConsentRecord>? Consents,
        ImmutableArray<Interaction>? Interactions, Money? CreditLimit, string? Notes, bool IsErased)
    {
        /// <summary>The DTO of a library view.</summary>
        public static CustomerViewDto Of(CustomerView view)
        {
            ArgumentNullException.ThrowIfNull(view);
            return new(view.Id.Value, view.Readable, view.Name, view.DateOfBirth, view.ContactPoints, view.TimeZone?.Id,
                view.Consents?.Records, view.Timeline?.Interactions, view.CreditLimit, view.Notes, view.IsErased);
        }
    }
}
