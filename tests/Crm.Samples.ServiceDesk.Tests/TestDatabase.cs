using Npgsql;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>
/// A fresh database for one test: a SQLite file in its own temp folder, or — when the environment variable
/// <c>CRM_TEST_POSTGRES</c> holds a connection string — a new PostgreSQL database on that server (created by the
/// desk's migration at start-up, dropped on dispose). Outlives the hosts started on it, so a test can restart the
/// service on the same data.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _folder;

    /// <summary>Chooses the provider from the environment.</summary>
    public TestDatabase()
    {
        var server = Environment.GetEnvironmentVariable("CRM_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(server))
        {
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = $"crm_test_{Guid.NewGuid():N}", Pooling = false };
            PostgresConnectionString = builder.ConnectionString;
            return;
        }

        _folder = Path.Combine(Path.GetTempPath(), $"servicedesk-tests-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        SqlitePath = Path.Combine(_folder, "desk.db");
    }

    /// <summary>The PostgreSQL connection string (its own database); null on SQLite.</summary>
    public string? PostgresConnectionString { get; }

    /// <summary>The SQLite file; null on PostgreSQL.</summary>
    public string? SqlitePath { get; }

    /// <summary>True on SQLite (the file-bytes checks apply).</summary>
    public bool IsSqlite => SqlitePath is not null;

    /// <inheritdoc />
    public void Dispose()
    {
        if (PostgresConnectionString is { } cs)
        {
            var builder = new NpgsqlConnectionStringBuilder(cs);
            var database = builder.Database;
            builder.Database = "postgres";
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
            drop.ExecuteNonQuery();
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder!, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on this platform: the temp folder is cleaned by the OS.
        }
    }
}
