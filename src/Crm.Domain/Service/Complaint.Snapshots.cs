using Ardalis.GuardClauses;
using Crm.Domain.Processes;

namespace Crm.Domain.Service;

// This file of the partial class: Conversion between the complaint and its stored form. (The type's one doc comment is on the main file's declaration.)
public sealed partial class Complaint
{
    /// <summary>The complaint as a <see cref="ComplaintSnapshot"/> (schema version 1), ready for <c>CrmJson</c>.</summary>
    public ComplaintSnapshot ToSnapshot() =>
        new(ProcessHistory.SchemaVersion, Version, Subject, Outcome, Compensation, DecidedAt, Case.ToSnapshot(), History);

    /// <summary>
    /// Rebuilds a complaint from a snapshot: replays its <see cref="ComplaintSnapshot.History"/> (see
    /// <see cref="FromHistory"/>) and checks that every state field, and the case snapshot, match the replayed complaint.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or its case is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The schema version of the snapshot or of its case is not 1.</exception>
    /// <exception cref="ArgumentException">A missing history, a history that could not have happened, a case snapshot that
    /// is invalid itself, or a field that disagrees with the history (a tampered snapshot).</exception>
    public static Complaint FromSnapshot(ComplaintSnapshot snapshot)
    {
        var c = ProcessHistory.FromSnapshot(snapshot, s => (s.SchemaVersion, s.Version, s.History), FromHistory);
        const string type = nameof(ComplaintSnapshot);
        Guard.Against.Null(snapshot.Case, nameof(snapshot));
        var storedCase = ServiceCase.FromSnapshot(snapshot.Case);
        ProcessHistory.RequireConsistent(string.Equals(snapshot.Subject, c.Subject, StringComparison.Ordinal), type, "subject");
        ProcessHistory.RequireConsistent(snapshot.Outcome == c.Outcome, type, "outcome");
        ProcessHistory.RequireConsistent(snapshot.Compensation == c.Compensation, type, "compensation");
        ProcessHistory.RequireConsistent(snapshot.DecidedAt == c.DecidedAt, type, "decidedAt");
        // The case snapshot is consistent with its own history (checked above), so equal histories mean an equal case.
        ProcessHistory.RequireConsistent(storedCase.History.AsSpan().SequenceEqual(c.Case.History.AsSpan()), type, "case");
        return c;
    }
}
