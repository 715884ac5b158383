using System.Net.Http.Json;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>Fifty malformed request bodies: each is a 400 problem, and the database is byte-for-byte unchanged (a dump of every table).</summary>
public sealed class MalformedBodyTests : IDisposable
{
    private const string Case = """{"id":"K-2","customerId":"C-1","team":"Billing","priority":"High","channel":"Email"}""";
    private const string At = "2026-03-01T10:00:00Z";

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    /// <summary>(path, body, why it is malformed).</summary>
    public static TheoryData<string, string, string> Bodies() => new()
    {
        // New case: JSON syntax and shape.
        { "/cases", "", "empty body" },
        { "/cases", "{", "truncated at the start" },
        { "/cases", Case[..^9], "truncated mid-value" },
        { "/cases", "[]", "an array, not an object" },
        { "/cases", "null", "null body" },
        { "/cases", "42", "a number body" },
        { "/cases", "\"case\"", "a string body" },
        { "/cases", Case + " x", "trailing garbage" },
        { "/cases", "/* c */" + Case, "a comment" },
        { "/cases", Case.Replace('"', '\''), "single quotes" },
        { "/cases", Case.Replace("\"K-2\"", "42", StringComparison.Ordinal), "id as a number" },
        { "/cases", Case.Replace("\"High\"", "3", StringComparison.Ordinal), "enum as a number" },
        { "/cases", Case.Replace("\"High\"", "\"Extreme\"", StringComparison.Ordinal), "undefined priority" },
        { "/cases", Case.Replace("\"High\"", "null", StringComparison.Ordinal), "null priority" },
        { "/cases", Case.Replace("\"Email\"", "\"Pigeon\"", StringComparison.Ordinal), "undefined channel" },
        { "/cases", Case.Replace("\"Email\"", "\"Unknown\"", StringComparison.Ordinal), "the Unknown channel (library refuses)" },
        { "/cases", Case[..^1] + ",\"colour\":\"red\"}", "unknown member" },
        { "/cases", Case[..^1] + ",\"id\":\"K-3\"}", "duplicate member" },
        { "/cases", Case.Replace(",\"team\":\"Billing\"", "", StringComparison.Ordinal), "missing required member" },
        { "/cases", Case.Replace("\"Billing\"", "null", StringComparison.Ordinal), "null in a non-nullable member" },
        { "/cases", Case.Replace("\"K-2\"", "\" \"", StringComparison.Ordinal), "blank id (library refuses)" },
        { "/cases", Case.Replace("\"C-1\"", "\"\"", StringComparison.Ordinal), "empty customer id (library refuses)" },

        // Lead scoring: numbers.
        { "/leads/L-1/score", """{"employees":1e400,"isDecisionMaker":true}""", "a number beyond double" },
        { "/leads/L-1/score", """{"employees":99999999999999999999,"isDecisionMaker":true}""", "an int overflow" },
        { "/leads/L-1/score", """{"employees":3.5,"isDecisionMaker":true}""", "a fraction for an int" },
        { "/leads/L-1/score", """{"employees":"300","isDecisionMaker":true}""", "a number in a string" },
        { "/leads/L-1/score", """{"employees":-5,"isDecisionMaker":true}""", "negative employees (library refuses)" },
        { "/leads/L-1/score", """{"employees":NaN,"isDecisionMaker":true}""", "a bare NaN" },
        { "/leads/L-1/score", """{"employees":"NaN","isDecisionMaker":true}""", "NaN in a string" },
        { "/leads/L-1/score", """{"employees":Infinity,"isDecisionMaker":true}""", "a bare Infinity" },
        { "/leads/L-1/score", """{"employees":300,"isDecisionMaker":"yes"}""", "a string for a bool" },
        { "/leads/L-1/score", """{"employees":300,"isDecisionMaker":true,"behaviours":[{"kind":"WebVisit","at":"yesterday"}]}""", "not an instant" },
        { "/leads/L-1/score", """{"employees":300,"isDecisionMaker":true,"behaviours":[{"kind":"WebVisit","at":"2026-03-01T10:00:00"}]}""", "an instant without offset" },
        { "/leads/L-1/score", """{"employees":300,"isDecisionMaker":true,"behaviours":{"kind":"WebVisit","at":"2026-03-01T10:00:00Z"}}""", "an object for an array" },
        { "/leads/L-1/score", """{"employees":300,"isDecisionMaker":true,"behaviours":[{"kind":"Teleport","at":"2026-03-01T10:00:00Z"}]}""", "undefined behaviour" },

        // New customer.
        { "/customers", $$"""{"id":"C-2","givenName":"{{new string('a', 101)}}","familyName":"Doe"}""", "a name part over 100 characters" },
        { "/customers", """{"id":"C-2","givenName":"Jo","familyName":"Doe","timeZone":"Mars/Olympus"}""", "unknown time zone" },
        { "/customers", """{"id":"   ","givenName":"Jo","familyName":"Doe"}""", "blank id" },
        { "/customers", """{"id":"C-2","givenName":"Jo","familyName":"Doe","email":"jo@example.com"}""", "unknown member" },
        { "/customers", """{"id":"C-2","givenName":"Jo","familyName":7}""", "a number for a name" },

        // Consent.
        { "/customers/C-1/consents", """{"channel":"Email","purpose":"marketing","status":"NotAsked","captureSource":"web","proof":"SingleOptIn"}""", "NotAsked is not a record" },
        { "/customers/C-1/consents", """{"channel":"Email","purpose":"marketing","status":"Granted","captureSource":"web","proof":"Telepathy"}""", "undefined proof" },
        { "/customers/C-1/consents", """{"channel":"Email","purpose":"marketing","status":"Granted","captureSource":"web","proof":"SingleOptIn","at":"2026-13-45T00:00:00Z"}""", "an impossible date" },
        { "/customers/C-1/consents", """{"channel":"Email","purpose":"","status":"Granted","captureSource":"web","proof":"SingleOptIn"}""", "empty purpose" },
        { "/customers/C-1/consents", """{"channel":1,"purpose":"marketing","status":"Granted","captureSource":"web","proof":"SingleOptIn"}""", "channel as a number" },

        // Contact points.
        { "/customers/C-1/contact-points", """{"kind":"Email","value":"not-an-address"}""", "invalid e-mail" },
        { "/customers/C-1/contact-points", """{"kind":"Phone","value":"12"}""", "too few digits" },
        { "/customers/C-1/contact-points", """{"kind":"Postal","value":"1 Main St"}""", "postal through the e-mail/phone endpoint" },

        // Complaint outcome: money.
        { "/complaints/K-1/outcome", """{"outcome":"Recovered","compensation":{"amount":5,"currency":"EURO"}}""", "a four-letter currency" },
        { "/complaints/K-1/outcome", """{"outcome":"Recovered","compensation":{"amount":5}}""", "money without currency" },
    };

    [Fact]
    public void ThereAreFifty() => Assert.Equal(50, Bodies().Count);

    [Fact]
    public async Task EveryMalformedBody_Is400_AndTheDatabaseIsUnchanged()
    {
        await using var host = new DeskHost(_db);
        var admin = host.As("admin");
        await (await admin.PostAsJsonAsync("/customers", new { id = "C-1", givenName = "Jo", familyName = "Doe" })).ExpectAsync(201);
        await (await admin.PostAsJsonAsync("/leads", new { id = "L-1", source = "Referral" })).ExpectAsync(201);
        await (await admin.PostAsync("/cases", Json.Raw(Case.Replace("K-2", "K-1", StringComparison.Ordinal)))).ExpectAsync(201);
        await (await admin.PostAsJsonAsync("/complaints", new { caseId = "K-1", subject = "late" })).ExpectAsync(201);
        var before = await host.DumpAsync();

        var failures = new List<string>();
        foreach (var row in Bodies())
        {
            var (path, body, why) = ((string)row[0], (string)row[1], (string)row[2]);
            var response = await admin.PostAsync(path, Json.Raw(body));
            var text = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode != 400 || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{why}: {(int)response.StatusCode} {text}");
            }
        }

        Assert.Empty(failures);
        Assert.Equal(before, await host.DumpAsync());
    }
}
