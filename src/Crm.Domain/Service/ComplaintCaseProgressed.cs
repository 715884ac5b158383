using System.Collections.Immutable;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>
/// The complaint's case moved on (see <see cref="Complaint.WithCase"/>): the case's events since the complaint last
/// saw it, applied to the complaint's case with the case's own rules.
/// </summary>
/// <remarks>Equality compares <see cref="CaseEvents"/> element by element.</remarks>
/// <param name="At">When the complaint took the progress in: the later of the last case event's instant and the
/// complaint's previous event's; never before either.</param>
/// <param name="CaseEvents">The new events of the case, oldest first; at least one.</param>
public sealed record ComplaintCaseProgressed(Instant At, ImmutableArray<CaseEvent> CaseEvents) : ComplaintEvent(At)
{
    /// <inheritdoc/>
    public bool Equals(ComplaintCaseProgressed? other) => other is not null && base.Equals(other) && ComplaintFiled.SameEvents(CaseEvents, other.CaseEvents);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), CaseEvents.IsDefault ? -1 : CaseEvents.Length);
}
