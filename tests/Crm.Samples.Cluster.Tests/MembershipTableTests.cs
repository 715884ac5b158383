using System.Net;
using Crm.Samples.Cluster.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.MembershipService;

namespace Crm.Samples.Cluster.Tests;

/// <summary>
/// Orleans' ADO.NET membership table (<see cref="AdoNetClusteringTable"/>, 10.4.2) on the sample's SQL, called
/// directly on a cluster id of its own: a write with a table version that is no longer current is refused and changes
/// nothing; a heartbeat changes no version; dead rows are cleaned up, live ones are not. Runs when
/// <c>CRM_TEST_POSTGRES</c> is set (on memory there is no such table; the test then only checks that).
/// </summary>
public sealed class MembershipTableTests
{
    private static readonly DateTime T0 = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task TableVersion_GuardsEveryMembershipWrite()
    {
        await using var store = await TestStore.CreateAsync();
        if (store.Store is not PostgresAdoNetStorage postgres)
        {
            Assert.False(TestStore.OnPostgres);
            return;
        }

        await using var services = new ServiceCollection().BuildServiceProvider();
        var table = new AdoNetClusteringTable(services,
            Options.Create(new ClusterOptions { ClusterId = "probe", ServiceId = "probe" }),
            Options.Create(new AdoNetClusteringSiloOptions { Invariant = PostgresAdoNetStorage.Invariant, ConnectionString = postgres.ConnectionString }),
            NullLogger<AdoNetClusteringTable>.Instance);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true); // a second silo: the version row stays
        var v0 = await table.ReadAllAsync();
        Assert.Empty(v0.Members);
        Assert.Equal(0, v0.Version.Version);

        var a = Entry(11_111);
        var b = Entry(22_222);
        Assert.True(await table.InsertRowAsync(a, v0.Version.Next()));
        Assert.False(await table.InsertRowAsync(b, v0.Version.Next())); // read before a was inserted: stale
        var v1 = await table.ReadAllAsync();
        Assert.Equal(1, v1.Version.Version);
        Assert.Equal(a.SiloAddress, Assert.Single(v1.Members).Item1.SiloAddress);
        Assert.True(await table.InsertRowAsync(b, v1.Version.Next()));
        var v2 = await table.ReadAllAsync();
        Assert.Equal((2, 2), (v2.Version.Version, v2.Members.Count));
        Assert.False(await table.InsertRowAsync(Entry(11_111), v2.Version.Next())); // the same silo twice

        // An update with the version read before b joined is refused; with the current one it is written.
        a.Status = SiloStatus.Dead;
        a.SuspectTimes = [Tuple.Create(b.SiloAddress, T0.AddSeconds(5))];
        Assert.False(await table.UpdateRowAsync(a, v1.Version.VersionEtag, v1.Version.Next()));
        Assert.Equal(SiloStatus.Active, (await table.ReadRowAsync(a.SiloAddress)).Members.Single().Item1.Status);
        Assert.True(await table.UpdateRowAsync(a, v2.Version.VersionEtag, v2.Version.Next()));
        var row = await table.ReadRowAsync(a.SiloAddress);
        Assert.Equal(3, row.Version.Version);
        var stored = row.Members.Single().Item1;
        Assert.Equal(SiloStatus.Dead, stored.Status);
        Assert.Equal(b.SiloAddress, Assert.Single(stored.SuspectTimes!).Item1);
        Assert.Equal((a.SiloName, a.HostName, a.ProxyPort, a.StartTime), (stored.SiloName, stored.HostName, stored.ProxyPort, stored.StartTime));

        // A heartbeat moves IAmAliveTime and no version.
        b.IAmAliveTime = T0.AddMinutes(10);
        await table.UpdateIAmAliveAsync(b);
        var v3 = await table.ReadAllAsync();
        Assert.Equal(3, v3.Version.Version);
        Assert.Equal(T0.AddMinutes(10), v3.Members.Single(m => m.Item1.SiloAddress.Equals(b.SiloAddress)).Item1.IAmAliveTime);

        // Clean-up removes dead rows not heard from since the given time, never live ones.
        await table.CleanupDefunctSiloEntriesAsync(new DateTimeOffset(T0.AddHours(1)));
        Assert.Equal(b.SiloAddress, Assert.Single((await table.ReadAllAsync()).Members).Item1.SiloAddress);
        Assert.Equal([("127.0.0.1:22222", 1, 3)], await postgres.MembersAsync("probe"));
    }

    private static MembershipEntry Entry(int port) => new()
    {
        SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 1),
        SiloName = $"silo-{port}",
        HostName = "localhost",
        Status = SiloStatus.Active,
        ProxyPort = port + 1,
        StartTime = T0,
        IAmAliveTime = T0,
    };
}
