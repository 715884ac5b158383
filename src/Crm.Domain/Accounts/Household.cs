using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Accounts;

/// <summary>
/// A household or relationship group (B2C): customers living or buying together, with one head. The B2C
/// counterpart of an <see cref="Account"/>: members are <see cref="Customers.Customer"/>s, so their consent and
/// personal data stay on each member.
/// </summary>
/// <remarks>
/// <para>Rules: 1 to <see cref="MaxMembers"/> members, each once, exactly one with relation
/// <see cref="HouseholdRelation.Head"/>, and that one is <see cref="Head"/>. A value, not a process: every change
/// returns a new household; a host keeps the history if it needs one. A customer may belong to several households
/// (a relationship group is not exclusive).</para>
/// <para>JSON: <c>{"id":"H-1","name":"Lima family","members":[{"customer":"C-1","relation":"Head"},…]}</c>, checked on
/// reading. Equality compares id, name and members in order. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Household : IEquatable<Household>
{
    /// <summary>The most members accepted.</summary>
    public const int MaxMembers = 64;

    [JsonConstructor]
    internal Household(string id, string name, ImmutableArray<HouseholdMember> members)
    {
        Id = Guard.Against.InvalidIdentifier(id, "household");
        Guard.Against.NullOrWhiteSpace(name);
        Name = Guard.Against.TooLong(name, Account.MaxTextLength)!;
        Guard.Against.DefaultArray(members);
        Guard.Against.OutsideRange(members.Length, 1, MaxMembers, nameof(members));
        var heads = 0;
        for (var i = 0; i < members.Length; i++)
        {
            Guard.Against.NullOrDefaultKey(members[i].Customer, nameof(members));
            Guard.Against.UndefinedEnum(members[i].Relation, parameterName: nameof(members));
            heads += members[i].Relation == HouseholdRelation.Head ? 1 : 0;
            for (var j = 0; j < i; j++)
            {
                if (members[j].Customer == members[i].Customer)
                {
                    throw new ArgumentException($"members: customer {members[i].Customer} is a member twice.", nameof(members));
                }
            }
        }

        if (heads != 1)
        {
            throw new ArgumentException($"members: exactly one member is the Head; there were {heads}.", nameof(members));
        }

        Members = members;
    }

    /// <summary>The household's identifier (1–64 letters, digits, '.', '-', '_').</summary>
    public string Id { get; }

    /// <summary>A display name ("Lima family").</summary>
    [Personal]
    public string Name { get; }

    /// <summary>The members in the order they joined; the head is one of them.</summary>
    public ImmutableArray<HouseholdMember> Members { get; }

    /// <summary>The head of the household.</summary>
    [JsonIgnore]
    public CustomerId Head => Members.First(m => m.Relation == HouseholdRelation.Head).Customer;

    /// <summary>A household of one: <paramref name="head"/>.</summary>
    /// <exception cref="ArgumentException">The id is not an identifier, the name blank or too long, or the head <c>default</c>.</exception>
    public static Household Create(string id, string name, CustomerId head) => new(id, name, [new HouseholdMember(head, HouseholdRelation.Head)]);

    /// <summary>True when <paramref name="customer"/> is a member.</summary>
    public bool Contains(CustomerId customer) => Members.Any(m => m.Customer == customer);

    /// <summary>The household with <paramref name="customer"/> added (or their relation replaced) as <paramref name="relation"/>.</summary>
    /// <exception cref="ArgumentException">The customer is <c>default</c>; the relation is undefined, unknown or
    /// <see cref="HouseholdRelation.Head"/> (use <see cref="WithHead"/>); the household is full; or the customer is the head.</exception>
    public Household WithMember(CustomerId customer, HouseholdRelation relation)
    {
        Guard.Against.NullOrDefaultKey(customer);
        Guard.Against.UndefinedEnum(relation);
        if (relation == HouseholdRelation.Head || customer == Head)
        {
            throw new ArgumentException("WithMember does not change the head; use WithHead.", nameof(relation));
        }

        var i = Members.IndexOf(Members.FirstOrDefault(m => m.Customer == customer));
        return new(Id, Name, Contains(customer) ? Members.SetItem(i, new(customer, relation)) : Members.Add(new(customer, relation)));
    }

    /// <summary>The household without <paramref name="customer"/>.</summary>
    /// <exception cref="ArgumentException">The customer is not a member, or is the head (name another head first).</exception>
    public Household WithoutMember(CustomerId customer)
    {
        if (!Contains(customer) || customer == Head)
        {
            throw new ArgumentException($"customer must be a member other than the head; it was {customer}.", nameof(customer));
        }

        return new(Id, Name, Members.RemoveAll(m => m.Customer == customer));
    }

    /// <summary>The household with <paramref name="customer"/> (a member) as head; the old head becomes <paramref name="formerHeadRelation"/>.</summary>
    /// <exception cref="ArgumentException">The customer is not a member or already the head, or the relation is undefined, unknown or Head.</exception>
    public Household WithHead(CustomerId customer, HouseholdRelation formerHeadRelation)
    {
        Guard.Against.UndefinedEnum(formerHeadRelation);
        if (!Contains(customer) || customer == Head || formerHeadRelation == HouseholdRelation.Head)
        {
            throw new ArgumentException($"customer must be a member other than the head, and the former head's relation not Head; they were {customer} and {formerHeadRelation}.", nameof(customer));
        }

        var head = Head;
        return new(Id, Name, [.. Members.Select(m => m.Customer == customer ? new HouseholdMember(customer, HouseholdRelation.Head)
            : m.Customer == head ? new HouseholdMember(head, formerHeadRelation) : m)]);
    }

    /// <inheritdoc />
    public bool Equals(Household? other) =>
        other is not null && Id == other.Id && Name == other.Name && Members.AsSpan().SequenceEqual(other.Members.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Household);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Members.Length);

    /// <inheritdoc />
    public override string ToString() => $"Household {Id} ({Members.Length} members)";

    /// <summary>Equality.</summary>
    public static bool operator ==(Household? left, Household? right) => left?.Equals(right) ?? right is null;

    /// <summary>Inequality.</summary>
    public static bool operator !=(Household? left, Household? right) => !(left == right);
}
