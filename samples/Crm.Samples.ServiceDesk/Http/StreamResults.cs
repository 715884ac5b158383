using System.Text;
using Crm.Domain.Processes;
using Crm.Samples.ServiceDesk.Storage;

namespace Crm.Samples.ServiceDesk.Http;

/// <summary>
/// The shape every aggregate endpoint shares: load → check <c>If-Match</c> → run the library command → store what it
/// appended (one transaction, version-checked) → answer the stored snapshot JSON with its <c>ETag</c>.
/// </summary>
public static class StreamResults
{
    /// <summary>Runs <paramref name="command"/> on the stored aggregate and stores the result.</summary>
    public static async Task<IResult> RunAsync<TAggregate, TEvent, TSnapshot>(HttpContext http, AggregateStore store,
        AggregateKind<TAggregate, TEvent, TSnapshot> kind, string id, Func<TAggregate, TAggregate> command)
        where TAggregate : class, IProcess<TEvent>
        where TEvent : class, IProcessEvent
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(command);
        var loaded = await LoadExpectedAsync(http, store, kind, id).ConfigureAwait(false);
        var next = command(loaded.Aggregate);
        return Snapshot(http, await store.AppendAsync(kind, loaded, next, http.RequestAborted).ConfigureAwait(false));
    }

    /// <summary>Loads the aggregate and refuses a stale <c>If-Match</c> before any command runs.</summary>
    public static async Task<Loaded<TAggregate>> LoadExpectedAsync<TAggregate, TEvent, TSnapshot>(HttpContext http, AggregateStore store,
        AggregateKind<TAggregate, TEvent, TSnapshot> kind, string id)
        where TAggregate : class, IProcess<TEvent>
        where TEvent : class, IProcessEvent
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(kind);
        var expected = Versions.Expected(http.Request);
        var loaded = await store.LoadAsync(kind, id, http.RequestAborted).ConfigureAwait(false);
        return expected is { } v && v != loaded.Version ? throw new VersionConflictException(kind.Name, id, v, loaded.Version) : loaded;
    }

    /// <summary>The stored snapshot as the response body, its version as the <c>ETag</c>.</summary>
    public static IResult Snapshot(HttpContext http, StreamRow row, int statusCode = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(row);
        http.Response.Headers.ETag = Versions.ETag(row.Version);
        return Results.Text(row.Snapshot, "application/json", Encoding.UTF8, statusCode);
    }

    /// <summary>Maps <c>GET {group}/{id}</c>: the stored snapshot of <paramref name="kind"/> with its ETag.</summary>
    public static RouteHandlerBuilder MapRead(RouteGroupBuilder group, string kind)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.MapGet("/{id}", async (HttpContext http, AggregateStore store, string id) =>
            Snapshot(http, await store.SnapshotAsync(kind, id, http.RequestAborted).ConfigureAwait(false)));
    }

    /// <summary>A created aggregate: 201 with its location, snapshot and ETag.</summary>
    public static IResult Created(HttpContext http, StreamRow row, string location)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.Location = location;
        return Snapshot(http, row, StatusCodes.Status201Created);
    }
}
