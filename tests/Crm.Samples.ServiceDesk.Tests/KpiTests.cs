using System.Net.Http.Json;
using System.Text.Json;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Metrics.Service;
using Crm.Domain.Serialization;
using Crm.Domain.Service;
using Crm.Samples.ServiceDesk.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>
/// The KPI rows: one row per desk per day holding the accumulators' states, written with the case resolution or the
/// rating that feeds it, merged on read. The merged states must equal the library's accumulators fed every
/// observation in one process.
/// </summary>
public sealed class KpiTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Scorecard_MergedFromDayRows_EqualsAccumulatorsFedEveryObservation()
    {
        await using var host = new DeskHost(_db);
        var admin = host.As("admin");
        await RegisterAsync(admin, "C-1");

        // Day 1 (Monday 2 March 2026, Europe/London = UTC): A responded then resolved (first-contact), B resolved
        // without a response (not first-contact), C opened; Tech's E resolved (another desk).
        await OpenAsync(admin, "A", "Billing");
        await OpenAsync(admin, "B", "Billing");
        await OpenAsync(admin, "C", "Billing");
        await OpenAsync(admin, "E", "Tech");
        await (await admin.PostAsync("/cases/A/respond", null)).ExpectAsync(200);
        await (await admin.PostAsync("/cases/A/resolve", null)).ExpectAsync(200);
        await (await admin.PostAsync("/cases/B/resolve", null)).ExpectAsync(200);
        await (await admin.PostAsync("/cases/E/resolve", null)).ExpectAsync(200);
        await (await admin.PostAsJsonAsync("/cases/A/rating", new { score = 5 })).ExpectAsync(201);

        // Day 2: C responded and resolved (first contact, but not the same day), D opened and resolved without a response.
        host.Clock.Advance(Duration.FromDays(1));
        await (await admin.PostAsync("/cases/C/respond", null)).ExpectAsync(200);
        await (await admin.PostAsync("/cases/C/resolve", null)).ExpectAsync(200);
        await OpenAsync(admin, "D", "Billing");
        await (await admin.PostAsync("/cases/D/resolve", null)).ExpectAsync(200);
        await (await admin.PostAsJsonAsync("/cases/C/rating", new { score = 2 })).ExpectAsync(201);
        await (await admin.PostAsJsonAsync("/cases/B/rating", new { score = 4 })).ExpectAsync(201);

        var report = await (await admin.GetAsync("/kpis/Billing?from=2026-03-01&to=2026-03-31")).ExpectAsync(200);
        Assert.Equal(2, report.GetProperty("days").GetInt32());
        Assert.Equal(2, await host.QueryAsync(db => db.Set<KpiRow>().CountAsync(r => r.Desk == "Billing")));

        // The same observations fed to the library's accumulators in one process.
        var cases = new List<ServiceCase>();
        foreach (var id in new[] { "A", "B", "C", "D" })
        {
            var text = await (await admin.GetAsync($"/cases/{id}")).Content.ReadAsStringAsync();
            cases.Add(ServiceCase.FromSnapshot(CrmJson.Deserialize<ServiceCaseSnapshot>(text)));
        }

        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        Assert.Equal(FirstContactResolutionAccumulator.Empty.AddResolved(cases).ToState(), State<FirstContactResolutionAccumulatorState>(report, "firstContactResolution"));
        Assert.Equal(TimeToResolutionAccumulator.Empty.AddResolved(cases).ToState(), State<TimeToResolutionAccumulatorState>(report, "timeToResolution"));
        Assert.Equal(SameDayClosureAccumulator.For(london).AddResolved(cases).ToState(), State<SameDayClosureAccumulatorState>(report, "sameDayClosure"));
        Assert.Equal(CsatAccumulator.Empty.AddRange([CsatRating.Of(5), CsatRating.Of(2), CsatRating.Of(4)]).ToState(), State<CsatAccumulatorState>(report, "csat"));

        // Counted by hand: first contact A, C of A–D; same day A, B, D; satisfied (4–5) A, B of three ratings.
        Assert.Equal(0.5, Kpi(report, "First-contact resolution"), 12);
        Assert.Equal(0.75, Kpi(report, "Same-day closure"), 12);
        Assert.Equal(2d / 3d, Kpi(report, "CSAT (satisfied share)"), 12);

        // One day only: the day-1 row alone.
        var day1 = await (await admin.GetAsync("/kpis/Billing?from=2026-03-02&to=2026-03-02")).ExpectAsync(200);
        Assert.Equal(2L, State<FirstContactResolutionAccumulatorState>(day1, "firstContactResolution").Cases);
        Assert.Equal(1L, State<FirstContactResolutionAccumulatorState>(day1, "firstContactResolution").ResolvedOnFirstContact);
    }

    [Fact]
    public async Task ConcurrentResolutions_OnOneDeskDay_LoseNoKpiObservation()
    {
        await using var host = new DeskHost(_db);
        var admin = host.As("admin");
        await RegisterAsync(admin, "C-1");
        const int n = 16;
        for (var i = 0; i < n; i++)
        {
            await OpenAsync(admin, $"K{i}", "Billing");
        }

        var responses = await Task.WhenAll(Enumerable.Range(0, n).Select(i => host.As("admin", $"agent-{i}").PostAsync($"/cases/K{i}/resolve", null)));
        Assert.All(responses, r => Assert.Equal(200, (int)r.StatusCode));

        var report = await (await admin.GetAsync("/kpis/Billing?from=2026-03-02&to=2026-03-02")).ExpectAsync(200);
        Assert.Equal((long)n, State<FirstContactResolutionAccumulatorState>(report, "firstContactResolution").Cases);
        Assert.Equal((long)n, State<SameDayClosureAccumulatorState>(report, "sameDayClosure").Cases);
        Assert.Equal(1, await host.QueryAsync(db => db.Set<KpiRow>().CountAsync()));
    }

    [Fact]
    public async Task Ratings_AreRefused_ForBadScores_UnresolvedCases_AndTwice()
    {
        await using var host = new DeskHost(_db);
        var admin = host.As("admin");
        await RegisterAsync(admin, "C-1");
        await OpenAsync(admin, "A", "Billing");

        var unresolved = await (await admin.PostAsJsonAsync("/cases/A/rating", new { score = 4 })).ExpectAsync(409);
        Assert.Equal("Illegal transition", unresolved.GetProperty("title").GetString());
        await (await admin.PostAsync("/cases/A/resolve", null)).ExpectAsync(200);
        var kpisBefore = await host.QueryAsync(db => db.Set<KpiRow>().AsNoTracking().SingleAsync());

        var bad = await (await admin.PostAsJsonAsync("/cases/A/rating", new { score = 6 })).ExpectAsync(400);
        Assert.Equal("score", bad.GetProperty("parameter").GetString());
        await (await admin.PostAsync("/cases/A/rating", Json.Raw("{\"score\": \"5\"}"))).ExpectAsync(400);
        Assert.Equal(0, await host.QueryAsync(db => db.Set<RatingRow>().CountAsync()));
        Assert.Equal(kpisBefore.Csat, (await host.QueryAsync(db => db.Set<KpiRow>().AsNoTracking().SingleAsync())).Csat);

        await (await admin.PostAsJsonAsync("/cases/A/rating", new { score = 5 })).ExpectAsync(201);
        await (await admin.PostAsJsonAsync("/cases/A/rating", new { score = 1 })).ExpectAsync(409);
        Assert.Equal(1, await host.QueryAsync(db => db.Set<RatingRow>().CountAsync()));
    }

    [Fact]
    public async Task KpiReport_RefusesBadRanges()
    {
        await using var host = new DeskHost(_db);
        var admin = host.As("admin");
        var reversed = await (await admin.GetAsync("/kpis/Billing?from=2026-03-02&to=2026-03-01")).ExpectAsync(400);
        Assert.Equal("to", reversed.GetProperty("parameter").GetString());
        var malformed = await (await admin.GetAsync("/kpis/Billing?from=2026-3-2&to=2026-03-01")).ExpectAsync(400);
        Assert.Equal("from", malformed.GetProperty("parameter").GetString());
        var empty = await (await admin.GetAsync("/kpis/Nobody?from=2026-03-01&to=2026-03-31")).ExpectAsync(200);
        Assert.Equal(0, empty.GetProperty("days").GetInt32());
        Assert.Equal("NoData", empty.GetProperty("scorecard").GetProperty("outcomes")[0].GetProperty("status").GetString());
    }

    private static async Task RegisterAsync(HttpClient client, string id) =>
        await (await client.PostAsJsonAsync("/customers", new { id, givenName = "Ada", familyName = "Lovelace", timeZone = "Europe/London" })).ExpectAsync(201);

    private static async Task OpenAsync(HttpClient client, string id, string team) =>
        await (await client.PostAsJsonAsync("/cases", new { id, customerId = "C-1", team, priority = "Normal", channel = "Email" })).ExpectAsync(201);

    private static T State<T>(JsonElement report, string name) => CrmJson.Deserialize<T>(report.GetProperty(name).GetRawText());

    private static double Kpi(JsonElement report, string name) =>
        report.GetProperty("scorecard").GetProperty("outcomes").EnumerateArray()
            .Single(o => o.GetProperty("kpi").GetProperty("name").GetString() == name)
            .GetProperty("value").GetProperty("value").GetDouble();
}
