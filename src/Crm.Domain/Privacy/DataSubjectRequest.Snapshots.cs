using Crm.Domain.Processes;
using Crm.Domain.Service;

namespace Crm.Domain.Privacy;

/// <content>Conversion between the request and its stored form.</content>
public sealed partial class DataSubjectRequest
{
    /// <summary>The request as a <see cref="DataSubjectRequestSnapshot"/> (schema version 1), ready for <c>CrmJson</c>.</summary>
    public DataSubjectRequestSnapshot ToSnapshot() =>
        new(ProcessHistory.SchemaVersion, Version, Id, Subject, Kind, State, DueDate, IsExtended, ClosedAt, History);

    /// <summary>Rebuilds a request from a snapshot: replays its history in <paramref name="calendar"/> (see
    /// <see cref="FromHistory"/>) and checks that every state field matches.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The schema version is not 1.</exception>
    /// <exception cref="ArgumentException">A missing history, one that could not have happened, or a field that
    /// disagrees with it (a tampered snapshot).</exception>
    public static DataSubjectRequest FromSnapshot(DataSubjectRequestSnapshot snapshot, BusinessCalendar calendar)
    {
        var r = ProcessHistory.FromSnapshot(snapshot, s => (s.SchemaVersion, s.Version, s.History), h => FromHistory(h, calendar));
        const string type = nameof(DataSubjectRequestSnapshot);
        ProcessHistory.RequireConsistent(string.Equals(snapshot.Id, r.Id, StringComparison.Ordinal), type, "id");
        ProcessHistory.RequireConsistent(snapshot.Subject == r.Subject, type, "subject");
        ProcessHistory.RequireConsistent(snapshot.Kind == r.Kind, type, "kind");
        ProcessHistory.RequireConsistent(snapshot.State == r.State, type, "state");
        ProcessHistory.RequireConsistent(snapshot.DueDate == r.DueDate, type, "dueDate");
        ProcessHistory.RequireConsistent(snapshot.IsExtended == r.IsExtended, type, "isExtended");
        ProcessHistory.RequireConsistent(snapshot.ClosedAt == r.ClosedAt, type, "closedAt");
        return r;
    }
}
