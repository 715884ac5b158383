using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>
/// A lead in the acquisition funnel, as an immutable process: suspect → enquiry → qualified → opportunity → won, or
/// lost with a reason from any open stage; a lost lead can be recycled to suspect. Each command returns a new lead
/// with its event appended to <see cref="History"/>; the original is never changed.
/// </summary>
/// <remarks>
/// <para>An illegal transition (skipping a stage, leaving Won, an undefined stage) throws
/// <see cref="IllegalTransitionException"/> naming both stages; an instant before the last event throws
/// <see cref="ArgumentOutOfRangeException"/>. Either way the lead is unchanged.</para>
/// <para>Storage: <see cref="FromHistory"/> rebuilds a lead from its events, <see cref="ToSnapshot"/> and
/// <see cref="FromSnapshot"/> convert to and from <see cref="LeadSnapshot"/>; both refuse what the commands refuse.
/// The events a command produced are <c>next.EventsSince(previous.Version)</c>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed partial class Lead : IProcess<LeadEvent>, IHasEventLog<LeadEvent>
{
    // The history as a persistent append-only log: a command appends in amortised O(1) (see EventLog).
    private readonly EventLog<LeadEvent> _log;

    private Lead(string id, LeadSource source, ProspectAttitude attitude, ImmutableArray<AcquisitionStrategy> strategies, FunnelStage stage,
        Instant stageEnteredAt, EventLog<LeadEvent> history)
    {
        Id = id;
        Source = source;
        Attitude = attitude;
        Strategies = strategies;
        Stage = stage;
        StageEnteredAt = stageEnteredAt;
        _log = history;
    }

    /// <summary>The lead's identifier.</summary>
    public string Id { get; }

    /// <summary>Where the lead came from.</summary>
    public LeadSource Source { get; }

    /// <summary>The prospect's attitude.</summary>
    public ProspectAttitude Attitude { get; }

    /// <summary>The acquisition strategies used on this lead (tags to cut funnel metrics by); distinct, sorted.</summary>
    public ImmutableArray<AcquisitionStrategy> Strategies { get; }

    /// <summary>Every event, oldest first: <see cref="LeadCreated"/>, then <see cref="LeadStageChanged"/> and
    /// <see cref="LeadStrategiesChanged"/> in the order they happened.</summary>
    public ImmutableArray<LeadEvent> History => _log.Events;

    /// <inheritdoc />
    EventLog<LeadEvent> IHasEventLog<LeadEvent>.Log => _log;

    /// <summary>The number of events in <see cref="History"/> (1 after creation), for optimistic concurrency.</summary>
    public int Version => _log.Length;

    /// <summary>The current stage.</summary>
    public FunnelStage Stage { get; }

    /// <summary>When the lead was created.</summary>
    public Instant CreatedAt => _log.First.At;

    /// <summary>When the lead entered its current stage (its creation, for a lead that never moved).</summary>
    public Instant StageEnteredAt { get; }

    /// <summary>The conversion (<c>Convert</c>) when the lead has been converted into an account, a contact and
    /// an opportunity; null otherwise. Read from the history (the last <see cref="LeadConverted"/>).</summary>
    public LeadConverted? Conversion
    {
        get
        {
            var events = _log.AsSpan();
            for (var i = events.Length - 1; i > 0; i--)
            {
                if (events[i] is LeadConverted converted)
                {
                    return converted;
                }
            }

            return null;
        }
    }

    /// <summary>The collaborative-CRM partner the lead is attributed to (the last <see cref="LeadPartnerAttributed"/>);
    /// null when none. Read from the history.</summary>
    public LeadPartnerAttributed? Partner => PartnerAttribution.Last<LeadEvent, LeadPartnerAttributed>(_log);

    /// <summary>True while the lead is neither won nor lost.</summary>
    public bool IsOpen => Stage is not (FunnelStage.Won or FunnelStage.Lost);

    private string Process => $"Lead {Id}";

    /// <summary>Creates a lead in <paramref name="initialStage"/> (an open stage; an enquiry usually starts at <see cref="FunnelStage.Enquiry"/>).</summary>
    /// <param name="id">The identifier (not blank).</param>
    /// <param name="source">Where the lead came from (not <see cref="LeadSource.Unknown"/>).</param>
    /// <param name="createdAt">When the lead was created.</param>
    /// <param name="attitude">The prospect's attitude.</param>
    /// <param name="strategies">Strategy tags (duplicates are dropped, order does not matter); null for none.</param>
    /// <param name="initialStage">The first stage, <see cref="FunnelStage.Suspect"/> to <see cref="FunnelStage.Opportunity"/>.</param>
    /// <exception cref="ArgumentException">A blank id, an unknown source or attitude, an unknown strategy, or a closed initial stage.</exception>
    public static Lead Create(string id, LeadSource source, Instant createdAt, ProspectAttitude attitude = ProspectAttitude.Unknown,
        IEnumerable<AcquisitionStrategy>? strategies = null, FunnelStage initialStage = FunnelStage.Suspect) =>
        Start(new LeadCreated(createdAt, id, source, attitude, Tags(strategies), initialStage));

    /// <summary>
    /// Rebuilds a lead from its events, oldest first: a <see cref="LeadCreated"/>, then the events its commands
    /// appended. The result equals the lead that produced them.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">The history could not have happened: empty, not starting with its creation, a
    /// second creation, an illegal transition, a <see cref="LeadStageChanged.From"/> that is not the stage at that point,
    /// an instant before the previous one, or a value a command refuses (undefined enum, blank id, unsorted tags...);
    /// the message names the event's index.</exception>
    public static Lead FromHistory(IEnumerable<LeadEvent> history) =>
        ProcessHistory.Replay(history,
            e => e is LeadCreated created ? Start(created) : throw new ArgumentException($"the first event must be a LeadCreated; it was a {e.GetType().Name}.", nameof(history)),
            (lead, e) => lead.Apply(e));

    /// <summary>Rebuilds a lead from a snapshot, after checking that its state is the state its history replays to.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The schema version is not 1.</exception>
    /// <exception cref="ArgumentException">The history is missing or could not have happened (see <see cref="FromHistory"/>), or a state
    /// field disagrees with it.</exception>
    public static Lead FromSnapshot(LeadSnapshot snapshot)
    {
        var lead = ProcessHistory.FromSnapshot(snapshot, s => (s.SchemaVersion, s.Version, s.History), FromHistory);
        const string type = nameof(LeadSnapshot);
        ProcessHistory.RequireConsistent(string.Equals(snapshot.Id, lead.Id, StringComparison.Ordinal), type, "id");
        ProcessHistory.RequireConsistent(snapshot.Source == lead.Source, type, "source");
        ProcessHistory.RequireConsistent(snapshot.Attitude == lead.Attitude, type, "attitude");
        ProcessHistory.RequireConsistent(LeadStrategiesChanged.SameTags(snapshot.Strategies, lead.Strategies), type, "strategies");
        ProcessHistory.RequireConsistent(snapshot.Stage == lead.Stage, type, "stage");
        ProcessHistory.RequireConsistent(snapshot.CreatedAt == lead.CreatedAt, type, "createdAt");
        ProcessHistory.RequireConsistent(snapshot.StageEnteredAt == lead.StageEnteredAt, type, "stageEnteredAt");
        return lead;
    }

    /// <summary>The lead as a serialisable snapshot (schema version 1): its state and its whole history.</summary>
    public LeadSnapshot ToSnapshot() =>
        new(ProcessHistory.SchemaVersion, Version, Id, Source, Attitude, Strategies, Stage, CreatedAt, StageEnteredAt, History);

    /// <summary>The next stage of an open stage in the funnel's order (Opportunity → Won); null for Won and Lost.</summary>
    public static FunnelStage? NextStage(FunnelStage stage) => stage switch
    {
        FunnelStage.Suspect => FunnelStage.Enquiry,
        FunnelStage.Enquiry => FunnelStage.Qualified,
        FunnelStage.Qualified => FunnelStage.Opportunity,
        FunnelStage.Opportunity => FunnelStage.Won,
        _ => null,
    };

    /// <summary>True if the funnel allows going from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool IsLegal(FunnelStage from, FunnelStage to) =>
        (NextStage(from) is { } next && next == to)
        || (to == FunnelStage.Lost && IsOpenStage(from))
        || (from == FunnelStage.Lost && to == FunnelStage.Suspect);

    /// <summary>Moves the lead one stage down the funnel (appends a <see cref="LeadStageChanged"/>).</summary>
    /// <exception cref="IllegalTransitionException">The lead is won or lost.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    public Lead Advance(Instant at, string? note = null) =>
        MoveTo(NextStage(Stage) ?? throw new IllegalTransitionException(Process, Stage.ToString(), "the next stage", "a closed lead has no next stage"), at, note);

    /// <summary>Marks the lead lost with a reason (appends a <see cref="LeadStageChanged"/> to <see cref="FunnelStage.Lost"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is undefined, or <paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The lead is already won or lost.</exception>
    public Lead Lose(LossReason reason, Instant at, string? note = null) =>
        Apply(new LeadStageChanged(Stage, FunnelStage.Lost, at, reason, note));

    /// <summary>Recycles a lost lead back to <see cref="FunnelStage.Suspect"/> for nurturing.</summary>
    /// <exception cref="IllegalTransitionException">The lead is not lost.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    public Lead Recycle(Instant at, string? note = null) => MoveTo(FunnelStage.Suspect, at, note);

    /// <summary>Moves the lead to <paramref name="to"/> if the funnel allows it (use <see cref="Lose"/> to record a reason;
    /// here a move to Lost records <see cref="LossReason.Unspecified"/>).</summary>
    /// <exception cref="IllegalTransitionException">The funnel does not allow the move; the message names both stages.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    public Lead MoveTo(FunnelStage to, Instant at, string? note = null) =>
        Apply(new LeadStageChanged(Stage, to, at, to == FunnelStage.Lost ? LossReason.Unspecified : null, note));

    /// <summary>The lead with its tags replaced at <paramref name="at"/> (appends a <see cref="LeadStrategiesChanged"/>;
    /// allowed in every stage).</summary>
    /// <param name="strategies">The new tags (duplicates are dropped, order does not matter); null or empty for none.</param>
    /// <param name="at">When the tags changed; not before the last event.</param>
    /// <exception cref="ArgumentOutOfRangeException">A strategy is undefined or <see cref="AcquisitionStrategy.Unknown"/>, or
    /// <paramref name="at"/> is before the last event.</exception>
    public Lead WithStrategies(IEnumerable<AcquisitionStrategy> strategies, Instant at) =>
        Apply(new LeadStrategiesChanged(at, Tags(strategies)));

    /// <summary>Records the lead's conversion (appends a <see cref="LeadConverted"/>); a <see cref="FunnelStage.Qualified"/>
    /// lead moves to <see cref="FunnelStage.Opportunity"/>. <see cref="Accounts.LeadConversion.Convert"/> builds the account,
    /// contact and opportunity and calls this.</summary>
    /// <exception cref="IllegalTransitionException">The lead is not Qualified or Opportunity, or is already converted.</exception>
    /// <exception cref="ArgumentException">An identifier is <c>default</c> or blank, or <paramref name="at"/> is before the last event.</exception>
    public Lead Convert(AccountId account, CustomerId contact, string opportunityId, bool accountMatched, bool contactMatched, Instant at) =>
        Apply(new LeadConverted(at, account, contact, opportunityId, accountMatched, contactMatched));

    /// <summary>Attributes the lead to a partner (appends a <see cref="LeadPartnerAttributed"/>; allowed in every stage, a
    /// later attribution replaces an earlier one).</summary>
    /// <exception cref="ArgumentException"><paramref name="partnerId"/> is blank or longer than 128 characters, or
    /// <paramref name="kind"/> is <see cref="PartnerKind.Unknown"/> or undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    public Lead AttributeTo(string partnerId, PartnerKind kind, Instant at) => Apply(new LeadPartnerAttributed(at, partnerId, kind));

    private static bool IsOpenStage(FunnelStage stage) =>
        stage is FunnelStage.Suspect or FunnelStage.Enquiry or FunnelStage.Qualified or FunnelStage.Opportunity;

    private static ImmutableArray<AcquisitionStrategy> Tags(IEnumerable<AcquisitionStrategy>? strategies) =>
        (strategies ?? []).Distinct().Order().ToImmutableArray();

    // The creation rules, shared by Create and replay.
    private static Lead Start(LeadCreated e)
    {
        Guard.Against.NullOrWhiteSpace(e.Id, "id");
        Guard.Against.UndefinedEnum(e.Source, parameterName: "source");
        Guard.Against.UndefinedEnum(e.Attitude, allowDefault: true, parameterName: "attitude");
        if (!IsOpenStage(e.Stage))
        {
#pragma warning disable CA2208 // Named after Create's parameter, which is what the caller passed.
            throw new ArgumentOutOfRangeException("initialStage", e.Stage, $"initialStage must be an open stage (Suspect to Opportunity); it was {e.Stage}.");
#pragma warning restore CA2208
        }

        RequireTags(e.Strategies);
        return new Lead(e.Id, e.Source, e.Attitude, e.Strategies, e.Stage, e.At, EventLog<LeadEvent>.Start(e));
    }

    // Every rule for an event after the creation: commands and replay both come through here.
    private Lead Apply(LeadEvent e) => e switch
    {
        LeadStageChanged change => Apply(change),
        LeadStrategiesChanged tags => Apply(tags),
        LeadConverted converted => Apply(converted),
        LeadPartnerAttributed partner => new Lead(Id, Source, Attitude, Strategies, Stage, StageEnteredAt,
            ProcessHistory.Append(_log, PartnerAttribution.Checked(partner, partner.PartnerId, partner.Kind), Process)),
        LeadErased erased => Apply(erased),
        LeadCreated => throw new ArgumentException($"{Process} already exists: a history has one LeadCreated, its first event.", nameof(e)),
        _ => throw new ArgumentException($"{e.GetType().Name} is not an event of a lead.", nameof(e)),
    };

    private Lead Apply(LeadStageChanged e)
    {
        if (e.Reason is { } reason)
        {
            Guard.Against.UndefinedEnum(reason, allowDefault: true, parameterName: "reason");
        }

        ProcessHistory.Require(IsLegal(Stage, e.To), Process, Stage.ToString(), e.To.ToString(),
            Enum.IsDefined(e.To) ? "not a transition of the funnel" : "not a funnel stage");
        if (e.From != Stage)
        {
            throw new ArgumentException($"{Process}: from must be the lead's stage at that point ({Stage}); it was {e.From}.", nameof(e));
        }

        if ((e.To == FunnelStage.Lost) != e.Reason.HasValue)
        {
            throw new ArgumentException($"{Process}: a move to Lost carries a loss reason and any other move none; it was {e.To} with reason {e.Reason?.ToString() ?? "null"}.", nameof(e));
        }

        return new Lead(Id, Source, Attitude, Strategies, e.To, e.At, ProcessHistory.Append(_log, e, Process));
    }

    private Lead Apply(LeadConverted e)
    {
        Guard.Against.NullOrDefaultKey(e.Account, "account");
        Guard.Against.NullOrDefaultKey(e.Contact, "contact");
        Guard.Against.NullOrWhiteSpace(e.OpportunityId, "opportunityId");
        ProcessHistory.Require(Conversion is null, Process, Stage.ToString(), "converted", "the lead is already converted");
        ProcessHistory.Require(Stage is FunnelStage.Qualified or FunnelStage.Opportunity, Process, Stage.ToString(), "converted",
            "only a Qualified (or Opportunity) lead converts");
        return Stage == FunnelStage.Opportunity
            ? new Lead(Id, Source, Attitude, Strategies, Stage, StageEnteredAt, ProcessHistory.Append(_log, e, Process))
            : new Lead(Id, Source, Attitude, Strategies, FunnelStage.Opportunity, e.At, ProcessHistory.Append(_log, e, Process));
    }

    private Lead Apply(LeadStrategiesChanged e)
    {
        RequireTags(e.Strategies);
        return new Lead(Id, Source, Attitude, e.Strategies, Stage, StageEnteredAt, ProcessHistory.Append(_log, e, Process));
    }

    // Tags as the commands build them: present, each a defined strategy other than Unknown, strictly ascending.
    private static void RequireTags(ImmutableArray<AcquisitionStrategy> strategies)
    {
        if (strategies.IsDefault)
        {
            throw new ArgumentException("strategies must be present (an empty list for none).", nameof(strategies));
        }

        for (var i = 0; i < strategies.Length; i++)
        {
            Guard.Against.UndefinedEnum(strategies[i], parameterName: nameof(strategies));
            if (i > 0 && strategies[i] <= strategies[i - 1])
            {
                throw new ArgumentException($"strategies must be distinct and in ascending order; {strategies[i]} came after {strategies[i - 1]}.", nameof(strategies));
            }
        }
    }
}
