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
}
