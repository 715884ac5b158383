using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Processes;

/// <summary>
/// The one helper every aggregate uses to grow and to rebuild its history, so that the rules (legal transitions,
/// instants that never go backwards, a replay that refuses what the commands refuse) are written once.
/// </summary>
/// <remarks>
/// The pattern: each aggregate has a private <c>Apply(TEvent)</c> that checks the event against the current state
/// with <see cref="Require"/> and returns the next state with <see cref="Append{TEvent}"/>. Commands build an event
/// and call <c>Apply</c>; <c>FromHistory</c> calls <see cref="Replay{TAggregate, TEvent}"/> over the same
/// <c>Apply</c>. Replay therefore equals state by construction, and a tampered history fails the same checks a
/// command would.
/// </remarks>
internal static class ProcessHistory
{
    /// <summary>The snapshot schema version this release writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Throws <see cref="IllegalTransitionException"/> naming the process and both states unless <paramref name="legal"/>.</summary>
    public static void Require(bool legal, string process, string from, string to, string? reason = null)
    {
        if (!legal)
        {
            throw new IllegalTransitionException(process, from, to, reason);
        }
    }

    /// <summary>
    /// <paramref name="history"/> with <paramref name="event"/> appended (amortised O(1): see <see cref="EventLog{TEvent}"/>),
    /// after checking that its instant is not before the last event's (an <see cref="ArgumentOutOfRangeException"/>
    /// for <c>at</c> naming both instants).
    /// </summary>
    public static EventLog<TEvent> Append<TEvent>(EventLog<TEvent> history, TEvent @event, string process)
        where TEvent : class, IProcessEvent
    {
        Guard.Against.Null(@event);
        if (!history.IsEmpty && @event.At < history.Last.At)
        {
#pragma warning disable CA2208 // The instant is the commands' parameter 'at': name it, not this helper's own parameter.
            throw new ArgumentOutOfRangeException("at", @event.At,
                $"{process}: at must not be before the last change ({history.Last.At}); it was {@event.At}.");
#pragma warning restore CA2208
        }

        return history.Append(@event);
    }

    /// <summary>The instant of the last event (the time floor for the next command).</summary>
    public static Instant LastAt<TEvent>(EventLog<TEvent> history)
        where TEvent : class, IProcessEvent => history.Last.At;

    /// <summary>The instant of the last event of a history read from another aggregate's public <c>History</c>.</summary>
    public static Instant LastAt<TEvent>(ImmutableArray<TEvent> history)
        where TEvent : class, IProcessEvent => history[^1].At;

    /// <summary>
    /// Rebuilds an aggregate from its events: <paramref name="start"/> takes the first (creation) event, then
    /// <paramref name="apply"/> each following one. Any refusal (null or empty history, a first event that is not a
    /// creation, an illegal transition, an instant out of order, an invalid value) becomes one
    /// <see cref="ArgumentException"/> on <paramref name="paramName"/> that names the event's index and kind; nothing
    /// half-built escapes.
    /// </summary>
    public static TAggregate Replay<TAggregate, TEvent>(IEnumerable<TEvent> history, Func<TEvent, TAggregate> start,
        Func<TAggregate, TEvent, TAggregate> apply, string paramName = "history")
        where TEvent : class, IProcessEvent
    {
        if (history is null)
        {
            throw new ArgumentNullException(paramName);
        }

        if (history is ImmutableArray<TEvent> { IsDefault: true })
        {
            // Enumerating a default ImmutableArray throws InvalidOperationException: refuse it as the argument it is.
            throw new ArgumentException($"{paramName} is a default ImmutableArray (no array at all).", paramName);
        }

        TAggregate? aggregate = default;
        var index = 0;
        foreach (var e in history)
        {
            if (e is null)
            {
                throw new ArgumentException($"{paramName}[{index}] is null.", paramName);
            }

            try
            {
                aggregate = index == 0 ? start(e) : apply(aggregate!, e);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                throw new ArgumentException($"{paramName}[{index}] ({e.GetType().Name} at {e.At}) could not have happened: {ex.Message}", paramName, ex);
            }

            index++;
        }

        return index == 0
            ? throw new ArgumentException($"{paramName} is empty: a process's history starts with its creation event.", paramName)
            : aggregate!;
    }

    /// <summary>
    /// The start every <c>FromSnapshot</c> shares, in this order: refuses a null <paramref name="snapshot"/>, a schema
    /// version this release does not read, a missing history (or another missing array: <paramref name="present"/>
    /// false, named by <paramref name="required"/>); rebuilds the aggregate with <paramref name="fromHistory"/>; refuses
    /// a stored version that is not the replayed one. The caller then checks its own stored fields against the result.
    /// </summary>
    /// <param name="snapshot">The snapshot; its type's name names it in messages.</param>
    /// <param name="stored">Reads the snapshot's schema version, version and history.</param>
    /// <param name="fromHistory">The aggregate's <c>FromHistory</c>.</param>
    /// <param name="present">False when an array the aggregate needs besides the history is missing; null for none.</param>
    /// <param name="required">The arrays that must be present, for the message.</param>
    public static TAggregate FromSnapshot<TSnapshot, TEvent, TAggregate>([NotNull] TSnapshot? snapshot,
        Func<TSnapshot, (int SchemaVersion, int Version, ImmutableArray<TEvent> History)> stored, Func<IEnumerable<TEvent>, TAggregate> fromHistory,
        Func<TSnapshot, bool>? present = null, string required = "history")
        where TSnapshot : class
        where TEvent : class, IProcessEvent
        where TAggregate : IProcess<TEvent>
    {
        Guard.Against.Null(snapshot);
        var type = typeof(TSnapshot).Name;
        var (schemaVersion, version, history) = stored(snapshot);
        RequireSchemaVersion(schemaVersion, type);
        if (history.IsDefault || present?.Invoke(snapshot) == false)
        {
            throw new ArgumentException($"{type}: {required} must be present.", nameof(snapshot));
        }

        var aggregate = fromHistory(history);
        RequireConsistent(version == aggregate.Version, type, "version");
        return aggregate;
    }

    /// <summary>Refuses a snapshot written by an unknown schema version.</summary>
    public static void RequireSchemaVersion(int schemaVersion, string type, string paramName = "snapshot")
    {
        if (schemaVersion != SchemaVersion)
        {
            throw new ArgumentOutOfRangeException(paramName, schemaVersion,
                $"{type}: schemaVersion must be {SchemaVersion} (the version this release reads); it was {schemaVersion}.");
        }
    }

    /// <summary>
    /// Refuses a snapshot whose stored state disagrees with the state its history replays to (a tampered snapshot).
    /// </summary>
    public static void RequireConsistent(bool consistent, string type, string what, string paramName = "snapshot")
    {
        if (!consistent)
        {
            throw new ArgumentException($"{type}: the snapshot's {what} does not match its history.", paramName);
        }
    }
}
