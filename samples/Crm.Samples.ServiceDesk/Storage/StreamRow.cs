using NodaTime;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>
/// The head of one aggregate's event stream: its current version and its snapshot (what reads and commands load).
/// <see cref="Version"/> is a concurrency token: an update that does not find the version it loaded changes nothing
/// and fails, so a concurrent change is detected, never lost.
/// </summary>
public sealed class StreamRow
{
    /// <summary>The aggregate kind.</summary>
    public required string Kind { get; set; }

    /// <summary>The aggregate's id.</summary>
    public required string AggregateId { get; set; }

    /// <summary>The aggregate's version (its number of events).</summary>
    public int Version { get; set; }

    /// <summary>The aggregate's <c>ToSnapshot()</c> as CrmJson writes it.</summary>
    public required string Snapshot { get; set; }

    /// <summary>When the stream was last written (the server clock).</summary>
    public Instant UpdatedAt { get; set; }
}
