using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>Role-based access from the authenticated user: reads are cut to what the role may see; a refusal is 403 and an audit row.</summary>
public sealed class AccessTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task RoleWithoutChangeAccess_Is403_WithAnAuditRow_AndTheCustomerUnchanged()
    {
        await using var host = new DeskHost(_db);
        await (await host.As("admin").PostAsJsonAsync("/customers", new { id = "C-1", givenName = "Jo", familyName = "Doe" })).ExpectAsync(201);
        var customerBefore = await (await host.As("auditor").GetAsync("/customers/C-1/snapshot")).Content.ReadAsStringAsync();

        // DataAccessPolicy.Standard: marketing reads contact/consent/interactions and changes nothing.
        var problem = await (await host.As("marketing", "mia").SendAsync(HttpMethod.Put, "/customers/C-1/notes", new { notes = "likes golf" })).ExpectAsync(403);
        Assert.Equal("Access denied", problem.GetProperty("title").GetString());

        var audit = await host.QueryAsync(db => db.Audit.AsNoTracking().ToListAsync());
        var row = Assert.Single(audit);
        Assert.Equal(("C-1", "mia", "marketing", "Notes", "Change", "Denied"), (row.CustomerId, row.UserId, row.Role, row.FieldGroup, row.Action, row.Outcome));
        Assert.Contains("marketing", row.Reason, StringComparison.Ordinal);
        Assert.Equal(customerBefore, await (await host.As("auditor").GetAsync("/customers/C-1/snapshot")).Content.ReadAsStringAsync());

        // The customer's audit trail, as an auditor reads it: the allowed registration, then the refusal.
        var trail = await (await host.As("auditor").GetAsync("/customers/C-1/audit")).ExpectAsync(200);
        Assert.Equal([("Register", "Allowed", "tester"), ("Change", "Denied", "mia")],
            trail.EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("outcome").GetString(), e.GetProperty("userId").GetString())));
    }

    [Fact]
    public async Task UnknownRole_ReadIs403_WithAuditRow_AndRegisterIs403_WithAuditRow()
    {
        await using var host = new DeskHost(_db);
        await (await host.As("admin").PostAsJsonAsync("/customers", new { id = "C-1", givenName = "Jo", familyName = "Doe" })).ExpectAsync(201);
        await (await host.As("intern", "ivan").GetAsync("/customers/C-1")).ExpectAsync(403);
        await (await host.As("sales", "sam").PostAsJsonAsync("/customers", new { id = "C-2", givenName = "Al", familyName = "Roe" })).ExpectAsync(403);

        var audit = await host.QueryAsync(db => db.Audit.AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([("C-1", "ivan", "Read"), ("C-2", "sam", "Register")], audit.Select(a => (a.CustomerId, a.UserId, a.Action)));
        Assert.Equal(0, await host.QueryAsync(db => db.Streams.CountAsync(s => s.AggregateId == "C-2")));
    }

    [Fact]
    public async Task Read_ShowsOnlyTheGroupsTheRoleMayRead()
    {
        await using var host = new DeskHost(_db);
        var admin = host.As("admin");
        await (await admin.PostAsJsonAsync("/customers", new { id = "C-1", givenName = "Jo", familyName = "Doe" })).ExpectAsync(201);
        await (await admin.PostAsJsonAsync("/customers/C-1/contact-points", new { kind = "Email", value = "jo@example.com" })).ExpectAsync(200);

        var marketing = await (await host.As("marketing").GetAsync("/customers/C-1")).ExpectAsync(200);
        Assert.Equal(JsonValueKindNull, marketing.GetProperty("name").ValueKind);
        Assert.Equal("jo@example.com", marketing.GetProperty("contactPoints")[0].GetProperty("email").GetString());

        var finance = await (await host.As("finance").GetAsync("/customers/C-1")).ExpectAsync(200);
        Assert.Equal("Jo", finance.GetProperty("name").GetProperty("given").GetString());
        Assert.Equal(0, finance.GetProperty("contactPoints").GetArrayLength());

        await (await host.As("sales").GetAsync("/customers/C-1/snapshot")).ExpectAsync(403);
    }

    [Fact]
    public async Task NoCredentials_Is401()
    {
        await using var host = new DeskHost(_db);
        Assert.Equal(401, (int)(await host.CreateClient().GetAsync("/cases/K-1")).StatusCode);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
