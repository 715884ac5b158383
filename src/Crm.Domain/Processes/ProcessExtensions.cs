using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Processes;

/// <summary>Helpers over any <see cref="IProcess{TEvent}"/>.</summary>
public static class ProcessExtensions
{
    /// <summary>
    /// The events appended after <paramref name="version"/>: what a host stores after a command, as in
    /// <c>var next = lead.Advance(at); store(next.EventsSince(lead.Version));</c>.
    /// </summary>
    /// <param name="process">The aggregate after the command(s).</param>
    /// <param name="version">The version before them, 0 to <see cref="IProcess{TEvent}.Version"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is negative or above the process's version.</exception>
    public static ImmutableArray<TEvent> EventsSince<TEvent>(this IProcess<TEvent> process, int version)
        where TEvent : class, IProcessEvent
    {
        Guard.Against.Null(process);
        Guard.Against.OutsideRange(version, 0, process.Version);
        // O(new events), not O(history): a host calls this after every command on aggregates of any age.
        return process is IHasEventLog<TEvent> owner
            ? [.. owner.Log.AsSpan()[version..]]
            : process.History[version..];
    }
}
