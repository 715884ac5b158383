namespace Crm.Samples.Cluster.Grains.Aggregates;

/// <summary>
/// The persistent state of an aggregate grain: the library's snapshot (<c>ToSnapshot()</c> as <c>CrmJson</c>) and
/// its version, the ids of the last <see cref="AggregateGrain{TAggregate}.RememberedCommands"/> commands applied (a
/// repeat is answered from the current state and changes nothing), and — for service cases only — a KPI
/// contribution not yet acknowledged by its desk-day grain (an outbox, written with the closing event).
/// </summary>
public sealed class AggregateRecord
{
    /// <summary>The aggregate's snapshot JSON; null before the creating command.</summary>
    public string? Snapshot { get; set; }

    /// <summary>The aggregate's version (number of events); 0 before the creating command.</summary>
    public int Version { get; set; }

    /// <summary>Ids of recently applied commands, oldest first.</summary>
    public List<string> RecentCommands { get; set; } = [];

    /// <summary>A closed case's contribution to its desk-day KPIs, until the desk-day grain has it.</summary>
    public KpiContribution? PendingKpi { get; set; }
}
