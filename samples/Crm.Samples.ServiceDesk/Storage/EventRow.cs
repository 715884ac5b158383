using NodaTime;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>
/// One event of one aggregate: append-only (erasure is the one rewrite). The key (kind, aggregate id, version) is
/// unique, so two writers appending the same version cannot both succeed.
/// </summary>
public sealed class EventRow
{
    /// <summary>The aggregate kind (<c>customer</c>, <c>lead</c>, <c>case</c>, <c>complaint</c>…).</summary>
    public required string Kind { get; set; }

    /// <summary>The aggregate's id.</summary>
    public required string AggregateId { get; set; }

    /// <summary>The aggregate's version after this event: 1 for the creation, then one more per event.</summary>
    public int Version { get; set; }

    /// <summary>The event's versioned discriminator, as CrmJson writes it (<c>lead.stageChanged.v1</c>).</summary>
    public required string Type { get; set; }

    /// <summary>When the event happened (the event's own instant).</summary>
    public Instant At { get; set; }

    /// <summary>The event as CrmJson writes it (the discriminator included).</summary>
    public required string Json { get; set; }
}
