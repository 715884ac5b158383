using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>Optimistic concurrency: two writers on one version, one wins, the other gets 409 with the current version; nothing is lost.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task TwoConcurrentUpdates_SameExpectedVersion_ExactlyOne409_NothingLost()
    {
        await using var host = new DeskHost(_db);
        var a = host.As("service", "ann");
        var b = host.As("service", "bob");
        for (var round = 0; round < 10; round++)
        {
            var id = $"K-{round}";
            await (await a.PostAsJsonAsync("/cases", new { id, customerId = "C-1", team = "Billing", priority = "Normal", channel = "Email" })).ExpectAsync(201);
            var first = a.SendAsync(HttpMethod.Post, $"/cases/{id}/respond", ifMatch: 1);
            var second = b.SendAsync(HttpMethod.Post, $"/cases/{id}/escalate", new { reason = "VIP" }, ifMatch: 1);
            var responses = await Task.WhenAll(first, second);
            var codes = responses.Select(r => (int)r.StatusCode).Order().ToArray();
            Assert.Equal([200, 409], codes);
            var conflict = await responses.Single(r => (int)r.StatusCode == 409).ExpectAsync(409);
            Assert.Equal(2, conflict.GetProperty("currentVersion").GetInt32());

            // The winner's event is stored once, the loser's not at all: version 2, two event rows, snapshot agrees.
            var events = await host.QueryAsync(db => db.Events.Where(e => e.Kind == "case" && e.AggregateId == id).CountAsync());
            Assert.Equal(2, events);
            var read = await a.GetAsync($"/cases/{id}");
            Assert.Equal("\"2\"", read.Headers.ETag?.Tag);
        }
    }

    [Fact]
    public async Task StaleIfMatch_Is409_WithCurrentVersionAndETag_AndChangesNothing()
    {
        await using var host = new DeskHost(_db);
        var agent = host.As("service");
        await (await agent.PostAsJsonAsync("/cases", new { id = "K-1", customerId = "C-1", team = "Billing", priority = "Normal", channel = "Email" })).ExpectAsync(201);
        await (await agent.SendAsync(HttpMethod.Post, "/cases/K-1/respond", ifMatch: 1)).ExpectAsync(200);
        var before = await host.DumpAsync();
        var response = await agent.SendAsync(HttpMethod.Post, "/cases/K-1/resolve", ifMatch: 1);
        var problem = await response.ExpectAsync(409);
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal(before, await host.DumpAsync());
    }

    [Fact]
    public async Task CreatingAnExistingId_Is409_AndKeepsTheFirst()
    {
        await using var host = new DeskHost(_db);
        var agent = host.As("sales");
        await (await agent.PostAsJsonAsync("/leads", new { id = "L-1", source = "Referral" })).ExpectAsync(201);
        var before = await host.DumpAsync();
        var problem = await (await agent.PostAsJsonAsync("/leads", new { id = "L-1", source = "Enquiry" })).ExpectAsync(409);
        Assert.Equal(1, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal(before, await host.DumpAsync());
    }
}
