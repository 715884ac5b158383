using System.Net.Http.Json;
using Crm.Samples.ServiceDesk.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>
/// The database-level check, without HTTP timing luck: two writers load the SAME version, both run a command, both
/// store. The second store must fail as a version conflict (its stream update finds no row at the loaded version, or
/// its event key is taken) and leave the first writer's change intact.
/// </summary>
public sealed class StoreConcurrencyTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task SecondWriterOnAStaleLoad_IsAVersionConflict_AndTheFirstChangeSurvives()
    {
        await using var host = new DeskHost(_db);
        await (await host.As("service").PostAsJsonAsync("/cases", new { id = "K-1", customerId = "C-1", team = "Billing", priority = "Normal", channel = "Email" })).ExpectAsync(201);

        await using var scopeA = host.Services.CreateAsyncScope();
        await using var scopeB = host.Services.CreateAsyncScope();
        var storeA = scopeA.ServiceProvider.GetRequiredService<AggregateStore>();
        var storeB = scopeB.ServiceProvider.GetRequiredService<AggregateStore>();
        var loadedA = await storeA.LoadAsync(AggregateKinds.Case, "K-1", default);
        var loadedB = await storeB.LoadAsync(AggregateKinds.Case, "K-1", default);
        Assert.Equal(1, loadedA.Version);
        Assert.Equal(1, loadedB.Version);

        var at = loadedA.Aggregate.OpenedAt + Duration.FromMinutes(5);
        await storeA.AppendAsync(AggregateKinds.Case, loadedA, loadedA.Aggregate.Respond(at), default);
        var conflict = await Assert.ThrowsAsync<VersionConflictException>(() =>
            storeB.AppendAsync(AggregateKinds.Case, loadedB, loadedB.Aggregate.Escalate(at, "VIP"), default));
        Assert.Equal((1, 2), (conflict.ExpectedVersion, conflict.CurrentVersion));

        var types = await host.QueryAsync(db => db.Events.Where(e => e.AggregateId == "K-1").OrderBy(e => e.Version).Select(e => e.Type).ToListAsync());
        Assert.Equal(2, types.Count);
        Assert.Contains("responded", types[1], StringComparison.OrdinalIgnoreCase);
        var stream = await host.QueryAsync(db => db.Streams.SingleAsync(s => s.AggregateId == "K-1"));
        Assert.Equal(2, stream.Version);
        Assert.Equal(2, AggregateKinds.Case.Read(stream.Snapshot).Version);
    }
}
