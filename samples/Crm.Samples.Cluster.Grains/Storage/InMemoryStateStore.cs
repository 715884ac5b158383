using System.Collections.Concurrent;
using System.Globalization;
using Orleans.Storage;

namespace Crm.Samples.Cluster.Grains.Storage;

/// <summary>
/// The in-memory <see cref="IStateStore"/>: one instance is handed to every silo of a process, so it plays the
/// database's part — it outlives a silo that is stopped or killed (Orleans' own memory storage keeps states in
/// grains on the silos, so a killed silo takes them along). Thread-safe; compare-and-swap on the ETag.
/// </summary>
public sealed class InMemoryStateStore : IStateStore
{
    private readonly ConcurrentDictionary<string, StoredState> _rows = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => "memory";

    /// <inheritdoc />
    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rows.TryGetValue(key, out var row) ? row : null);

    /// <inheritdoc />
    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        if (expectedETag is null)
        {
            var first = new StoredState(json, "1");
            return _rows.TryAdd(key, first) ? Task.FromResult(first.ETag) : throw Conflict(key, expectedETag);
        }

        var current = _rows.TryGetValue(key, out var row) ? row : throw Conflict(key, expectedETag);
        if (!string.Equals(current.ETag, expectedETag, StringComparison.Ordinal))
        {
            throw Conflict(key, expectedETag, current.ETag);
        }

        var next = new StoredState(json, (long.Parse(current.ETag, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture));
        return _rows.TryUpdate(key, next, current) ? Task.FromResult(next.ETag) : throw Conflict(key, expectedETag);
    }

    /// <inheritdoc />
    public Task ClearAsync(string key, string? expectedETag, CancellationToken cancellationToken = default)
    {
        if (expectedETag is null)
        {
            return Task.CompletedTask;
        }

        if (!_rows.TryGetValue(key, out var current) || !string.Equals(current.ETag, expectedETag, StringComparison.Ordinal)
            || !_rows.TryRemove(new KeyValuePair<string, StoredState>(key, current)))
        {
            throw Conflict(key, expectedETag);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<long> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult((long)_rows.Count);

    private static InconsistentStateException Conflict(string key, string? expected, string? stored = null) =>
        new($"State '{key}': expected ETag '{expected ?? "none"}', stored '{stored ?? "other"}'.", stored ?? "unknown", expected ?? "none");
}
