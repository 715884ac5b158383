using System.Collections.Immutable;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>
/// A complaint was filed on a case (see <see cref="Complaint.File"/>): the first event of every complaint's history.
/// </summary>
/// <remarks>Equality compares <see cref="CaseHistory"/> element by element.</remarks>
/// <param name="At">When it was filed: <see cref="Complaint.File"/> takes the instant of the case's last event (it has no
/// instant of its own); never before that event.</param>
/// <param name="Subject">What the complaint is about; never blank.</param>
/// <param name="CaseHistory">The case's history when the complaint was filed (oldest first, starting with
/// <see cref="CaseOpened"/>); replayed by <see cref="Complaint.FromHistory"/> with the case's own rules.</param>
public sealed record ComplaintFiled(Instant At, [property: Personal] string Subject, ImmutableArray<CaseEvent> CaseHistory) : ComplaintEvent(At)
{
    /// <inheritdoc />
    public override string ToString() => $"{nameof(ComplaintFiled)} at {At}";

    /// <inheritdoc/>
    public bool Equals(ComplaintFiled? other) =>
        other is not null && base.Equals(other) && string.Equals(Subject, other.Subject, StringComparison.Ordinal) && SameEvents(CaseHistory, other.CaseHistory);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Subject, CaseHistory.IsDefault ? -1 : CaseHistory.Length);

    // Arrays compared element by element (ImmutableArray's own equality is by reference), default equal only to default.
    internal static bool SameEvents(ImmutableArray<CaseEvent> a, ImmutableArray<CaseEvent> b) =>
        a.IsDefault ? b.IsDefault : !b.IsDefault && a.AsSpan().SequenceEqual(b.AsSpan());
}
