using System.Collections.Immutable;

namespace Crm.Domain.Processes;

/// <summary>
/// An aggregate with a lifecycle, kept as the history of its events. Every such aggregate in the library has the same
/// shape:
/// <list type="bullet">
/// <item>commands are methods that return the <b>new aggregate</b> (the original is unchanged); the event(s) a
/// command produced are the new aggregate's <see cref="History"/> after the old one's <see cref="Version"/> (see
/// <see cref="ProcessExtensions.EventsSince{TEvent}(IProcess{TEvent}, int)"/>);</item>
/// <item>a static <c>FromHistory(IEnumerable&lt;TEvent&gt;)</c> rebuilds an equal aggregate from its events, refusing a
/// history that could not have happened with an <see cref="ArgumentException"/>;</item>
/// <item><c>ToSnapshot()</c> and a static <c>FromSnapshot(snapshot)</c> convert to and from a plain, versioned record that
/// round-trips through <c>CrmJson</c>; <c>FromSnapshot</c> accepts nothing the commands would refuse.</item>
/// </list>
/// </summary>
/// <typeparam name="TEvent">The aggregate's event type.</typeparam>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface IProcess<TEvent>
    where TEvent : class, IProcessEvent
{
    /// <summary>Every event so far, oldest first; the first is the creation. Never empty for a live aggregate.</summary>
    ImmutableArray<TEvent> History { get; }

    /// <summary>
    /// The number of events in <see cref="History"/>: 1 after creation, one more per event. A host stores it beside
    /// the aggregate and refuses a write whose expected version is stale (optimistic concurrency).
    /// </summary>
    int Version { get; }
}
