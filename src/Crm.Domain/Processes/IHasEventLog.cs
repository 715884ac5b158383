namespace Crm.Domain.Processes;

/// <summary>
/// An aggregate that keeps its history in an <see cref="EventLog{TEvent}"/>, so that helpers such as
/// <see cref="ProcessExtensions.EventsSince{TEvent}"/> read the newest events without materialising the whole history.
/// </summary>
/// <typeparam name="TEvent">The aggregate's event type.</typeparam>
internal interface IHasEventLog<TEvent>
{
    /// <summary>The history as a log.</summary>
    EventLog<TEvent> Log { get; }
}
