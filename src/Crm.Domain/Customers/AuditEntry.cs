using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>
/// One line of a customer's audit trail: who (actor, role and organisational player), when, which customer, which field group and field,
/// what was done, whether it was allowed, and the value before and after — shown only for groups without personal
/// data (consent, interactions, financial); for identity, contact and notes both are <see cref="Redacted"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is by reference.</remarks>
public sealed class AuditEntry
{
    /// <summary>The text written instead of a personal-data value.</summary>
    public const string Redacted = "[redacted]";

    [JsonConstructor]
    internal AuditEntry(Instant at, CustomerId customerId, Actor actor, FieldGroup fieldGroup, AuditAction action, string field, string? before, string? after, AuditOutcome outcome, string? reason, OrganisationalPlayer player = OrganisationalPlayer.Unknown)
    {
        Guard.Against.Uninitialized(customerId, !customerId.IsDefault);
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        Guard.Against.UndefinedEnum(fieldGroup);
        Guard.Against.UndefinedEnum(action);
        Guard.Against.UndefinedEnum(outcome);
        Guard.Against.UndefinedEnum(player, allowDefault: true);

        At = at;
        CustomerId = customerId;
        Actor = actor;
        FieldGroup = fieldGroup;
        Action = action;
        Field = Guard.Against.NullOrWhiteSpace(field);
        Before = before;
        After = after;
        Outcome = outcome;
        Reason = reason;
        Player = player;
    }

    /// <summary>When the operation was attempted.</summary>
    public Instant At { get; }

    /// <summary>The customer concerned.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Who attempted it.</summary>
    public Actor Actor { get; }

    /// <summary>The field group concerned (<see cref="FieldGroup.Unknown"/> never appears).</summary>
    public FieldGroup FieldGroup { get; }

    /// <summary>What was attempted.</summary>
    public AuditAction Action { get; }

    /// <summary>The field (or operation) name, such as <c>Name</c> or <c>CreditLimit</c>.</summary>
    [NotPersonal("the name of a field of the customer record")]
    public string Field { get; }

    /// <summary>The value before (null if none; <see cref="Redacted"/> for personal data).</summary>
    [NotPersonal("a changed value, written as the redaction marker when it is personal data")]
    public string? Before { get; }

    /// <summary>The value after (null if none; <see cref="Redacted"/> for personal data).</summary>
    [NotPersonal("a changed value, written as the redaction marker when it is personal data")]
    public string? After { get; }

    /// <summary>Allowed or denied.</summary>
    public AuditOutcome Outcome { get; }

    /// <summary>Why it was denied (or a note on an allowed operation); never personal data.</summary>
    [NotPersonal("the access policy's reason, never personal data")]
    public string? Reason { get; }

    /// <summary>The organisational player the actor's role belongs to under the customer's policy
    /// (<see cref="DataAccessPolicy.PlayerOf"/>) when the entry was written; <see cref="OrganisationalPlayer.Unknown"/>
    /// when the role was placed among none, and for entries stored before players existed.</summary>
    public OrganisationalPlayer Player { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{At} {Actor}{(Player == OrganisationalPlayer.Unknown ? string.Empty : $" [{Player}]")} {Action} {CustomerId}/{FieldGroup}.{Field}: {Outcome}{(Reason is null ? string.Empty : " (" + Reason + ")")} [{Before ?? "-"} -> {After ?? "-"}]";
}
