using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Crm.Domain.Campaigns;
using Crm.Domain.Campaigns.Analysis;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>
/// Campaigns over the stored customers: the audience honours consent, contact points, withdrawal and erasure; the
/// control group has the requested share; responses and the analysis go through the stored campaign.
/// </summary>
public sealed class CampaignTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Audience_HonoursConsent_AndTheCampaignRunsToItsAnalysis()
    {
        string snapshot;
        await using (var host = new DeskHost(_db))
        {
            var admin = host.As("admin");
            await SeedCustomersAsync(admin);

            await (await admin.PostAsJsonAsync("/campaigns", new { id = "SPRING", name = "Spring offer", currency = "EUR" })).ExpectAsync(201);
            var offer = new CampaignOffer("SPRING15", "15 % off", Money.Of(85m, "EUR"), new DateInterval(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 31)));
            await (await admin.PostAsync("/campaigns/SPRING/offers", Json.Raw(CrmJson.Serialize(offer)))).ExpectAsync(200);
            await (await admin.PutAsync("/campaigns/SPRING/costs", Json.Raw(
                $"{{\"fixedCost\": {CrmJson.Serialize(Money.Of(100m, "EUR"))}, \"costPerContact\": {CrmJson.Serialize(Money.Of(0.5m, "EUR"))}}}"))).ExpectAsync(200);
            var selected = await (await admin.PostAsJsonAsync("/campaigns/SPRING/audience",
                new { name = "all sources", channel = "Email", controlShare = 0.34, seed = 7 })).ExpectAsync(200);

            // Eligible: C-01..C-04 and C-07, C-08 (e-mail address and marketing consent). Not permitted: C-05 (no
            // e-mail address), C-06 (no consent), C-09 (erased), C-10 (consent withdrawn). Control: round(0.34 × 6) = 2.
            var counts = selected.GetProperty("audienceCounts");
            Assert.Equal(10, counts.GetProperty("considered").GetInt64());
            Assert.Equal(0, counts.GetProperty("notMatched").GetInt64());
            Assert.Equal(4, counts.GetProperty("notPermitted").GetInt64());
            Assert.Equal(4, counts.GetProperty("treated").GetInt64());
            Assert.Equal(2, counts.GetProperty("control").GetInt64());
            var audience = CrmJson.Deserialize<CampaignAudience>((await (await admin.GetAsync("/campaigns/SPRING/audience")).ExpectAsync(200)).GetRawText());
            var members = audience.Treated.Concat(audience.Control).Select(m => m.Id.Value).Order(StringComparer.Ordinal);
            Assert.Equal(["C-01", "C-02", "C-03", "C-04", "C-07", "C-08"], members);
            Assert.Equal("web", audience.Treated.Concat(audience.Control).Single(m => m.Id.Value == "C-01").Segment);

            await (await admin.PostAsJsonAsync("/campaigns/SPRING/schedule", new { plannedStart = (host.Clock.GetCurrentInstant() + Duration.FromHours(1)).ToString() })).ExpectAsync(200);
            await (await admin.PostAsync("/campaigns/SPRING/start", null)).ExpectAsync(200);
            var at = host.Clock.GetCurrentInstant();
            var responses = audience.Treated.Select(m => CampaignResponse.Sent(m.Id, at, Channel.Email))
                .Append(CampaignResponse.Converted(audience.Treated[0].Id, Money.Of(50m, "EUR"), at, Channel.Web))
                .Append(CampaignResponse.Converted(audience.Treated[1].Id, Money.Of(70m, "EUR"), at, Channel.Web))
                .Append(CampaignResponse.Converted(audience.Control[0].Id, Money.Of(40m, "EUR"), at, Channel.Web));
            await (await admin.PostAsync("/campaigns/SPRING/responses", Responses(responses))).ExpectAsync(200);

            var stranger = await (await admin.PostAsync("/campaigns/SPRING/responses",
                Responses([CampaignResponse.Sent(CustomerId.Of("C-06"), at, Channel.Email)]))).ExpectAsync(400);
            Assert.Equal("response", stranger.GetProperty("parameter").GetString());

            await (await admin.PostAsync("/campaigns/SPRING/complete", null)).ExpectAsync(200);
            var report = await (await admin.GetAsync("/campaigns/SPRING/analysis")).ExpectAsync(200);
            var overall = CrmJson.Deserialize<SegmentAnalysis>(report.GetProperty("overall").GetRawText());
            Assert.Equal(4, overall.Tally.Treated.Members);
            Assert.Equal(4, overall.Tally.Treated.Sent);
            Assert.Equal(2, overall.Tally.Treated.Converted);
            Assert.Equal(2, overall.Tally.Control.Members);
            Assert.Equal(1, overall.Tally.Control.Converted);
            Assert.Equal(Money.Of(120m, "EUR"), overall.TreatedRevenue);
            Assert.Equal(Money.Of(102m, "EUR"), overall.Cost); // 100 fixed + 4 treated × 0.50
            Assert.Equal(2, report.GetProperty("segments").GetArrayLength()); // web, store
            await (await admin.PostAsync("/campaigns/SPRING/analysed", null)).ExpectAsync(200);
            snapshot = await (await admin.GetAsync("/campaigns/SPRING")).Content.ReadAsStringAsync();
        }

        await using (var host = new DeskHost(_db))
        {
            var response = await host.As("marketing").GetAsync("/campaigns/SPRING");
            Assert.Equal(snapshot, await response.Content.ReadAsStringAsync());
            Assert.Equal("Analysed", JsonDocument.Parse(snapshot).RootElement.GetProperty("state").GetString());
        }
    }

    [Fact]
    public async Task Audience_BySegment_CountsTheOthersAsNotMatched_AndBadSharesAreRefused()
    {
        await using var host = new DeskHost(_db);
        var admin = host.As("admin");
        await SeedCustomersAsync(admin);
        await (await admin.PostAsJsonAsync("/campaigns", new { id = "STORE", name = "Store only", currency = "EUR" })).ExpectAsync(201);

        var bad = await (await admin.PostAsJsonAsync("/campaigns/STORE/audience", new { name = "store", channel = "Email", controlShare = 1.5, seed = 1 })).ExpectAsync(400);
        Assert.Equal("controlShare", bad.GetProperty("parameter").GetString());
        var selected = await (await admin.PostAsJsonAsync("/campaigns/STORE/audience",
            new { name = "store", channel = "Email", controlShare = 0.34, seed = 1, segments = new[] { "store" } })).ExpectAsync(200);

        // Store customers C-07..C-10: C-07, C-08 eligible (control round(0.34 × 2) = 1), C-09 erased, C-10 withdrawn.
        var counts = selected.GetProperty("audienceCounts");
        Assert.Equal(6, counts.GetProperty("notMatched").GetInt64());
        Assert.Equal(2, counts.GetProperty("notPermitted").GetInt64());
        Assert.Equal(1, counts.GetProperty("treated").GetInt64());
        Assert.Equal(1, counts.GetProperty("control").GetInt64());
        Assert.Equal("\"2\"", (await admin.GetAsync("/campaigns/STORE")).Headers.ETag?.Tag);
    }

    /// <summary>Ten customers: C-01..C-06 from the web, C-07..C-10 from the store, with the consent situations the tests count on.</summary>
    private static async Task SeedCustomersAsync(HttpClient admin)
    {
        for (var i = 1; i <= 10; i++)
        {
            var id = $"C-{i:D2}";
            await (await admin.PostAsJsonAsync("/customers", new { id, givenName = "Test", familyName = $"Customer{i}", source = i <= 6 ? "web" : "store" })).ExpectAsync(201);
            if (i != 5)
            {
                await (await admin.PostAsJsonAsync($"/customers/{id}/contact-points", new { kind = "Email", value = $"c{i}@example.com", verification = "Verified" })).ExpectAsync(200);
            }

            if (i != 6)
            {
                await (await admin.PostAsJsonAsync($"/customers/{id}/consents",
                    new { channel = "Email", purpose = "marketing", status = "Granted", captureSource = "web form", proof = "DoubleOptIn", proofReference = $"DOI-{i}" })).ExpectAsync(200);
            }
        }

        await (await admin.PostAsJsonAsync("/customers/C-10/consents",
            new { channel = "Email", purpose = "marketing", status = "Withdrawn", captureSource = "unsubscribe link", proof = "Signature", proofReference = "U-10" })).ExpectAsync(200);
        await (await admin.PostAsync("/customers/C-09/erasure", null)).ExpectAsync(200);
    }

    private static StringContent Responses(IEnumerable<CampaignResponse> responses) =>
        Json.Raw(new StringBuilder("{\"responses\": [").AppendJoin(", ", responses.Select(r => CrmJson.Serialize(r))).Append("]}").ToString());
}
