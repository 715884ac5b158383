using Crm.Samples.Cluster.Grains.Aggregates;
using Crm.Samples.Cluster.Grains.Storage;
using NodaTime;

namespace Crm.Samples.Cluster.Tests;

/// <summary>The suite runs on the storage it says: Orleans' ADO.NET clustering and persistence on PostgreSQL when
/// <c>CRM_TEST_POSTGRES</c> is set (CI counts on it), memory otherwise; a silent fallback would pass every other test.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ProviderTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Grains_WriteToThePostgreSqlStore_WhenCrmTestPostgresIsSet_ElseToMemory()
    {
        var store = fixture.Store.Store;
        Assert.Equal(TestStore.OnPostgres ? typeof(PostgresAdoNetStorage) : typeof(MemoryClusterStorage), store.GetType());
        var id = $"C-{Guid.NewGuid():N}";
        await fixture.Cluster.Client.GetGrain<ICustomerGrain>(id).Register("register", "Ada", "Lovelace", Instant.FromUtc(2026, 3, 2, 9, 0));
        var row = await store.ReadAsync(GrainId.Create("customer", id), "customer");
        Assert.NotNull(row);
        Assert.Contains("\"Snapshot\"", row.Json, StringComparison.Ordinal);
        Assert.Contains("Lovelace", row.Json, StringComparison.Ordinal);
        Assert.Equal("1", row.ETag);
    }

    [Fact]
    public async Task Silos_JoinThroughThePostgreSqlMembershipTable_WhenCrmTestPostgresIsSet()
    {
        if (fixture.Store.Store is not PostgresAdoNetStorage postgres)
        {
            Assert.False(TestStore.OnPostgres);
            return;
        }

        // The three silos of the shared cluster, each a row of this cluster in the ADO.NET membership table, active.
        var clusterId = fixture.Cluster.Options.ClusterId;
        var members = await postgres.MembersAsync(clusterId);
        var silos = fixture.Cluster.GetActiveSilos().Select(s => $"{s.SiloAddress.Endpoint.Address}:{s.SiloAddress.Endpoint.Port}").Order().ToArray();
        Assert.Equal(3, silos.Length);
        Assert.Equal(silos, members.Where(m => m.Status == 3).Select(m => m.Silo).Order().ToArray());
    }
}
