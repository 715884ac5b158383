using Crm.Domain.Processes;
using Crm.Domain.Serialization;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>
/// How one kind of aggregate is stored: its kind name (the first part of every key), its id, and the conversions to
/// and from its snapshot. Events and snapshots go through <see cref="CrmJson"/>; nothing here knows the aggregate's
/// fields. To store a new kind, add one instance to <see cref="AggregateKinds"/>.
/// </summary>
/// <typeparam name="TAggregate">The aggregate (an <see cref="IProcess{TEvent}"/>).</typeparam>
/// <typeparam name="TEvent">Its event base type (registered in CrmJson, polymorphic with a <c>type</c> discriminator).</typeparam>
/// <typeparam name="TSnapshot">Its snapshot record (registered in CrmJson).</typeparam>
public sealed class AggregateKind<TAggregate, TEvent, TSnapshot>
    where TAggregate : class, IProcess<TEvent>
    where TEvent : class, IProcessEvent
{
    /// <summary>The kind name stored in every row (<c>customer</c>, <c>lead</c>…), at most 32 characters.</summary>
    public required string Name { get; init; }

    /// <summary>The aggregate's id as stored (at most 128 characters).</summary>
    public required Func<TAggregate, string> IdOf { get; init; }

    /// <summary>The library's <c>ToSnapshot()</c>.</summary>
    public required Func<TAggregate, TSnapshot> ToSnapshot { get; init; }

    /// <summary>The library's <c>FromSnapshot(...)</c> (which replays and checks the history).</summary>
    public required Func<TSnapshot, TAggregate> FromSnapshot { get; init; }

    /// <summary>The snapshot of <paramref name="aggregate"/> as stored.</summary>
    public string SnapshotJson(TAggregate aggregate) => CrmJson.Serialize(ToSnapshot(aggregate));

    /// <summary>The aggregate stored as <paramref name="snapshotJson"/>.</summary>
    public TAggregate Read(string snapshotJson) => FromSnapshot(CrmJson.Deserialize<TSnapshot>(snapshotJson));

    /// <summary>The event row for the event at (1-based) <paramref name="version"/>.</summary>
    public EventRow Row(string id, int version, TEvent e)
    {
        var json = CrmJson.Serialize(e);
        return new EventRow { Kind = Name, AggregateId = id, Version = version, Type = Discriminator(json), At = e.At, Json = json };
    }

    /// <summary>The <c>type</c> member CrmJson writes first in every event.</summary>
    private static string Discriminator(string json)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        return doc.RootElement.TryGetProperty("type", out var t) && t.GetString() is { } type
            ? type
            : throw new InvalidOperationException($"{typeof(TEvent).Name} JSON has no 'type' discriminator.");
    }
}
