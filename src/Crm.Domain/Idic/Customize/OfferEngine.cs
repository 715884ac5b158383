using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Idic.Interact;
using NodaTime;

namespace Crm.Domain.Idic.Customize;

/// <summary>
/// Next best action: for a customer, evaluates every offer — eligibility, then the contact policy for the offer's
/// channel, then expected value — and recommends at most <see cref="MaxPerCustomer"/> offers, by priority then
/// expected value. Nothing the contact policy forbids is ever recommended; every outcome is explained.
/// </summary>
/// <remarks>Ties in priority and expected value keep the offers' order. Immutable and thread-safe.</remarks>
public sealed class OfferEngine
{
    private OfferEngine(ImmutableArray<Offer> offers, ContactPolicy contactPolicy, int maxPerCustomer, double minimumExpectedValue)
    {
        Offers = offers;
        ContactPolicy = contactPolicy;
        MaxPerCustomer = maxPerCustomer;
        MinimumExpectedValue = minimumExpectedValue;
    }

    /// <summary>The offers, in order.</summary>
    public ImmutableArray<Offer> Offers { get; }

    /// <summary>The contact policy every recommendation must pass.</summary>
    public ContactPolicy ContactPolicy { get; }

    /// <summary>The most recommendations per customer (≥ 1).</summary>
    public int MaxPerCustomer { get; }

    /// <summary>An offer is recommended only if its expected value is above this (finite).</summary>
    public double MinimumExpectedValue { get; }

    /// <summary>Creates an engine.</summary>
    /// <exception cref="ArgumentException">No offers, a null one, duplicate names, null policy, limit below 1, non-finite minimum.</exception>
    public static OfferEngine Create(IEnumerable<Offer> offers, ContactPolicy contactPolicy, int maxPerCustomer = 1, double minimumExpectedValue = 0d)
    {
        Guard.Against.Null(offers);
        ImmutableArray<Offer> list = [.. offers];
        Guard.Against.NullOrEmpty(list, nameof(offers));
        if (list.Any(o => o is null) || list.Select(o => o.Name).Distinct(StringComparer.Ordinal).Count() != list.Length)
        {
            throw new ArgumentException("offers must be non-null with unique names.", nameof(offers));
        }

        Guard.Against.Null(contactPolicy);
        Guard.Against.OutsideRange(maxPerCustomer, 1, int.MaxValue);
        Guard.Against.NonFinite(minimumExpectedValue);
        return new OfferEngine(list, contactPolicy, maxPerCustomer, minimumExpectedValue);
    }

    /// <summary>The next best actions for one customer at <paramref name="at"/>.</summary>
    /// <exception cref="ArgumentException">Null profile, or a contact profile of another customer or purpose.</exception>
    public NextBestActions Recommend(CustomerProfile profile, ContactProfile contact, Instant at)
    {
        Guard.Against.Null(profile);
        Guard.Against.Null(contact);
        if (contact.CustomerId != profile.CustomerId)
        {
            throw new ArgumentException($"The contact profile is of {contact.CustomerId}, the profile of {profile.CustomerId}.", nameof(contact));
        }

        var candidates = new List<OfferEvaluation>();
        var rejected = ImmutableArray.CreateBuilder<OfferEvaluation>();
        foreach (var offer in Offers)
        {
            var eligibility = offer.Eligibility.Evaluate(profile);
            if (!eligibility.IsSatisfied)
            {
                rejected.Add(new OfferEvaluation(offer, OfferOutcome.NotEligible, eligibility, null, null));
                continue;
            }

            var decision = ContactPolicy.Decide(contact, offer.Channel, at);
            if (!decision.IsAllowed)
            {
                rejected.Add(new OfferEvaluation(offer, OfferOutcome.ContactForbidden, eligibility, decision, null));
                continue;
            }

            var value = offer.ExpectedValue.Evaluate(profile);
            if (value.Total.Value <= MinimumExpectedValue)
            {
                rejected.Add(new OfferEvaluation(offer, OfferOutcome.BelowMinimumValue, eligibility, decision, value));
                continue;
            }

            candidates.Add(new OfferEvaluation(offer, OfferOutcome.Recommended, eligibility, decision, value));
        }

        var ranked = candidates.OrderByDescending(c => c.Offer.Priority).ThenByDescending(c => c.ExpectedValue!.Total.Value).ToList();
        foreach (var extra in ranked.Skip(MaxPerCustomer))
        {
            rejected.Add(new OfferEvaluation(extra.Offer, OfferOutcome.OverLimit, extra.Eligibility, extra.Contact, extra.ExpectedValue));
        }

        return new NextBestActions(profile.CustomerId, [.. ranked.Take(MaxPerCustomer)], rejected.ToImmutable());
    }

    /// <inheritdoc />
    public override string ToString() => $"{Offers.Length} offers, at most {MaxPerCustomer} per customer";
}
