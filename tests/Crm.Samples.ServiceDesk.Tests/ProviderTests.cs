using Crm.Samples.ServiceDesk.Storage;
using Microsoft.EntityFrameworkCore;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>
/// The suite runs where it says it runs: on PostgreSQL when <c>CRM_TEST_POSTGRES</c> is set (CI counts on it), on a
/// SQLite file otherwise. A fallback from one to the other would pass every other test silently.
/// </summary>
public sealed class ProviderTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Host_RunsOnThePostgreSqlServer_WhenCrmTestPostgresIsSet_ElseOnTheSqliteFile()
    {
        await using var host = new DeskHost(_db);
        var (provider, source) = await host.QueryAsync(db => Task.FromResult((db.Database.ProviderName, db.Database.GetDbConnection().DataSource)));
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("CRM_TEST_POSTGRES")))
        {
            Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", provider);
            Assert.Equal(_db.SqlitePath, source);
            Assert.True(File.Exists(_db.SqlitePath));
        }
        else
        {
            Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", provider);
            Assert.Equal(0, await host.QueryAsync(db => db.Set<KpiRow>().CountAsync())); // the migrated schema answers
        }
    }
}
