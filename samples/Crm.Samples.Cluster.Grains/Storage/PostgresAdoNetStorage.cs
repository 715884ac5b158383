using System.Globalization;
using Npgsql;

namespace Crm.Samples.Cluster.Grains.Storage;

/// <summary>
/// PostgreSQL through Orleans' own ADO.NET providers (Microsoft.Orleans.Clustering.AdoNet and
/// Microsoft.Orleans.Persistence.AdoNet 10.4.2, invariant <c>Npgsql</c>): the silos share a membership table (so they
/// may run in any number of processes or machines) and write grain states through <c>AdoNetGrainStorage</c> named
/// <see cref="StoreGrainStorage.Name"/>. The providers ship no PostgreSQL scripts, so the schema and the named queries
/// they read from the <c>OrleansQuery</c> table are the sample's own (<c>PostgreSql/crm-orleans-schema.sql</c>),
/// applied by <see cref="EnsureSchemaAsync"/>. States are JSON (<see cref="JsonGrainStateSerializer"/>) in a jsonb
/// column: <c>SELECT payload->>'Snapshot' FROM crm_orleans_grain_state</c> shows the library's snapshots.
/// Thread-safe (Npgsql's pool).
/// </summary>
public sealed class PostgresAdoNetStorage : IClusterStorage, IAsyncDisposable
{
    /// <summary>The ADO.NET invariant name the providers load Npgsql by.</summary>
    public const string Invariant = "Npgsql";

    private const string SchemaResource = "crm-orleans-schema.sql";
    // Any constant: serialises concurrent schema set-ups (two processes starting at once) on one server.
    private const long SchemaLock = 0x43524d4f524c4e;

    private readonly NpgsqlDataSource _source;

    /// <summary>Opens a data source on the connection string (nothing is sent until the first call).</summary>
    public PostgresAdoNetStorage(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ConnectionString = connectionString;
        _source = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>The connection string the providers use.</summary>
    public string ConnectionString { get; }

    /// <inheritdoc />
    public string Name => "postgresql";

    /// <inheritdoc />
    public bool HasMembershipTable => true;

    /// <summary>Creates the tables if missing and writes the named queries (idempotent; run before the silos start).</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        string script;
        await using (var stream = typeof(PostgresAdoNetStorage).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"embedded resource {SchemaResource} is missing"))
        using (var reader = new StreamReader(stream))
        {
            script = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var connection = await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({SchemaLock})", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var command = new NpgsqlCommand(script, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void ConfigureSilo(ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        StorageErrors.CarryAcrossGrainCalls(silo.Services);
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = ConnectionString;
        });
        silo.AddAdoNetGrainStorage(StoreGrainStorage.Name, o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = ConnectionString;
            o.GrainStorageSerializer = new JsonGrainStateSerializer();
        });
    }

    /// <inheritdoc />
    public void ConfigureClient(IClientBuilder client)
    {
        ArgumentNullException.ThrowIfNull(client);
        StorageErrors.CarryAcrossGrainCalls(client.Services);
        client.UseAdoNetClustering(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = ConnectionString;
        });
    }

    /// <inheritdoc />
    public async Task<StoredState?> ReadAsync(GrainId grainId, string stateName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateName);
        // The provider's key mapping: an integer key is (0, key, extension), a GUID key its two halves and extension,
        // any other key its text (N0 = N1 = 0).
        long n0 = 0, n1 = 0;
        string? text;
        if (grainId.TryGetGuidKey(out var guid, out text))
        {
            var bytes = guid.ToByteArray();
            (n0, n1) = (BitConverter.ToInt64(bytes, 0), BitConverter.ToInt64(bytes, 8));
        }
        else if (grainId.TryGetIntegerKey(out long integer, out text))
        {
            n1 = integer; // only on success: a failed parse may leave a partial value in the out argument
        }
        else
        {
            text = grainId.Key.ToString();
        }

        await using var command = _source.CreateCommand(
            "SELECT payload::text, version FROM crm_orleans_grain_state WHERE state_name = $1 AND key_n0 = $2 AND key_n1 = $3 AND key_text = $4 AND payload IS NOT NULL");
        command.Parameters.Add(new NpgsqlParameter { Value = stateName });
        command.Parameters.Add(new NpgsqlParameter { Value = n0 });
        command.Parameters.Add(new NpgsqlParameter { Value = n1 });
        command.Parameters.Add(new NpgsqlParameter { Value = text ?? string.Empty });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredState(reader.GetString(0), reader.GetInt32(1).ToString(CultureInfo.InvariantCulture))
            : null;
    }

    /// <inheritdoc />
    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _source.CreateCommand("SELECT count(*) FROM crm_orleans_grain_state WHERE payload IS NOT NULL");
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>The silo rows of a cluster: address:port, generation and Orleans' status number (3 = Active,
    /// 6 = Dead), for the self-checks and tests.</summary>
    public async Task<IReadOnlyList<(string Silo, int Generation, int Status)>> MembersAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        await using var command = _source.CreateCommand(
            "SELECT address || ':' || port, generation, status FROM crm_cluster_silo WHERE cluster_id = $1 ORDER BY start_time, port");
        command.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(string, int, int)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
        }

        return rows;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
