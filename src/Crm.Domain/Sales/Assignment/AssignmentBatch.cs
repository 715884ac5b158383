using System.Collections.Immutable;

namespace Crm.Domain.Sales.Assignment;

/// <summary>The decisions of <see cref="TerritoryAssigner{T}.AssignAll"/>, one per candidate in order, and the loads
/// after them (the loads given plus the candidates assigned, per assignee).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AssignmentBatch
{
    internal AssignmentBatch(ImmutableArray<AssignmentDecision> decisions, ImmutableDictionary<string, int> loads)
    {
        Decisions = decisions;
        Loads = loads;
    }

    /// <summary>One decision per candidate, in the candidates' order.</summary>
    public ImmutableArray<AssignmentDecision> Decisions { get; }

    /// <summary>Each assignee's load after the batch (assignees never loaded are absent).</summary>
    public ImmutableDictionary<string, int> Loads { get; }
}
