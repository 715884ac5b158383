using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Campaigns;

// This file of the partial class: The one place where an event changes a campaign, and the two ways to store and rebuild one. (The type's one doc comment is on the main file's declaration.)
public sealed partial class Campaign
{
    /// <summary>
    /// Rebuilds a campaign from its events: a <see cref="CampaignCreated"/> first, then every change in order, each
    /// checked exactly as the command that produced it.
    /// </summary>
    /// <param name="history">The events, oldest first (as <see cref="History"/>).</param>
    /// <returns>A campaign equal to the one that produced the events.</returns>
    /// <exception cref="ArgumentException">The history is null, empty, does not start with its creation, or holds an
    /// event that could not have happened (an illegal transition, an instant out of order, a value a command refuses,
    /// a second creation); the message names the event's index.</exception>
    public static Campaign FromHistory(IEnumerable<CampaignEvent> history) =>
        ProcessHistory.Replay(history,
            e => e is CampaignCreated created
                ? FromCreated(created)
                : throw new ArgumentException($"a campaign's history starts with a {nameof(CampaignCreated)}; it started with a {e.GetType().Name}.", nameof(history)),
            (campaign, e) => campaign.Apply(e));

    /// <summary>The stored form of this campaign: its state for reading and its history (schema version 1).</summary>
    public CampaignSnapshot ToSnapshot() =>
        new(ProcessHistory.SchemaVersion, Version, Id, Name, Currency, CreatedAt, State, PlannedStart, StartedAt,
            [.. Offers.Select(o => o.Code)], Audience?.Counts, FixedCost, CostPerContact, _responses.Count, History);

    /// <summary>Rebuilds a campaign from its stored form, replaying the history and checking the state against it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The schema version is not 1.</exception>
    /// <exception cref="ArgumentException">The history is missing or could not have happened (see
    /// <see cref="FromHistory"/>), or a state field disagrees with it.</exception>
    public static Campaign FromSnapshot(CampaignSnapshot snapshot)
    {
        var campaign = ProcessHistory.FromSnapshot(snapshot, s => (s.SchemaVersion, s.Version, s.History), FromHistory,
            s => !s.OfferCodes.IsDefault, "history and offerCodes");
        const string type = nameof(CampaignSnapshot);
        ProcessHistory.RequireConsistent(snapshot.Id == campaign.Id, type, "id");
        ProcessHistory.RequireConsistent(snapshot.Name == campaign.Name, type, "name");
        ProcessHistory.RequireConsistent(snapshot.Currency == campaign.Currency, type, "currency");
        ProcessHistory.RequireConsistent(snapshot.CreatedAt == campaign.CreatedAt, type, "createdAt");
        ProcessHistory.RequireConsistent(snapshot.State == campaign.State, type, "state");
        ProcessHistory.RequireConsistent(snapshot.PlannedStart == campaign.PlannedStart, type, "plannedStart");
        ProcessHistory.RequireConsistent(snapshot.StartedAt == campaign.StartedAt, type, "startedAt");
        ProcessHistory.RequireConsistent(snapshot.OfferCodes.SequenceEqual(campaign.Offers.Select(o => o.Code), StringComparer.Ordinal), type, "offerCodes");
        ProcessHistory.RequireConsistent(snapshot.AudienceCounts == campaign.Audience?.Counts, type, "audienceCounts");
        ProcessHistory.RequireConsistent(snapshot.FixedCost == campaign.FixedCost, type, "fixedCost");
        ProcessHistory.RequireConsistent(snapshot.CostPerContact == campaign.CostPerContact, type, "costPerContact");
        ProcessHistory.RequireConsistent(snapshot.ResponseCount == campaign.Responses.Count, type, "responseCount");
        return campaign;
    }

    private static Campaign FromCreated(CampaignCreated created)
    {
        Guard.Against.Null(created);
        var (id, name, currency) = (created.CampaignId, created.Name, created.Currency);
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Uninitialized(currency, !currency.IsDefault);
        var zero = Money.Zero(currency);
        return new Campaign(id, name, currency, created.At, CampaignState.Draft, EventLog<CampaignEvent>.Start(created), [], null, zero, zero, null, null, []);
    }

    // Every change goes through here, from a command or from a replay: validate against the current state, then
    // append (which checks the time order) and return the next campaign.
    private Campaign Apply(CampaignEvent e)
    {
        Guard.Against.Null(e);
        switch (e)
        {
            case CampaignOfferAdded x:
                EnsureOffer(x.Offer);
                return Next(e, offers: Offers.Add(x.Offer));
            case CampaignAudienceSet x:
                Guard.Against.Null(x.Audience, "audience");
                EnsureChangeable("set the audience");
                return Next(e, audience: x.Audience);
            case CampaignCostsSet x:
                EnsureCosts(x.FixedCost, x.CostPerContact);
                return Next(e, fixedCost: x.FixedCost, costPerContact: x.CostPerContact);
            case CampaignScheduled x:
                EnsureSchedulable(x.PlannedStart, x.At);
                return Next(e, state: CampaignState.Scheduled, plannedStart: x.PlannedStart);
            case CampaignStarted:
                EnsureState(CampaignState.Scheduled, CampaignState.Running);
                return Next(e, state: CampaignState.Running, startedAt: e.At);
            case CampaignCompleted:
                EnsureState(CampaignState.Running, CampaignState.Completed);
                return Next(e, state: CampaignState.Completed);
            case CampaignAnalysed:
                EnsureState(CampaignState.Completed, CampaignState.Analysed);
                return Next(e, state: CampaignState.Analysed);
            case CampaignResponsesRecorded x:
                EnsureRecording();
                if (x.Responses.IsDefaultOrEmpty)
                {
                    throw new ArgumentException("a responses-recorded event must carry at least one response.", nameof(e));
                }

                foreach (var r in x.Responses)
                {
                    EnsureResponse(r, x.At);
                }

                return Next(e, responses: _responses.AddRange(x.Responses));
            case CampaignCreated:
                throw new ArgumentException($"campaign {Id} is already created: a history has one {nameof(CampaignCreated)}, its first event.", nameof(e));
            default:
                throw new ArgumentException($"{e.GetType().Name} is not an event this release of Campaign knows.", nameof(e));
        }
    }

    private Campaign Next(CampaignEvent e, CampaignState? state = null, ImmutableArray<CampaignOffer>? offers = null, CampaignAudience? audience = null, Money? fixedCost = null, Money? costPerContact = null, Instant? plannedStart = null, Instant? startedAt = null, ImmutableList<CampaignResponse>? responses = null) =>
        new(Id, Name, Currency, CreatedAt, state ?? State, ProcessHistory.Append(_log, e, $"Campaign {Id}"), offers ?? Offers, audience ?? Audience,
            fixedCost ?? FixedCost, costPerContact ?? CostPerContact, plannedStart ?? PlannedStart, startedAt ?? StartedAt, responses ?? _responses);
}
