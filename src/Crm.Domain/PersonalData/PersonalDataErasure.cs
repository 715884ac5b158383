using Crm.Domain.Processes;

namespace Crm.Domain.PersonalData;

/// <summary>The result of <see cref="IPersonalDataHolder.EraseSubject"/>: the holder over the erased aggregate and the
/// erasure event appended to its history.</summary>
/// <remarks>Immutable and thread-safe. Its text names the kind and identifier only.</remarks>
public sealed class PersonalDataErasure
{
    /// <summary>Creates the result.</summary>
    /// <param name="holder">The holder over the erased aggregate.</param>
    /// <param name="event">The erasure event; null when the aggregate has no history or holds only links.</param>
    /// <exception cref="ArgumentNullException"><paramref name="holder"/> is null.</exception>
    public PersonalDataErasure(IPersonalDataHolder holder, IProcessEvent? @event)
    {
        ArgumentNullException.ThrowIfNull(holder);
        Holder = holder;
        Event = @event;
    }

    /// <summary>The holder over the erased aggregate (store <see cref="IPersonalDataHolder.Aggregate"/>, replacing
    /// its whole history: erasure rewrites the earlier events).</summary>
    public IPersonalDataHolder Holder { get; }

    /// <summary>The erasure event (<c>LeadErased</c>, <c>CaseErased</c>…); null when there is none.</summary>
    public IProcessEvent? Event { get; }

    /// <inheritdoc />
    public override string ToString() => $"Erased {Holder.Kind} {Holder.Id}{(Event is null ? string.Empty : $" ({Event.GetType().Name} at {Event.At})")}";
}
