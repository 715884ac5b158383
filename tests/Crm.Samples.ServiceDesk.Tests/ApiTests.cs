using System.Net.Http.Json;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>The OpenAPI document and the problem-details mapping of domain errors.</summary>
public sealed class ApiTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task RunsOnTheProviderTheFixtureChose()
    {
        // CRM_TEST_POSTGRES set: the suite must really run on PostgreSQL, never fall back to SQLite silently.
        await using var host = new DeskHost(_db);
        var provider = await host.QueryAsync(db => Task.FromResult(db.Database.ProviderName));
        Assert.Equal(_db.IsSqlite ? "Microsoft.EntityFrameworkCore.Sqlite" : "Npgsql.EntityFrameworkCore.PostgreSQL", provider);
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheEndpoints()
    {
        await using var host = new DeskHost(_db);
        var doc = await (await host.CreateClient().GetAsync("/openapi/v1.json")).ExpectAsync(200);
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var expected in new[]
        {
            "/customers", "/customers/{id}", "/customers/{id}/snapshot", "/customers/{id}/contact-points", "/customers/{id}/consents",
            "/customers/{id}/notes", "/customers/{id}/erasure", "/customers/{id}/audit", "/leads", "/leads/{id}", "/leads/{id}/advance", "/leads/{id}/lose",
            "/leads/{id}/score", "/cases", "/cases/{id}", "/cases/{id}/sla", "/cases/{id}/respond", "/cases/{id}/pause", "/cases/{id}/resume",
            "/cases/{id}/escalate", "/cases/{id}/resolve", "/cases/{id}/reopen", "/cases/{id}/close", "/complaints", "/complaints/{id}",
            "/complaints/{id}/outcome", "/cases/{id}/rating", "/kpis/{desk}", "/campaigns", "/campaigns/{id}", "/campaigns/{id}/offers",
            "/campaigns/{id}/costs", "/campaigns/{id}/audience", "/campaigns/{id}/schedule", "/campaigns/{id}/start",
            "/campaigns/{id}/responses", "/campaigns/{id}/complete", "/campaigns/{id}/analysis", "/campaigns/{id}/analysed",
            "/customer-value/transactions", "/customer-value/fits", "/customer-value/fits/latest", "/customer-value/scores/{customerId}",
            "/reports/lead-funnel.png",
        })
        {
            Assert.Contains(expected, paths);
        }

        Assert.True(doc.GetProperty("paths").GetProperty("/cases").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task IllegalTransition_Is409_NamingTheStates()
    {
        await using var host = new DeskHost(_db);
        var agent = host.As("service");
        await (await agent.PostAsJsonAsync("/cases", new { id = "K-1", customerId = "C-1", team = "Billing", priority = "Low", channel = "Web" })).ExpectAsync(201);
        var before = await host.DumpAsync();
        var problem = await (await agent.SendAsync(HttpMethod.Post, "/cases/K-1/resume")).ExpectAsync(409);
        Assert.Equal("Illegal transition", problem.GetProperty("title").GetString());
        Assert.False(problem.TryGetProperty("currentVersion", out _));
        Assert.Equal(before, await host.DumpAsync());
    }

    [Fact]
    public async Task BadArgument_Is400_NamingTheParameter()
    {
        await using var host = new DeskHost(_db);
        var problem = await (await host.As("sales").PostAsJsonAsync("/leads", new { id = "L-1", source = "Unknown" })).ExpectAsync(400);
        Assert.Equal("source", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task MalformedIfMatch_Is400_NamingTheHeader_AndUnknownId_Is404()
    {
        await using var host = new DeskHost(_db);
        var agent = host.As("service");
        await (await agent.PostAsJsonAsync("/cases", new { id = "K-1", customerId = "C-1", team = "Billing", priority = "Low", channel = "Web" })).ExpectAsync(201);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/cases/K-1/respond");
        request.Headers.TryAddWithoutValidation("If-Match", "\"one\"");
        var problem = await (await agent.SendAsync(request)).ExpectAsync(400);
        Assert.Equal("If-Match", problem.GetProperty("parameter").GetString());
        await (await agent.SendAsync(HttpMethod.Post, "/cases/K-404/respond")).ExpectAsync(404);
    }
}
