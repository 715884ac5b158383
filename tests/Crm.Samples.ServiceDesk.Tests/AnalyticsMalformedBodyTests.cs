using System.Net.Http.Json;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>Malformed bodies sent to the campaign, KPI and customer-value endpoints: each a 400, and no table changes.</summary>
public sealed class AnalyticsMalformedBodyTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    public static TheoryData<string, string> Bodies => new()
    {
        { "/cases/K-1/rating", "{\"score\": \"5\"}" },
        { "/cases/K-1/rating", "{\"score\": 5, \"comment\": \"x\"}" },
        { "/cases/K-1/rating", "{\"score\": 5, \"score\": 4}" },
        { "/cases/K-1/rating", "{\"score\": 99999999999}" },
        { "/cases/K-1/rating", "{\"score\": 5" },
        { "/customer-value/transactions", "{\"transactions\": {\"customerId\": \"A\"}}" },
        { "/customer-value/transactions", "{\"transactions\": [{\"customerId\": \"A\", \"day\": \"2026-03-01\", \"amount\": \"ten\"}]}" },
        { "/customer-value/transactions", "{\"transactions\": [{\"customerId\": null, \"day\": \"2026-03-01\", \"amount\": 1}]}" },
        { "/customer-value/transactions", "{\"transactions\": [{\"customerId\": \"A\", \"day\": \"2026-03-01\", \"amount\": 1e400}]}" },
        { "/customer-value/fits", "{\"calibrationEnd\": \"1997-09-30\", \"horizonWeeks\": NaN}" },
        { "/customer-value/fits", "{\"calibrationEnd\": \"1997-09-30\"}" },
        { "/campaigns", "{\"id\": \"X\", \"name\": \"X\", \"currency\": \"EURO\"}" },
        { "/campaigns", "{\"id\": \"X\", \"name\": \"X\"}" },
        { "/campaigns/SPRING/audience", "{\"name\": \"a\", \"channel\": \"Pigeon\", \"controlShare\": 0.1, \"seed\": 1}" },
        { "/campaigns/SPRING/audience", "{\"name\": \"a\", \"channel\": \"Email\", \"controlShare\": 0.1, \"seed\": -1}" },
        { "/campaigns/SPRING/responses", "{\"responses\": [{\"customer\": \"C-1\", \"kind\": \"Sent\"}]}" },
        { "/campaigns/SPRING/responses", "{\"responses\": 3}" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task MalformedBody_Is400_AndNothingChanges(string path, string body)
    {
        await using var host = new DeskHost(_db);
        var admin = host.As("admin");
        await (await admin.PostAsJsonAsync("/customers", new { id = "C-1", givenName = "Ada", familyName = "Lovelace" })).ExpectAsync(201);
        await (await admin.PostAsJsonAsync("/cases", new { id = "K-1", customerId = "C-1", team = "Billing", priority = "Normal", channel = "Email" })).ExpectAsync(201);
        await (await admin.PostAsync("/cases/K-1/resolve", null)).ExpectAsync(200);
        await (await admin.PostAsJsonAsync("/campaigns", new { id = "SPRING", name = "Spring", currency = "EUR" })).ExpectAsync(201);
        var before = await host.DumpAsync();

        var problem = await (await admin.PostAsync(path, Json.Raw(body))).ExpectAsync(400);

        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(before, await host.DumpAsync());
    }
}
