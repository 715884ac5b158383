using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>A recorded sales activity: a call, meeting, e-mail or visit against a customer or lead, with its outcome and owner.</summary>
/// <remarks>Immutable and thread-safe; a record of what happened, never edited (record a new activity instead).</remarks>
public sealed class Activity
{
    /// <summary>Creates an activity, validating every value.</summary>
    /// <exception cref="ArgumentException">A text is blank, the kind or outcome unknown, or the party default.</exception>
    [JsonConstructor]
    public Activity(string id, ActivityKind kind, SalesParty party, string owner, Instant at, ActivityOutcome outcome, string? notes = null)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Kind = Guard.Against.UndefinedEnum(kind);
        Party = Guard.Against.Uninitialized(party, party.Kind != SalesPartyKind.Unknown);
        Owner = Guard.Against.NullOrWhiteSpace(owner);
        At = at;
        Outcome = Guard.Against.UndefinedEnum(outcome);
        Notes = notes;
    }

    /// <summary>The activity identifier.</summary>
    public string Id { get; }

    /// <summary>Call, meeting, e-mail or visit.</summary>
    public ActivityKind Kind { get; }

    /// <summary>The customer or lead.</summary>
    public SalesParty Party { get; }

    /// <summary>The salesperson who owns it.</summary>
    public string Owner { get; }

    /// <summary>When it took place.</summary>
    public Instant At { get; }

    /// <summary>How it ended.</summary>
    public ActivityOutcome Outcome { get; }

    /// <summary>Free notes, if any.</summary>
    [Personal]
    public string? Notes { get; }

    /// <summary>The contact channel of the activity (call → phone, e-mail → e-mail, meeting and visit → in person).</summary>
    [JsonIgnore]
    public Channel Channel => Kind switch
    {
        ActivityKind.Call => Channel.Phone,
        ActivityKind.Email => Channel.Email,
        _ => Channel.InPerson,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Kind} with {Party} by {Owner} at {At}: {Outcome}";
}
