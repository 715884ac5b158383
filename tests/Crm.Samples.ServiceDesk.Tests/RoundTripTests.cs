using System.Net.Http.Json;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>Every aggregate kind the desk serves: written through HTTP, the host restarted on the same database, read back equal.</summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Customer_SurvivesARestart_WithEqualSnapshot()
    {
        string before;
        await using (var host = new DeskHost(_db))
        {
            var admin = host.As("admin");
            await (await admin.PostAsJsonAsync("/customers", new { id = "C-1", givenName = "Grace", familyName = "Hopper", timeZone = "America/New_York" })).ExpectAsync(201);
            await (await admin.PostAsJsonAsync("/customers/C-1/contact-points", new { kind = "Email", value = "grace@example.com", verification = "Verified" })).ExpectAsync(200);
            await (await admin.PostAsJsonAsync("/customers/C-1/consents",
                new { channel = "Email", purpose = "marketing", status = "Granted", captureSource = "web form", proof = "DoubleOptIn", proofReference = "DOI-7" })).ExpectAsync(200);
            var response = await admin.GetAsync("/customers/C-1/snapshot");
            before = await response.Content.ReadAsStringAsync();
            Assert.Equal("\"3\"", response.Headers.ETag?.Tag);
        }

        await using (var host = new DeskHost(_db))
        {
            var response = await host.As("auditor").GetAsync("/customers/C-1/snapshot");
            var after = await response.Content.ReadAsStringAsync();
            Assert.Equal(before, after);
            Assert.Equal("\"3\"", response.Headers.ETag?.Tag);
            Assert.Contains("grace@example.com", after, StringComparison.Ordinal);
            Assert.Contains("DOI-7", after, StringComparison.Ordinal);
            Assert.Equal(3, await host.QueryAsync(db => Task.FromResult(db.Events.Count(e => e.Kind == "customer" && e.AggregateId == "C-1"))));
        }
    }

    [Fact]
    public async Task LeadCaseAndComplaint_SurviveARestart_WithEqualSnapshots()
    {
        var paths = new[] { "/leads/L-1", "/cases/K-1", "/complaints/K-1" };
        var before = new Dictionary<string, (string Body, string? ETag)>();
        await using (var host = new DeskHost(_db))
        {
            var agent = host.As("service");
            await (await agent.PostAsJsonAsync("/leads", new { id = "L-1", source = "Referral", attitude = "Preferer", strategies = new[] { "FocusedApproach" } })).ExpectAsync(201);
            await (await agent.SendAsync(HttpMethod.Post, "/leads/L-1/advance", new { note = "called back" })).ExpectAsync(200);
            await (await agent.PostAsJsonAsync("/cases", new { id = "K-1", customerId = "C-9", team = "Billing", priority = "High", channel = "Phone" })).ExpectAsync(201);
            await (await agent.PostAsJsonAsync("/complaints", new { caseId = "K-1", subject = "double charge" })).ExpectAsync(201);
            foreach (var step in new[] { "respond", "pause", "resume", "resolve" })
            {
                await (await agent.SendAsync(HttpMethod.Post, $"/cases/K-1/{step}")).ExpectAsync(200);
            }

            await (await agent.PostAsJsonAsync("/complaints/K-1/outcome", new { outcome = "Recovered", compensation = new { amount = 25.5m, currency = "EUR" } })).ExpectAsync(200);
            foreach (var path in paths)
            {
                var r = await agent.GetAsync(path);
                before[path] = (await r.Content.ReadAsStringAsync(), r.Headers.ETag?.Tag);
            }
        }

        Assert.Equal("\"2\"", before["/leads/L-1"].ETag);
        Assert.Equal("\"5\"", before["/cases/K-1"].ETag);      // opened, responded, waiting, resumed, resolved
        Assert.Equal("\"3\"", before["/complaints/K-1"].ETag); // filed, case progressed, outcome
        Assert.Contains("\"Qualified\"", before["/leads/L-1"].Body, StringComparison.Ordinal);
        Assert.Contains("\"Recovered\"", before["/complaints/K-1"].Body, StringComparison.Ordinal);

        await using (var host = new DeskHost(_db))
        {
            var reader = host.As("auditor");
            foreach (var path in paths)
            {
                var r = await reader.GetAsync(path);
                Assert.Equal(before[path].Body, await r.Content.ReadAsStringAsync());
                Assert.Equal(before[path].ETag, r.Headers.ETag?.Tag);
            }

            var sla = await (await reader.GetAsync("/cases/K-1/sla")).ExpectAsync(200);
            Assert.Equal("K-1", sla.GetProperty("caseId").GetString());
        }
    }
}
