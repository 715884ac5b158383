namespace Crm.Domain.Processes;

/// <summary>Queries over an <see cref="EventLog{TEvent}"/> that several aggregates share.</summary>
internal static class EventLogQueries
{
    /// <summary>True when the log holds an event of kind <typeparamref name="TKind"/> (e.g. an erasure): O(n), no copy.</summary>
    public static bool Holds<TEvent, TKind>(this EventLog<TEvent> log)
        where TKind : TEvent
    {
        foreach (var e in log.AsSpan())
        {
            if (e is TKind)
            {
                return true;
            }
        }

        return false;
    }
}
