using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Customers;
using Crm.Domain.Idic.Differentiate;
using Crm.Domain.Metrics.Categorisation;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Idic;

/// <summary>
/// What differentiation and customisation look at for one customer at an instant: the customer, its value and tier,
/// and behaviour counts from its timeline (interactions by kind, in all and within a window, the latest one).
/// </summary>
/// <remarks>Segments, offer eligibility and expected-value rules are criteria over profiles, so a customer whose
/// processing is restricted, or who objected to direct marketing, at <see cref="AsOf"/> has no profile: creating one
/// throws <see cref="ProcessingRestrictedException"/> naming the restriction (see <see cref="Customer.MayProcessFor"/>). Interactions after
/// <see cref="AsOf"/> are ignored. Immutable and thread-safe.</remarks>
public sealed class CustomerProfile
{
    private readonly int[] _counts;

    private CustomerProfile(Customer customer, ValueTierAssignment? tier, CustomerValuation valuation, Instant asOf)
    {
        // A profile is profiling: a restricted or objecting customer has none, so no segment, score or offer can include it.
        customer.RequireMayProcessFor(ProcessingUse.Profiling, asOf);
        Customer = customer;
        TierAssignment = tier;
        Valuation = valuation;
        AsOf = asOf;
        _counts = new int[Enum.GetValues<InteractionKind>().Length];
        foreach (var i in customer.Timeline.Interactions)
        {
            if (i.At <= asOf)
            {
                _counts[(int)i.Kind]++;
                LastInteraction = i.At;
            }
        }
    }

    /// <summary>The customer.</summary>
    public Customer Customer { get; }

    /// <summary>The customer's id.</summary>
    public CustomerId CustomerId => Customer.Id;

    /// <summary>The instant the profile describes.</summary>
    public Instant AsOf { get; }

    /// <summary>The customer's valuation (zero if none was given).</summary>
    public CustomerValuation Valuation { get; }

    /// <summary>The tier assignment; null if the customer was not tiered.</summary>
    public ValueTierAssignment? TierAssignment { get; }

    /// <summary>The value tier (<see cref="ValueTier.Unassigned"/> if not tiered).</summary>
    public ValueTier Tier => TierAssignment?.Tier ?? ValueTier.Unassigned;

    /// <summary>The ABC class; null if the customer was not tiered (no <see cref="TierAssignment"/>).</summary>
    public AbcClass? Abc => TierAssignment?.Abc;

    /// <summary>The instant of the latest interaction at or before <see cref="AsOf"/>; null if none.</summary>
    public Instant? LastInteraction { get; }

    /// <summary>Creates a profile from a tier assignment (which carries the valuation).</summary>
    /// <exception cref="ProcessingRestrictedException">The customer may not be profiled at <paramref name="asOf"/>.</exception>
    public static CustomerProfile Create(Customer customer, ValueTierAssignment tier, Instant asOf)
    {
        Guard.Against.Null(customer);
        Guard.Against.Null(tier);
        if (tier.CustomerId != customer.Id)
        {
            throw new ArgumentException($"The tier assignment is for {tier.CustomerId}, the customer is {customer.Id}.", nameof(tier));
        }

        return new CustomerProfile(customer, tier, tier.Valuation, asOf);
    }

    /// <summary>Creates a profile without tiering (valuation zero unless given).</summary>
    /// <exception cref="ProcessingRestrictedException">The customer may not be profiled at <paramref name="asOf"/>.</exception>
    public static CustomerProfile Untiered(Customer customer, Instant asOf, CustomerValuation? valuation = null)
    {
        Guard.Against.Null(customer);
        var v = valuation ?? CustomerValuation.Of(customer.Id, 0d);
        if (v.CustomerId != customer.Id)
        {
            throw new ArgumentException($"The valuation is for {v.CustomerId}, the customer is {customer.Id}.", nameof(valuation));
        }

        return new CustomerProfile(customer, null, v, asOf);
    }

    /// <summary>The number of interactions of <paramref name="kind"/> up to <see cref="AsOf"/>.</summary>
    public int CountOf(InteractionKind kind) => _counts[(int)Guard.Against.UndefinedEnum(kind, allowDefault: true)];

    /// <summary>The number of interactions of <paramref name="kind"/> in the <paramref name="window"/> before <see cref="AsOf"/> (inclusive).</summary>
    public int CountWithin(InteractionKind kind, Duration window)
    {
        Guard.Against.UndefinedEnum(kind, allowDefault: true);
        var from = AsOf - window;
        return Customer.Timeline.Interactions.Count(i => i.Kind == kind && i.At >= from && i.At <= AsOf);
    }

    /// <summary>The time since the latest interaction; null if none.</summary>
    public Duration? SinceLastInteraction => AsOf - LastInteraction;

    /// <inheritdoc />
    public override string ToString() => $"Profile of {CustomerId} at {AsOf}: {Tier}/{Abc}";
}
