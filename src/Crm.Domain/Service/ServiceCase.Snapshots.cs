using Crm.Domain.Processes;

namespace Crm.Domain.Service;

// This file of the partial class: Conversion between the case and its stored form. (The type's one doc comment is on the main file's declaration.)
public sealed partial class ServiceCase
{
    /// <summary>The case as a <see cref="ServiceCaseSnapshot"/> (schema version 1), ready for <c>CrmJson</c>.</summary>
    public ServiceCaseSnapshot ToSnapshot() => new(ProcessHistory.SchemaVersion, Version, Id, Customer, Team, Priority, Channel,
        OpenedAt, State, FirstResponseAt, ResolvedAt, EscalationLevel, ResponseCount, ReopenCount, Pauses, PausedSince, History);

    /// <summary>
    /// Rebuilds a case from a snapshot: replays its <see cref="ServiceCaseSnapshot.History"/> (see <see cref="FromHistory"/>)
    /// and checks that every state field of the snapshot matches the replayed case.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The schema version is not 1.</exception>
    /// <exception cref="ArgumentException">A missing array, a history that could not have happened, or a state field that
    /// disagrees with the history (a tampered snapshot).</exception>
    public static ServiceCase FromSnapshot(ServiceCaseSnapshot snapshot)
    {
        var c = ProcessHistory.FromSnapshot(snapshot, s => (s.SchemaVersion, s.Version, s.History), FromHistory, s => !s.Pauses.IsDefault, "history and pauses");
        const string type = nameof(ServiceCaseSnapshot);
        ProcessHistory.RequireConsistent(string.Equals(snapshot.Id, c.Id, StringComparison.Ordinal), type, "id");
        ProcessHistory.RequireConsistent(snapshot.Customer == c.Customer, type, "customer");
        ProcessHistory.RequireConsistent(string.Equals(snapshot.Team, c.Team, StringComparison.Ordinal), type, "team");
        ProcessHistory.RequireConsistent(snapshot.Priority == c.Priority, type, "priority");
        ProcessHistory.RequireConsistent(snapshot.Channel == c.Channel, type, "channel");
        ProcessHistory.RequireConsistent(snapshot.OpenedAt == c.OpenedAt, type, "openedAt");
        ProcessHistory.RequireConsistent(snapshot.State == c.State, type, "state");
        ProcessHistory.RequireConsistent(snapshot.FirstResponseAt == c.FirstResponseAt, type, "firstResponseAt");
        ProcessHistory.RequireConsistent(snapshot.ResolvedAt == c.ResolvedAt, type, "resolvedAt");
        ProcessHistory.RequireConsistent(snapshot.EscalationLevel == c.EscalationLevel, type, "escalationLevel");
        ProcessHistory.RequireConsistent(snapshot.ResponseCount == c.ResponseCount, type, "responseCount");
        ProcessHistory.RequireConsistent(snapshot.ReopenCount == c.ReopenCount, type, "reopenCount");
        ProcessHistory.RequireConsistent(snapshot.Pauses.AsSpan().SequenceEqual(c.Pauses.AsSpan()), type, "pauses");
        ProcessHistory.RequireConsistent(snapshot.PausedSince == c.PausedSince, type, "pausedSince");
        return c;
    }
}
