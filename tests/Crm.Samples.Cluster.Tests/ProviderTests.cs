using Crm.Samples.Cluster.Grains.Aggregates;
using Crm.Samples.Cluster.Grains.Storage;
using NodaTime;

namespace Crm.Samples.Cluster.Tests;

/// <summary>The suite runs on the store it says: PostgreSQL when <c>CRM_TEST_POSTGRES</c> is set (CI counts on it),
/// memory otherwise; a silent fallback would pass every other test.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ProviderTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Grains_WriteToThePostgreSqlStore_WhenCrmTestPostgresIsSet_ElseToMemory()
    {
        var store = fixture.Store.Store;
        Assert.Equal(TestStore.OnPostgres ? typeof(PostgresStateStore) : typeof(InMemoryStateStore), store.GetType());
        var id = $"C-{Guid.NewGuid():N}";
        await fixture.Cluster.Client.GetGrain<ICustomerGrain>(id).Register("register", "Ada", "Lovelace", Instant.FromUtc(2026, 3, 2, 9, 0));
        var row = await store.ReadAsync($"customer/{id}/customer");
        Assert.NotNull(row);
        Assert.Contains("\"Snapshot\"", row.Json, StringComparison.Ordinal);
        Assert.Contains("Lovelace", row.Json, StringComparison.Ordinal);
        Assert.Equal("1", row.ETag);
    }
}
