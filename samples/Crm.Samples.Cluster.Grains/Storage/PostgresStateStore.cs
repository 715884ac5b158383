using Npgsql;
using NpgsqlTypes;
using Orleans.Storage;

namespace Crm.Samples.Cluster.Grains.Storage;

/// <summary>
/// The PostgreSQL <see cref="IStateStore"/>: one table, <c>crm_grain_state(key text primary key, etag bigint,
/// state jsonb, updated_at timestamptz)</c>, created by <see cref="EnsureSchemaAsync"/>. A write is one statement
/// (an <c>INSERT ... ON CONFLICT DO NOTHING</c> for a new state, an <c>UPDATE ... WHERE etag = @expected</c>
/// otherwise); zero rows touched means another writer got there first. States are JSON, so
/// <c>SELECT state->>'Snapshot' FROM crm_grain_state</c> shows the library's snapshots. Thread-safe (Npgsql's pool).
/// </summary>
public sealed class PostgresStateStore : IStateStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _source;

    /// <summary>Opens a data source on the connection string (nothing is sent until the first call).</summary>
    public PostgresStateStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _source = NpgsqlDataSource.Create(connectionString);
    }

    /// <inheritdoc />
    public string Name => "postgresql";

    /// <summary>Creates the table if it is missing (idempotent).</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _source.CreateCommand(
            "CREATE TABLE IF NOT EXISTS crm_grain_state (key text PRIMARY KEY, etag bigint NOT NULL, state jsonb NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var command = _source.CreateCommand("SELECT state::text, etag FROM crm_grain_state WHERE key = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredState(reader.GetString(0), reader.GetInt64(1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }

    /// <inheritdoc />
    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        long next = expectedETag is null ? 1 : ParseETag(expectedETag) + 1;
        var sql = expectedETag is null
            ? "INSERT INTO crm_grain_state (key, etag, state) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING"
            : "UPDATE crm_grain_state SET etag = $2, state = $3, updated_at = now() WHERE key = $1 AND etag = $4";
        await using var command = _source.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = next });
        command.Parameters.Add(new NpgsqlParameter { Value = json, NpgsqlDbType = NpgsqlDbType.Jsonb });
        if (expectedETag is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = next - 1 });
        }

        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new InconsistentStateException($"State '{key}': expected ETag '{expectedETag ?? "none"}', another writer changed it.", "unknown", expectedETag ?? "none");
        }

        return next.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public async Task ClearAsync(string key, string? expectedETag, CancellationToken cancellationToken = default)
    {
        if (expectedETag is null)
        {
            return;
        }

        await using var command = _source.CreateCommand("DELETE FROM crm_grain_state WHERE key = $1 AND etag = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = ParseETag(expectedETag) });
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new InconsistentStateException($"State '{key}': expected ETag '{expectedETag}', another writer changed it.", "unknown", expectedETag);
        }
    }

    /// <inheritdoc />
    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _source.CreateCommand("SELECT count(*) FROM crm_grain_state");
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _source.DisposeAsync();

    private static long ParseETag(string etag) => long.Parse(etag, System.Globalization.CultureInfo.InvariantCulture);
}
