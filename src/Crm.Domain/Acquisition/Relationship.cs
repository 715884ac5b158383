using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>
/// A new customer relationship as a process beside the sales funnel (issue 16 item 5): enquiry → interaction →
/// exchange → co-ordination → adaptation, one phase at a time, until it is established or ends. Each command returns a
/// new relationship with its event appended to <see cref="History"/>; the original is never changed.
/// </summary>
/// <remarks>
/// <para>What feeds it (the library's documented choice; the sources name the phases, inputs and attitudes but no
/// rule between them): the prospect's <see cref="LeadSource"/> sets the first phase (<see cref="StartPhaseFor"/>:
/// lapsed, former and existing customers already know the firm, so their relationship re-opens at
/// <see cref="RelationshipPhase.Interaction"/>; every other input starts at <see cref="RelationshipPhase.Enquiry"/>);
/// the <see cref="ProspectAttitude"/> gates the exchange: a <see cref="ProspectAttitude.Rejecter"/> cannot move into
/// <see cref="RelationshipPhase.Exchange"/> or later until the attitude is assessed again
/// (<see cref="WithAttitude"/>). <see cref="NextMove"/> says in words what moves the relationship on.</para>
/// <para>An illegal move (skipping a phase, going back, moving past Adaptation, any command after the end, an
/// exchange with a rejecter) throws <see cref="IllegalTransitionException"/> naming the state; an instant before the
/// last event throws <see cref="ArgumentOutOfRangeException"/>. Either way the relationship is unchanged.</para>
/// <para>Storage: <see cref="FromHistory"/>, <see cref="ToSnapshot"/> and <see cref="FromSnapshot"/>, as every process.
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class Relationship : IProcess<RelationshipEvent>, IHasEventLog<RelationshipEvent>
{
    private readonly EventLog<RelationshipEvent> _log;

    private Relationship(string id, LeadSource source, ProspectAttitude attitude, RelationshipPhase phase, bool isEnded, Instant phaseEnteredAt,
        EventLog<RelationshipEvent> log)
    {
        Id = id;
        Source = source;
        Attitude = attitude;
        Phase = phase;
        IsEnded = isEnded;
        PhaseEnteredAt = phaseEnteredAt;
        _log = log;
    }

    /// <summary>The relationship's identifier.</summary>
    public string Id { get; }

    /// <summary>Where the prospect came from (one of the ten inputs).</summary>
    public LeadSource Source { get; }

    /// <summary>The prospect's current attitude.</summary>
    public ProspectAttitude Attitude { get; }

    /// <summary>The current phase.</summary>
    public RelationshipPhase Phase { get; }

    /// <summary>True once <see cref="End"/> was called: the relationship takes no further command.</summary>
    public bool IsEnded { get; }

    /// <summary>When the relationship started.</summary>
    public Instant StartedAt => _log.First.At;

    /// <summary>When the relationship entered its current phase (its start, if it never moved).</summary>
    public Instant PhaseEnteredAt { get; }

    /// <summary>True once the relationship has reached <see cref="RelationshipPhase.Adaptation"/>, the last phase.</summary>
    public bool IsEstablished => Phase == RelationshipPhase.Adaptation;

    /// <summary>Every event, oldest first: <see cref="RelationshipStarted"/>, then the events the commands appended.</summary>
    public ImmutableArray<RelationshipEvent> History => _log.Events;

    /// <inheritdoc />
    EventLog<RelationshipEvent> IHasEventLog<RelationshipEvent>.Log => _log;

    /// <summary>The number of events in <see cref="History"/> (1 after the start), for optimistic concurrency.</summary>
    public int Version => _log.Length;

    /// <summary>What moves the relationship on from here, in words (or why nothing can).</summary>
    [NotPersonal("the library's text: the next stage in words")]
    public string NextMove => IsEnded
        ? "The relationship has ended: nothing moves it on."
        : Phase switch
        {
            RelationshipPhase.Enquiry => "Enquiry → Interaction: the two sides enter a dialogue (a reply, a meeting, a demonstration), discussing needs and offers.",
            RelationshipPhase.Interaction => Attitude == ProspectAttitude.Rejecter
                ? "Interaction → Exchange is refused while the prospect is a Rejecter: assess the attitude again first."
                : "Interaction → Exchange: the first exchange of value, a purchase.",
            RelationshipPhase.Exchange => "Exchange → Co-ordination: exchanges repeat and the two sides co-ordinate ordering, delivery and service.",
            RelationshipPhase.Coordination => "Co-ordination → Adaptation: each side adapts to the other (dedicated terms, shared processes); the relationship is established.",
            _ => "Adaptation is the last phase: the relationship is established and retention takes over.",
        };

    private string Process => $"Relationship {Id}";

    private string State => IsEnded ? $"{Phase} (ended)" : Phase.ToString();

    /// <summary>The first phase of a relationship with a prospect from <paramref name="source"/>:
    /// <see cref="RelationshipPhase.Interaction"/> for <see cref="LeadSource.LapsedCustomer"/>,
    /// <see cref="LeadSource.FormerCustomer"/> and <see cref="LeadSource.ExistingCustomer"/> (they already know the
    /// firm; the dialogue re-opens), <see cref="RelationshipPhase.Enquiry"/> for the other seven inputs.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is <see cref="LeadSource.Unknown"/> or undefined.</exception>
    public static RelationshipPhase StartPhaseFor(LeadSource source) =>
        Guard.Against.UndefinedEnum(source) is LeadSource.LapsedCustomer or LeadSource.FormerCustomer or LeadSource.ExistingCustomer
            ? RelationshipPhase.Interaction
            : RelationshipPhase.Enquiry;

    /// <summary>The phase after <paramref name="phase"/> (Enquiry → … → Adaptation); null for Adaptation, Unknown and undefined values.</summary>
    public static RelationshipPhase? NextPhase(RelationshipPhase phase) =>
        phase is >= RelationshipPhase.Enquiry and < RelationshipPhase.Adaptation ? phase + 1 : null;

    /// <summary>Starts a relationship in <see cref="StartPhaseFor"/> of <paramref name="source"/>.</summary>
    /// <param name="id">The identifier (not blank).</param>
    /// <param name="source">Where the prospect came from (not <see cref="LeadSource.Unknown"/>).</param>
    /// <param name="at">When it started.</param>
    /// <param name="attitude">The prospect's attitude (<see cref="ProspectAttitude.Unknown"/> when not assessed).</param>
    /// <exception cref="ArgumentException">A blank id, an unknown source or an undefined attitude.</exception>
    public static Relationship Start(string id, LeadSource source, Instant at, ProspectAttitude attitude = ProspectAttitude.Unknown) =>
        Begin(new RelationshipStarted(at, id, source, attitude, StartPhaseFor(source)));

    /// <summary>Rebuilds a relationship from its events, oldest first; the result equals the relationship that produced them.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">The history could not have happened (empty, not starting with its start, an
    /// illegal move, an instant out of order, a value a command refuses); the message names the event's index.</exception>
    public static Relationship FromHistory(IEnumerable<RelationshipEvent> history) =>
        ProcessHistory.Replay(history,
            e => e is RelationshipStarted started ? Begin(started) : throw new ArgumentException($"the first event must be a RelationshipStarted; it was a {e.GetType().Name}.", nameof(history)),
            (relationship, e) => relationship.Apply(e));

    /// <summary>Rebuilds a relationship from a snapshot, after checking that its state is the state its history replays to.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The schema version is not 1.</exception>
    /// <exception cref="ArgumentException">The history is missing or could not have happened, or a state field disagrees with it.</exception>
    public static Relationship FromSnapshot(RelationshipSnapshot snapshot)
    {
        var relationship = ProcessHistory.FromSnapshot(snapshot, s => (s.SchemaVersion, s.Version, s.History), FromHistory);
        const string type = nameof(RelationshipSnapshot);
        ProcessHistory.RequireConsistent(string.Equals(snapshot.Id, relationship.Id, StringComparison.Ordinal), type, "id");
        ProcessHistory.RequireConsistent(snapshot.Source == relationship.Source, type, "source");
        ProcessHistory.RequireConsistent(snapshot.Attitude == relationship.Attitude, type, "attitude");
        ProcessHistory.RequireConsistent(snapshot.Phase == relationship.Phase, type, "phase");
        ProcessHistory.RequireConsistent(snapshot.IsEnded == relationship.IsEnded, type, "isEnded");
        ProcessHistory.RequireConsistent(snapshot.StartedAt == relationship.StartedAt, type, "startedAt");
        ProcessHistory.RequireConsistent(snapshot.PhaseEnteredAt == relationship.PhaseEnteredAt, type, "phaseEnteredAt");
        return relationship;
    }

    /// <summary>The relationship as a serialisable snapshot (schema version 1): its state and its whole history.</summary>
    public RelationshipSnapshot ToSnapshot() =>
        new(ProcessHistory.SchemaVersion, Version, Id, Source, Attitude, Phase, IsEnded, StartedAt, PhaseEnteredAt, History);

    /// <summary>Moves the relationship to its next phase (appends a <see cref="RelationshipPhaseChanged"/>).</summary>
    /// <exception cref="IllegalTransitionException">The relationship is established or ended, or the move is an
    /// exchange with a rejecter; the message names the state.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    public Relationship Advance(Instant at) =>
        MoveTo(NextPhase(Phase) ?? throw new IllegalTransitionException(Process, State, "the next phase", "Adaptation is the last phase"), at);

    /// <summary>Moves the relationship to <paramref name="to"/>, which must be the next phase (phases are never skipped
    /// nor gone back to).</summary>
    /// <exception cref="IllegalTransitionException">Not the next phase, the relationship has ended, or an exchange with a rejecter.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    public Relationship MoveTo(RelationshipPhase to, Instant at) => Apply(new RelationshipPhaseChanged(Phase, to, at));

    /// <summary>The relationship with the prospect's attitude assessed again (appends a <see cref="RelationshipAttitudeChanged"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="attitude"/> is undefined, or <paramref name="at"/> is before the last event.</exception>
    /// <exception cref="IllegalTransitionException">The relationship has ended.</exception>
    public Relationship WithAttitude(ProspectAttitude attitude, Instant at) => Apply(new RelationshipAttitudeChanged(at, attitude));

    /// <summary>Ends the relationship in its current phase (appends a <see cref="RelationshipEnded"/>).</summary>
    /// <exception cref="IllegalTransitionException">It has already ended.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    public Relationship End(Instant at) => Apply(new RelationshipEnded(at));

    // The start rules, shared by Start and replay.
    private static Relationship Begin(RelationshipStarted e)
    {
        Guard.Against.NullOrWhiteSpace(e.Id, "id");
        var first = StartPhaseFor(e.Source);
        Guard.Against.UndefinedEnum(e.Attitude, allowDefault: true, parameterName: "attitude");
        if (e.Phase != first)
        {
            throw new ArgumentException($"phase must be the first phase for a {e.Source} ({first}); it was {e.Phase}.", nameof(e));
        }

        return new Relationship(e.Id, e.Source, e.Attitude, e.Phase, false, e.At, EventLog<RelationshipEvent>.Start(e));
    }

    // Every rule for an event after the start: commands and replay both come through here (the per-event methods have
    // other names so that a command cannot bind to one of them and skip the ended check).
    private Relationship Apply(RelationshipEvent e)
    {
        ProcessHistory.Require(!IsEnded, Process, State, e.GetType().Name, "the relationship has ended");
        return e switch
        {
            RelationshipPhaseChanged move => Move(move),
            RelationshipAttitudeChanged attitude => Reassess(attitude),
            RelationshipEnded ended => new Relationship(Id, Source, Attitude, Phase, true, PhaseEnteredAt, ProcessHistory.Append(_log, ended, Process)),
            RelationshipStarted => throw new ArgumentException($"{Process} already exists: a history has one RelationshipStarted, its first event.", nameof(e)),
            _ => throw new ArgumentException($"{e.GetType().Name} is not an event of a relationship.", nameof(e)),
        };
    }

    private Relationship Move(RelationshipPhaseChanged e)
    {
        ProcessHistory.Require(NextPhase(Phase) == e.To, Process, State, e.To.ToString(),
            Enum.IsDefined(e.To) && e.To != RelationshipPhase.Unknown ? "phases move one at a time, forward" : "not a relationship phase");
        ProcessHistory.Require(!(e.To >= RelationshipPhase.Exchange && Attitude == ProspectAttitude.Rejecter), Process, State, e.To.ToString(),
            "the prospect is a Rejecter: assess the attitude again before an exchange");
        if (e.From != Phase)
        {
            throw new ArgumentException($"{Process}: from must be the relationship's phase at that point ({Phase}); it was {e.From}.", nameof(e));
        }

        return new Relationship(Id, Source, Attitude, e.To, false, e.At, ProcessHistory.Append(_log, e, Process));
    }

    private Relationship Reassess(RelationshipAttitudeChanged e)
    {
        Guard.Against.UndefinedEnum(e.Attitude, allowDefault: true, parameterName: "attitude");
        return new Relationship(Id, Source, e.Attitude, Phase, false, PhaseEnteredAt, ProcessHistory.Append(_log, e, Process));
    }
}
