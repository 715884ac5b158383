using System.Collections.Immutable;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>
/// What one actor may see of a customer (from <see cref="Customer.Read"/>): every field group the actor's role may not
/// read is empty here and absent from <see cref="Readable"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="ToString"/> shows no personal data.</remarks>
public sealed class CustomerView
{
    internal CustomerView(Customer customer, ImmutableArray<FieldGroup> readable)
    {
        Id = customer.Id;
        Readable = readable;
        bool can(FieldGroup g) => readable.Contains(g);
        Name = can(FieldGroup.Identity) ? customer.NameHeld : null;
        DateOfBirth = can(FieldGroup.Identity) ? customer.DateOfBirthHeld : null;
        ContactPoints = can(FieldGroup.Contact) ? customer.ContactPointsHeld : [];
        TimeZone = can(FieldGroup.Contact) ? customer.TimeZoneHeld : null;
        PreferredChannels = can(FieldGroup.Contact) ? customer.PreferredChannelsHeld : [];
        Consents = can(FieldGroup.Consent) ? customer.Consents : null;
        Timeline = can(FieldGroup.Interactions) ? customer.Timeline : null;
        CreditLimit = can(FieldGroup.Financial) ? customer.CreditLimit : null;
        Notes = can(FieldGroup.Notes) ? customer.NotesHeld : null;
        IsErased = customer.IsErased;
    }

    /// <summary>The customer's id (always visible).</summary>
    public CustomerId Id { get; }

    /// <summary>The field groups visible in this view.</summary>
    public ImmutableArray<FieldGroup> Readable { get; }

    /// <summary>The name; null if hidden, unknown or erased.</summary>
    public PersonName? Name { get; }

    /// <summary>The date of birth; null if hidden or unknown.</summary>
    public LocalDate? DateOfBirth { get; }

    /// <summary>The contact points; empty if hidden.</summary>
    public ImmutableArray<ContactPoint> ContactPoints { get; }

    /// <summary>The time zone; null if hidden.</summary>
    public DateTimeZone? TimeZone { get; }

    /// <summary>The preferred channels; empty if hidden.</summary>
    public ImmutableArray<Channel> PreferredChannels { get; }

    /// <summary>The consent ledger; null if hidden.</summary>
    public ConsentLedger? Consents { get; }

    /// <summary>The timeline; null if hidden.</summary>
    public CustomerTimeline? Timeline { get; }

    /// <summary>The credit limit; null if hidden or none.</summary>
    public Money? CreditLimit { get; }

    /// <summary>The notes; null if hidden or none.</summary>
    [Personal]
    public string? Notes { get; }

    /// <summary>Whether the customer is erased (always visible).</summary>
    public bool IsErased { get; }

    /// <summary>True when <paramref name="group"/> is visible in this view.</summary>
    public bool CanSee(FieldGroup group) => Readable.Contains(group);

    /// <inheritdoc />
    public override string ToString() => $"View of customer {Id} ({string.Join(", ", Readable)})";
}
