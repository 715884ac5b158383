using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>
/// A marketing campaign as an immutable process: draft → scheduled → running → completed → analysed, with its offers,
/// audience, costs, the responses of its members and the history of every transition.
/// </summary>
/// <remarks>
/// <para>Every method returns a new campaign and leaves this one unchanged; transitions return a
/// <see cref="CampaignStep"/> with the event they raised, which is also appended to <see cref="History"/>.</para>
/// <para>Rules: offers, audience and costs change only in <see cref="CampaignState.Draft"/> or
/// <see cref="CampaignState.Scheduled"/> (afterwards: <see cref="IllegalTransitionException"/> naming the state);
/// scheduling needs an audience with at least one treated member and at least one offer; responses are recorded while
/// running or completed, only for members, only after the start, and for control members only conversions (they were
/// sent nothing); every amount is in the campaign's <see cref="Currency"/>. Instants of transitions never go
/// backwards. Any refusal throws before anything changes.</para>
/// <para>Immutable and thread-safe. An aggregate: serialise its parts (offers, responses, analysis), not the whole.</para>
/// </remarks>
public sealed class Campaign
{
    private readonly ImmutableList<CampaignResponse> _responses;

    private Campaign(string id, string name, Currency currency, Instant createdAt, CampaignState state, ImmutableArray<CampaignStateChanged> history, ImmutableArray<Offer> offers, CampaignAudience? audience, Money fixedCost, Money costPerContact, Instant? plannedStart, ImmutableList<CampaignResponse> responses)
    {
        Id = id;
        Name = name;
        Currency = currency;
        CreatedAt = createdAt;
        State = state;
        History = history;
        Offers = offers;
        Audience = audience;
        FixedCost = fixedCost;
        CostPerContact = costPerContact;
        PlannedStart = plannedStart;
        _responses = responses;
    }

    /// <summary>The campaign identifier.</summary>
    public string Id { get; }

    /// <summary>The campaign name.</summary>
    public string Name { get; }

    /// <summary>The currency of every offer, cost and conversion value.</summary>
    public Currency Currency { get; }

    /// <summary>When the campaign was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>The current state.</summary>
    public CampaignState State { get; }

    /// <summary>Every transition so far, oldest first.</summary>
    public ImmutableArray<CampaignStateChanged> History { get; }

    /// <summary>The offers, in the order added.</summary>
    public ImmutableArray<Offer> Offers { get; }

    /// <summary>The selected audience; null until set.</summary>
    public CampaignAudience? Audience { get; }

    /// <summary>Costs independent of the audience size (creative, set-up); zero by default.</summary>
    public Money FixedCost { get; }

    /// <summary>Cost of contacting one treated member; zero by default.</summary>
    public Money CostPerContact { get; }

    /// <summary>The planned start, set when scheduled.</summary>
    public Instant? PlannedStart { get; }

    /// <summary>The responses recorded, in the order recorded.</summary>
    public IReadOnlyList<CampaignResponse> Responses => _responses;

    /// <summary>When the campaign started running, if it has.</summary>
    public Instant? StartedAt => History.FirstOrDefault(e => e.To == CampaignState.Running)?.At;

    /// <summary>The total cost: fixed cost plus cost per contact times the treated members (zero audience if none).</summary>
    public Money TotalCost => FixedCost + (CostPerContact * (Audience?.Treated.Length ?? 0));

    /// <summary>Creates a draft campaign.</summary>
    /// <exception cref="ArgumentException">A text is blank or the currency default.</exception>
    public static Campaign Create(string id, string name, Currency currency, Instant createdAt)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Uninitialized(currency, !currency.IsDefault);
        var zero = Money.Zero(currency);
        return new Campaign(id, name, currency, createdAt, CampaignState.Draft, [], [], null, zero, zero, null, []);
    }

    /// <summary>Adds an offer (draft or scheduled only).</summary>
    /// <exception cref="IllegalTransitionException">The campaign has started.</exception>
    /// <exception cref="ArgumentException">The offer's currency is not the campaign's, or its code is already used.</exception>
    public Campaign WithOffer(Offer offer)
    {
        Guard.Against.Null(offer);
        EnsureChangeable("add an offer");
        if (offer.Currency != Currency)
        {
            throw new ArgumentException($"offer '{offer.Code}' must be in the campaign's currency {Currency}; it is in {offer.Currency}.", nameof(offer));
        }

        if (Offers.Any(o => string.Equals(o.Code, offer.Code, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"offer code '{offer.Code}' is already used in campaign {Id}.", nameof(offer));
        }

        return With(offers: Offers.Add(offer));
    }

    /// <summary>Sets (or replaces) the audience (draft or scheduled only).</summary>
    /// <exception cref="IllegalTransitionException">The campaign has started.</exception>
    public Campaign WithAudience(CampaignAudience audience)
    {
        Guard.Against.Null(audience);
        EnsureChangeable("set the audience");
        return With(audience: audience);
    }

    /// <summary>Sets the costs (draft or scheduled only).</summary>
    /// <exception cref="IllegalTransitionException">The campaign has started.</exception>
    /// <exception cref="ArgumentException">A cost is negative or not in the campaign's currency.</exception>
    public Campaign WithCosts(Money fixedCost, Money costPerContact)
    {
        EnsureAmount(fixedCost);
        EnsureAmount(costPerContact);
        EnsureChangeable("change the costs");
        return With(fixedCost: fixedCost, costPerContact: costPerContact);
    }

    /// <summary>Draft → scheduled, with a planned start.</summary>
    /// <exception cref="IllegalTransitionException">Not a draft, no offer, or no treated member.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last transition or <paramref name="plannedStart"/> before <paramref name="at"/>.</exception>
    public CampaignStep Schedule(Instant plannedStart, Instant at)
    {
        EnsureState(CampaignState.Draft, CampaignState.Scheduled);
        if (Offers.IsEmpty)
        {
            throw Illegal(CampaignState.Scheduled, "a campaign needs at least one offer");
        }

        if (Audience is null || Audience.Treated.IsEmpty)
        {
            throw Illegal(CampaignState.Scheduled, "a campaign needs an audience with at least one treated member");
        }

        if (plannedStart < at)
        {
            throw new ArgumentOutOfRangeException(nameof(plannedStart), plannedStart, $"plannedStart must not be before the scheduling instant {at}; it was {plannedStart}.");
        }

        return Transition(CampaignState.Scheduled, at, plannedStart);
    }

    /// <summary>Scheduled → running: the campaign is sent; from now on it cannot change.</summary>
    /// <exception cref="IllegalTransitionException">Not scheduled.</exception>
    public CampaignStep Start(Instant at)
    {
        EnsureState(CampaignState.Scheduled, CampaignState.Running);
        return Transition(CampaignState.Running, at, PlannedStart);
    }

    /// <summary>Running → completed.</summary>
    /// <exception cref="IllegalTransitionException">Not running.</exception>
    public CampaignStep Complete(Instant at)
    {
        EnsureState(CampaignState.Running, CampaignState.Completed);
        return Transition(CampaignState.Completed, at, PlannedStart);
    }

    /// <summary>Completed → analysed: the record becomes final.</summary>
    /// <exception cref="IllegalTransitionException">Not completed.</exception>
    public CampaignStep MarkAnalysed(Instant at)
    {
        EnsureState(CampaignState.Completed, CampaignState.Analysed);
        return Transition(CampaignState.Analysed, at, PlannedStart);
    }

    /// <summary>Records one response (running or completed only).</summary>
    /// <exception cref="IllegalTransitionException">Not running or completed.</exception>
    /// <exception cref="ArgumentException">Not a member; a control member with anything but a conversion; a value in
    /// another currency; an instant before the start.</exception>
    public Campaign Record(CampaignResponse response) => RecordRange([response]);

    /// <summary>Records responses, all or none: if any is refused, nothing is recorded.</summary>
    /// <exception cref="IllegalTransitionException">Not running or completed.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Record"/>, for any of the responses.</exception>
    public Campaign RecordRange(IEnumerable<CampaignResponse> responses)
    {
        Guard.Against.Null(responses);
        if (State is not (CampaignState.Running or CampaignState.Completed))
        {
            throw new IllegalTransitionException($"Campaign {Id}", State.ToString(), "record a response", "responses are recorded only while the campaign is running or completed");
        }

        var batch = responses.ToList();
        foreach (var r in batch)
        {
            Validate(r);
        }

        return With(responses: _responses.AddRange(batch));
    }

    private void Validate(CampaignResponse response)
    {
        if (response.Kind == ResponseKind.Unknown)
        {
            throw new ArgumentException("response is an uninitialised default(CampaignResponse); create it through its factories.", nameof(response));
        }

        var group = Audience!.GroupOf(response.Customer);
        if (group == AudienceGroup.NotMember)
        {
            throw new ArgumentException($"response is for customer '{response.Customer}', who is not a member of campaign {Id}'s audience.", nameof(response));
        }

        if (group == AudienceGroup.Control && response.Kind != ResponseKind.Converted)
        {
            throw new ArgumentException($"response {response.Kind} is for control member '{response.Customer}', who was sent nothing; only conversions are observed for the control group.", nameof(response));
        }

        if (response.Value is { } v && v.Currency != Currency)
        {
            throw new ArgumentException($"response value must be in the campaign's currency {Currency}; it was {v}.", nameof(response));
        }

        if (response.At < StartedAt!.Value)
        {
            throw new ArgumentOutOfRangeException(nameof(response), response.At, $"response instant must not be before the campaign started ({StartedAt}); it was {response.At}.");
        }
    }

    private void EnsureAmount(Money amount, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(amount))] string? name = null)
    {
        if (amount.Currency != Currency || amount.IsNegative)
        {
            throw new ArgumentException($"{name} must be an amount >= 0 in the campaign's currency {Currency}; it was {amount}.", name);
        }
    }

    private void EnsureChangeable(string change)
    {
        if (State is not (CampaignState.Draft or CampaignState.Scheduled))
        {
            throw new IllegalTransitionException($"Campaign {Id}", State.ToString(), change, "a campaign cannot be changed after it started");
        }
    }

    private void EnsureState(CampaignState required, CampaignState to)
    {
        if (State != required)
        {
            throw Illegal(to, $"only a {required} campaign can become {to}");
        }
    }

    private IllegalTransitionException Illegal(CampaignState to, string reason) =>
        new($"Campaign {Id}", State.ToString(), to.ToString(), reason);

    private CampaignStep Transition(CampaignState to, Instant at, Instant? plannedStart)
    {
        var last = History.IsEmpty ? CreatedAt : History[^1].At;
        if (at < last)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"at must not be before the previous transition ({last}); it was {at}.");
        }

        var e = new CampaignStateChanged(Id, State, to, at);
        var next = new Campaign(Id, Name, Currency, CreatedAt, to, History.Add(e), Offers, Audience, FixedCost, CostPerContact, plannedStart, _responses);
        return new CampaignStep(next, e);
    }

    private Campaign With(ImmutableArray<Offer>? offers = null, CampaignAudience? audience = null, Money? fixedCost = null, Money? costPerContact = null, ImmutableList<CampaignResponse>? responses = null) =>
        new(Id, Name, Currency, CreatedAt, State, History, offers ?? Offers, audience ?? Audience, fixedCost ?? FixedCost, costPerContact ?? CostPerContact, PlannedStart, responses ?? _responses);
}
