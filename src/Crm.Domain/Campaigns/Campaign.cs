using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>
/// A marketing campaign as an immutable process: draft → scheduled → running → completed → analysed, with its offers,
/// audience, costs, the responses of its members and the history of every change.
/// </summary>
/// <remarks>
/// <para>Every command returns a new campaign and leaves this one unchanged; each appends one
/// <see cref="CampaignEvent"/> to <see cref="History"/> (read them with <c>next.EventsSince(campaign.Version)</c>).
/// The history holds every change (offers, audience, costs, transitions, responses), so
/// <see cref="FromHistory"/> rebuilds the whole campaign; <see cref="ToSnapshot"/>/<see cref="FromSnapshot"/> store
/// it as one document.</para>
/// <para>Rules: offers, audience and costs change only in <see cref="CampaignState.Draft"/> or
/// <see cref="CampaignState.Scheduled"/> (afterwards: <see cref="IllegalTransitionException"/> naming the state);
/// scheduling needs an audience with at least one treated member and at least one offer; responses are recorded while
/// running or completed, only for members, only after the start, and for control members only conversions (they were
/// sent nothing); every amount is in the campaign's <see cref="Currency"/>. The instants of the changes never go
/// backwards. Any refusal throws before anything changes.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed partial class Campaign : IProcess<CampaignEvent>, IHasEventLog<CampaignEvent>
{
    private readonly ImmutableList<CampaignResponse> _responses;

    // The history as a persistent append-only log: a command appends in amortised O(1) (see EventLog).
    private readonly EventLog<CampaignEvent> _log;

    private Campaign(string id, string name, Currency currency, Instant createdAt, CampaignState state, EventLog<CampaignEvent> history, ImmutableArray<CampaignOffer> offers, CampaignAudience? audience, Money fixedCost, Money costPerContact, Instant? plannedStart, Instant? startedAt, ImmutableList<CampaignResponse> responses)
    {
        Id = id;
        Name = name;
        Currency = currency;
        CreatedAt = createdAt;
        State = state;
        _log = history;
        Offers = offers;
        Audience = audience;
        FixedCost = fixedCost;
        CostPerContact = costPerContact;
        PlannedStart = plannedStart;
        StartedAt = startedAt;
        _responses = responses;
    }

    /// <summary>The campaign identifier.</summary>
    public string Id { get; }

    /// <summary>The campaign name.</summary>
    [NotPersonal("a campaign's title")]
    public string Name { get; }

    /// <summary>The currency of every offer, cost and conversion value.</summary>
    public Currency Currency { get; }

    /// <summary>When the campaign was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>The current state.</summary>
    public CampaignState State { get; }

    /// <summary>Every change so far, oldest first; the first is the <see cref="CampaignCreated"/>.</summary>
    public ImmutableArray<CampaignEvent> History => _log.Events;

    /// <inheritdoc />
    EventLog<CampaignEvent> IHasEventLog<CampaignEvent>.Log => _log;

    /// <summary>The number of events in <see cref="History"/> (1 after <see cref="Create"/>), for optimistic concurrency.</summary>
    public int Version => _log.Length;

    /// <summary>The offers, in the order added.</summary>
    public ImmutableArray<CampaignOffer> Offers { get; }

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
    public Instant? StartedAt { get; }

    /// <summary>The total cost: fixed cost plus cost per contact times the treated members (zero audience if none).</summary>
    public Money TotalCost => FixedCost + (CostPerContact * (Audience?.Treated.Length ?? 0));

    /// <summary>Creates a draft campaign (its history is one <see cref="CampaignCreated"/>).</summary>
    /// <exception cref="ArgumentException">A text is blank or the currency default.</exception>
    public static Campaign Create(string id, string name, Currency currency, Instant createdAt) =>
        FromCreated(new CampaignCreated(createdAt, id, name, currency));

    /// <summary>Adds an offer (draft or scheduled only).</summary>
    /// <param name="offer">The offer, in the campaign's currency, with a code not used yet in this campaign.</param>
    /// <param name="at">When it is added; not before the last change.</param>
    /// <exception cref="IllegalTransitionException">The campaign has started.</exception>
    /// <exception cref="ArgumentException">The offer's currency is not the campaign's, or its code is already used.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last change.</exception>
    public Campaign WithOffer(CampaignOffer offer, Instant at) => Apply(new CampaignOfferAdded(at, offer));

    /// <summary>Sets (or replaces) the audience (draft or scheduled only).</summary>
    /// <param name="audience">The selected audience; one just selected with <see cref="ContactEligibility.AllowAll"/>
    /// (no contact policy asked) is refused: use <see cref="WithUncheckedAudience"/> to say so explicitly.</param>
    /// <param name="at">When it is set; not before the last change.</param>
    /// <exception cref="IllegalTransitionException">The campaign has started.</exception>
    /// <exception cref="ArgumentException">The audience was selected without a contact policy.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last change.</exception>
    public Campaign WithAudience(CampaignAudience audience, Instant at)
    {
        Guard.Against.Null(audience);
        if (audience.SelectedWithoutContactPolicy)
        {
            throw new ArgumentException(
                $"{nameof(audience)} was selected with {nameof(ContactEligibility)}.{nameof(ContactEligibility.AllowAll)}, without a contact policy (consent, opt-outs, restriction); select it with one, or call {nameof(WithUncheckedAudience)} to take it explicitly.",
                nameof(audience));
        }

        return Apply(new CampaignAudienceSet(at, audience));
    }

    /// <summary>
    /// Sets (or replaces) the audience like <see cref="WithAudience"/>, also when it was selected without a contact
    /// policy (<see cref="ContactEligibility.AllowAll"/>): the host states explicitly that no policy applies (a test, an
    /// internal send that needs no consent).
    /// </summary>
    /// <param name="audience">The selected audience.</param>
    /// <param name="at">When it is set; not before the last change.</param>
    /// <exception cref="IllegalTransitionException">The campaign has started.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last change.</exception>
    public Campaign WithUncheckedAudience(CampaignAudience audience, Instant at) => Apply(new CampaignAudienceSet(at, audience));

    /// <summary>Sets the costs (draft or scheduled only).</summary>
    /// <param name="fixedCost">Costs independent of the audience size, &gt;= 0, in the campaign's currency.</param>
    /// <param name="costPerContact">Cost of contacting one treated member, &gt;= 0, in the campaign's currency.</param>
    /// <param name="at">When they are set; not before the last change.</param>
    /// <exception cref="IllegalTransitionException">The campaign has started.</exception>
    /// <exception cref="ArgumentException">A cost is negative or not in the campaign's currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last change.</exception>
    public Campaign WithCosts(Money fixedCost, Money costPerContact, Instant at) => Apply(new CampaignCostsSet(at, fixedCost, costPerContact));

    /// <summary>Draft → scheduled, with a planned start.</summary>
    /// <exception cref="IllegalTransitionException">Not a draft, no offer, or no treated member.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last change or <paramref name="plannedStart"/> before <paramref name="at"/>.</exception>
    public Campaign Schedule(Instant plannedStart, Instant at) => Apply(new CampaignScheduled(at, plannedStart));

    /// <summary>Scheduled → running: the campaign is sent; from now on it cannot change.</summary>
    /// <exception cref="IllegalTransitionException">Not scheduled.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last change.</exception>
    public Campaign Start(Instant at) => Apply(new CampaignStarted(at));

    /// <summary>Running → completed.</summary>
    /// <exception cref="IllegalTransitionException">Not running.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last change.</exception>
    public Campaign Complete(Instant at) => Apply(new CampaignCompleted(at));

    /// <summary>Completed → analysed: the record becomes final.</summary>
    /// <exception cref="IllegalTransitionException">Not completed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last change.</exception>
    public Campaign MarkAnalysed(Instant at) => Apply(new CampaignAnalysed(at));

    /// <summary>Records one response (running or completed only).</summary>
    /// <remarks>The event's instant is the response's, or the last change's if that is later (a late report).</remarks>
    /// <exception cref="IllegalTransitionException">Not running or completed.</exception>
    /// <exception cref="ArgumentException">Not a member; a control member with anything but a conversion; a value in
    /// another currency; an instant before the start.</exception>
    public Campaign Record(CampaignResponse response) => RecordRange([response]);

    /// <summary>
    /// Records responses, all or none: if any is refused, nothing is recorded. One <see cref="CampaignResponsesRecorded"/>
    /// per call, dated at the latest response's instant or the last change's if that is later; an empty batch changes
    /// nothing and appends no event.
    /// </summary>
    /// <exception cref="IllegalTransitionException">Not running or completed.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Record"/>, for any of the responses.</exception>
    public Campaign RecordRange(IEnumerable<CampaignResponse> responses)
    {
        Guard.Against.Null(responses);
        EnsureRecording();
        ImmutableArray<CampaignResponse> batch = [.. responses];
        if (batch.IsEmpty)
        {
            return this;
        }

        var at = ProcessHistory.LastAt(_log);
        foreach (var r in batch)
        {
            at = r.At > at ? r.At : at;
        }

        return Apply(new CampaignResponsesRecorded(at, batch));
    }

    private void EnsureRecording() =>
        ProcessHistory.Require(State is CampaignState.Running or CampaignState.Completed, $"Campaign {Id}", State.ToString(), "record a response", "responses are recorded only while the campaign is running or completed");

    private void EnsureResponse(CampaignResponse response, Instant recordedAt)
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

        // Only a replayed (stored) event can break this: the commands date the event at the latest response.
        if (response.At > recordedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(response), response.At, $"response instant must not be after the instant it was recorded ({recordedAt}); it was {response.At}.");
        }
    }

    private void EnsureOffer(CampaignOffer offer)
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
    }

    private void EnsureCosts(Money fixedCost, Money costPerContact)
    {
        EnsureAmount(fixedCost);
        EnsureAmount(costPerContact);
        EnsureChangeable("change the costs");
    }

    private void EnsureSchedulable(Instant plannedStart, Instant at)
    {
        EnsureState(CampaignState.Draft, CampaignState.Scheduled);
        ProcessHistory.Require(!Offers.IsEmpty, $"Campaign {Id}", State.ToString(), nameof(CampaignState.Scheduled), "a campaign needs at least one offer");
        ProcessHistory.Require(Audience is { Treated.IsEmpty: false }, $"Campaign {Id}", State.ToString(), nameof(CampaignState.Scheduled), "a campaign needs an audience with at least one treated member");

        if (plannedStart < at)
        {
            throw new ArgumentOutOfRangeException(nameof(plannedStart), plannedStart, $"plannedStart must not be before the scheduling instant {at}; it was {plannedStart}.");
        }
    }

    private void EnsureAmount(Money amount, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(amount))] string? name = null)
    {
        Guard.Against.NegativeAmount(amount, Currency.Code, name);
    }

    private void EnsureChangeable(string change) =>
        ProcessHistory.Require(State is CampaignState.Draft or CampaignState.Scheduled, $"Campaign {Id}", State.ToString(), change, "a campaign cannot be changed after it started");

    private void EnsureState(CampaignState required, CampaignState to) =>
        ProcessHistory.Require(State == required, $"Campaign {Id}", State.ToString(), to.ToString(), $"only a {required} campaign can become {to}");
}
