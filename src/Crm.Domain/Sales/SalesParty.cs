using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Sales;

/// <summary>Whom a sales activity, follow-up or opportunity is about: a customer (a person), a lead or an account (an organisation), by identifier.</summary>
/// <remarks>Equality compares the kind and the identifier (ordinal). <c>default</c> has kind
/// <see cref="SalesPartyKind.Unknown"/> and is refused. Immutable and thread-safe.</remarks>
public readonly record struct SalesParty
{
    /// <summary>Creates a party; prefer <see cref="Customer"/> or <see cref="Lead"/>.</summary>
    /// <exception cref="ArgumentException">The kind is unknown or the identifier blank.</exception>
    [JsonConstructor]
    public SalesParty(SalesPartyKind kind, string id)
    {
        Kind = Guard.Against.UndefinedEnum(kind);
        Id = Guard.Against.NullOrWhiteSpace(id);
    }

    /// <summary>Customer or lead.</summary>
    public SalesPartyKind Kind { get; }

    /// <summary>The customer or lead identifier.</summary>
    public string Id => field ?? string.Empty;

    /// <summary>A customer.</summary>
    public static SalesParty Customer(CustomerId id) => new(SalesPartyKind.Customer, Guard.Against.Uninitialized(id, !id.IsDefault).Value);

    /// <summary>A lead.</summary>
    public static SalesParty Lead(string leadId) => new(SalesPartyKind.Lead, leadId);

    /// <summary>An account (an organisation): the party of a B2B opportunity.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public static SalesParty Account(AccountId id) => new(SalesPartyKind.Account, Guard.Against.Uninitialized(id, !id.IsDefault).Value);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Id}";
}
