using Crm.Samples.Cluster.Grains.Aggregates;
using Crm.Samples.Cluster.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Orleans.Storage;

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
    public async Task StaleWrites_AreRefused_WithInconsistentStateException()
    {
        // The silo's grain storage itself (Orleans' AdoNetGrainStorage on the sample's SQL, or the memory store):
        // a write or clear must carry the ETag of the stored version, else it is refused and nothing changes.
        var storage = fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(StoreGrainStorage.Name);
        var id = GrainId.Create("lead", $"lead-{Guid.NewGuid():N}");
        var first = new GrainState<AggregateRecord>(new AggregateRecord { Snapshot = "first", Version = 1 });
        await storage.WriteStateAsync("lead", id, first);
        Assert.Equal("1", first.ETag);

        // A second activation that read nothing (no ETag) and one that read version 1 after version 2 was written.
        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            storage.WriteStateAsync("lead", id, new GrainState<AggregateRecord>(new AggregateRecord { Snapshot = "rival" })));
        var second = new GrainState<AggregateRecord>(new AggregateRecord { Snapshot = "second", Version = 2 }, first.ETag);
        await storage.WriteStateAsync("lead", id, second);
        Assert.Equal("2", second.ETag);
        var stale = new GrainState<AggregateRecord>(new AggregateRecord { Snapshot = "stale", Version = 9 }, "1") { RecordExists = true };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("lead", id, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("lead", id, stale));

        var read = new GrainState<AggregateRecord>();
        await storage.ReadStateAsync("lead", id, read);
        Assert.Equal(("second", 2, "2"), (read.State!.Snapshot, read.State.Version, read.ETag));

        // With the current ETag the clear goes through; a read then gives the empty state.
        await storage.ClearStateAsync("lead", id, read);
        var afterClear = new GrainState<AggregateRecord>();
        await storage.ReadStateAsync("lead", id, afterClear);
        Assert.Equal((null, 0), (afterClear.State!.Snapshot, afterClear.State.Version));
        Assert.Null(await fixture.Store.Store.ReadAsync(id, "lead"));
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
