using Crm.Samples.Cluster.Grains.Storage;
using Npgsql;

namespace Crm.Samples.Cluster.Tests;

/// <summary>
/// The storage a test cluster uses: the in-memory store (with the test cluster's own membership), or — when
/// <c>CRM_TEST_POSTGRES</c> holds a connection string — Orleans' ADO.NET clustering and persistence in a new database
/// on that server (the sample's schema applied, the database dropped on dispose): the silos then share the
/// PostgreSQL membership table. Either way the states live outside the silos, as in a database.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string? _database;
    private readonly string? _server;

    private TestStore(IClusterStorage store, string? server, string? database)
    {
        Store = store;
        _server = server;
        _database = database;
    }

    /// <summary>The store.</summary>
    public IClusterStorage Store { get; }

    /// <summary>True when the suite runs on PostgreSQL.</summary>
    public static bool OnPostgres => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("CRM_TEST_POSTGRES"));

    /// <summary>Creates the store the environment asks for.</summary>
    public static async Task<TestStore> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("CRM_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            return new TestStore(new MemoryClusterStorage(), null, null);
        }

        var database = $"crm_cluster_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{database}\"";
            await create.ExecuteNonQueryAsync();
        }

        var store = new PostgresAdoNetStorage(new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
        await store.EnsureSchemaAsync();
        return new TestStore(store, server, database);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(_server);
            await admin.OpenAsync();
            await using var drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }
    }
}
