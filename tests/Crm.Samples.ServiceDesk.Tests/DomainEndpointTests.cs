using System.Net.Http.Json;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>What the desk computes through the library, checked against hand-computed values.</summary>
public sealed class DomainEndpointTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Sla_RunsInTheDesksBusinessCalendar()
    {
        // Friday 2026-03-06 17:00 London (GMT, = UTC): a High case (first response 1 h of business time, warning at
        // 80 %) opened half an hour before closing. Monday 09:15 is 45 business minutes later (30 on Friday + 15 on
        // Monday; the weekend does not count): 75 %, in progress, deadline Monday 09:30.
        var opened = Instant.FromUtc(2026, 3, 6, 17, 0);
        await using var host = new DeskHost(_db, opened);
        var agent = host.As("service");
        await (await agent.PostAsJsonAsync("/cases", new { id = "K-1", customerId = "C-1", team = "Billing", priority = "High", channel = "Phone" })).ExpectAsync(201);
        host.Clock.Reset(Instant.FromUtc(2026, 3, 9, 9, 15));
        var sla = await (await agent.GetAsync("/cases/K-1/sla")).ExpectAsync(200);
        var first = sla.GetProperty("firstResponse");
        Assert.Equal("InProgress", first.GetProperty("status").GetString());
        Assert.Equal("2026-03-09T09:30:00Z", first.GetProperty("deadline").GetString());

        // Monday 09:25: 30 + 25 = 55 of 60 minutes, past the 80 % warning (48 min), not yet breached.
        host.Clock.Reset(Instant.FromUtc(2026, 3, 9, 9, 25));
        sla = await (await agent.GetAsync("/cases/K-1/sla")).ExpectAsync(200);
        Assert.Equal("NearingNonCompliance", sla.GetProperty("firstResponse").GetProperty("status").GetString());

        // Monday 10:00: 30 + 60 = 90 minutes, breached.
        host.Clock.Reset(Instant.FromUtc(2026, 3, 9, 10, 0));
        sla = await (await agent.GetAsync("/cases/K-1/sla")).ExpectAsync(200);
        Assert.Equal("NonCompliant", sla.GetProperty("firstResponse").GetProperty("status").GetString());
    }

    [Fact]
    public async Task LeadScore_AddsTheRulesAndDecaysBehaviourByHalfLife()
    {
        var now = Instant.FromUtc(2026, 6, 1, 0, 0);
        await using var host = new DeskHost(_db, now);
        var sales = host.As("sales");
        await (await sales.PostAsJsonAsync("/leads", new { id = "L-1", source = "Referral", attitude = "Preferer" })).ExpectAsync(201);
        // Web visits now, 7 and 14 days ago at 4 points, half-life 7 days: 4 + 2 + 1 = 7. Referral 15, Preferer 10,
        // 300 employees (>= 250) 20, not a decision maker 0: total 52, warm (30 <= 52 < 60).
        var score = await (await sales.PostAsJsonAsync("/leads/L-1/score", new
        {
            employees = 300,
            isDecisionMaker = false,
            behaviours = new[] { now, now - Duration.FromDays(7), now - Duration.FromDays(14) }.Select(at => new { kind = "WebVisit", at = at.ToString() }),
        })).ExpectAsync(200);
        Assert.Equal(52d, score.GetProperty("total").GetDouble(), 3); // the fake clock moves a few seconds: decay of ~1e-5
        Assert.Equal("Warm", score.GetProperty("temperature").GetString());
    }

    [Fact]
    public async Task Complaint_OutcomeBeforeTheCaseIsResolved_Is409_AndAfterwardsIsStored()
    {
        await using var host = new DeskHost(_db);
        var agent = host.As("service");
        await (await agent.PostAsJsonAsync("/cases", new { id = "K-1", customerId = "C-1", team = "Billing", priority = "Normal", channel = "Email" })).ExpectAsync(201);
        await (await agent.PostAsJsonAsync("/complaints", new { caseId = "K-1", subject = "late delivery" })).ExpectAsync(201);
        await (await agent.PostAsJsonAsync("/complaints/K-1/outcome", new { outcome = "Recovered" })).ExpectAsync(409);
        await (await agent.SendAsync(HttpMethod.Post, "/cases/K-1/resolve")).ExpectAsync(200);
        var complaint = await (await agent.PostAsJsonAsync("/complaints/K-1/outcome", new { outcome = "PartiallyRecovered", compensation = new { amount = 10m, currency = "GBP" } })).ExpectAsync(200);
        Assert.Equal("PartiallyRecovered", complaint.GetProperty("outcome").GetString());
        Assert.Equal(3, complaint.GetProperty("version").GetInt32());
    }
}
