using System.Collections.Frozen;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Idic.Interact;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>
/// Plugs the IDIC <see cref="ContactPolicy"/> (consent per channel and purpose, frequency caps, quiet hours in the
/// customer's zone, channel preference) into audience selection as an <see cref="IContactEligibility"/>.
/// </summary>
/// <remarks>
/// <para>Each customer's facts are compiled once into a <see cref="ContactProfile"/> as of <c>asOf</c> (consent
/// given or withdrawn later is not seen), so the instance refuses questions about any later instant: a customer who
/// withdrew consent after <c>asOf</c> must not be selected. Build a new instance for a later selection. A customer the
/// instance was not built with is never contactable: no knowledge, no consent.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class PolicyContactEligibility : IContactEligibility
{
    private readonly ContactPolicy _policy;
    private readonly FrozenDictionary<CustomerId, ContactProfile> _profiles;

    private PolicyContactEligibility(ContactPolicy policy, FrozenDictionary<CustomerId, ContactProfile> profiles, Instant asOf)
    {
        _policy = policy;
        _profiles = profiles;
        AsOf = asOf;
    }

    /// <summary>The instant the contact facts were compiled at: questions about later instants are refused.</summary>
    public Instant AsOf { get; }

    /// <summary>The number of customers whose contact facts were compiled.</summary>
    public int Count => _profiles.Count;

    /// <summary>Compiles the contact facts of <paramref name="customers"/> under <paramref name="policy"/> as of <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two customers share an id.</exception>
    public static PolicyContactEligibility Create(ContactPolicy policy, IEnumerable<Customer> customers, Instant asOf)
    {
        Guard.Against.Null(policy);
        Guard.Against.Null(customers);
        var profiles = new Dictionary<CustomerId, ContactProfile>();
        foreach (var customer in customers)
        {
            Guard.Against.Null(customer, nameof(customers));
            if (!profiles.TryAdd(customer.Id, policy.ProfileOf(customer, asOf)))
            {
                throw new ArgumentException($"Customer '{customer.Id}' appears twice in customers.", nameof(customers));
            }
        }

        return new PolicyContactEligibility(policy, profiles.ToFrozenDictionary(), asOf);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is after <see cref="AsOf"/> (consent may have changed since).</exception>
    public bool MayContact(CustomerId customer, Channel channel, Instant at)
    {
        RequireCompiledFor(at);
        return _profiles.TryGetValue(customer, out var profile) && _policy.Decide(profile, channel, at).IsAllowed;
    }

    /// <summary>The policy's full decision (with the reason and the next possible instant), or null for an unknown customer.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is after <see cref="AsOf"/> (consent may have changed since).</exception>
    public ContactDecision? Decide(CustomerId customer, Channel channel, Instant at)
    {
        RequireCompiledFor(at);
        return _profiles.TryGetValue(customer, out var profile) ? _policy.Decide(profile, channel, at) : null;
    }

    private void RequireCompiledFor(Instant at)
    {
        if (at > AsOf)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at,
                $"{nameof(at)} must be at or before {AsOf}, when the contact facts were compiled: consent given or withdrawn since is not known. Compile a new eligibility for a later selection.");
        }
    }
}
