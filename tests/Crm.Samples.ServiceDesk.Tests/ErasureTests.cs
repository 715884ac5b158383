using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>After erasure, the customer's personal data is gone from the stored rows and (SQLite) from the bytes of the database file and its WAL.</summary>
public sealed class ErasureTests : IDisposable
{
    // Distinctive values: a hit in the file can only come from this customer.
    private const string Given = "Quillonetta";
    private const string Family = "Zabrowskiewicz";
    private const string Email = "quillonetta.zabrowskiewicz@example.org";
    private const string Phone = "+447700900123";
    private const string Notes = "prefers Xylophonic Thursdays";

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Erasure_LeavesNoPersonalData_InRows_FileOrWal()
    {
        await using (var host = new DeskHost(_db))
        {
            var admin = host.As("admin");
            await (await admin.PostAsJsonAsync("/customers", new { id = "C-1", givenName = Given, familyName = Family, timeZone = "Europe/Paris" })).ExpectAsync(201);
            await (await admin.PostAsJsonAsync("/customers/C-1/contact-points", new { kind = "Email", value = Email })).ExpectAsync(200);
            await (await admin.PostAsJsonAsync("/customers/C-1/contact-points", new { kind = "Phone", value = Phone })).ExpectAsync(200);
            await (await admin.SendAsync(HttpMethod.Put, "/customers/C-1/notes", new { notes = Notes })).ExpectAsync(200);
            await (await admin.PostAsJsonAsync("/customers/C-1/consents",
                new { channel = "Email", purpose = "marketing", status = "Granted", captureSource = "web form", proof = "DoubleOptIn", proofReference = "DOI-1" })).ExpectAsync(200);
            // A second customer that must survive untouched.
            await (await admin.PostAsJsonAsync("/customers", new { id = "C-2", givenName = "Keep", familyName = "Me" })).ExpectAsync(201);
            if (_db.IsSqlite)
            {
                Assert.True(Occurrences(Family) > 0, "the data must be on disk before the erasure for the test to mean anything");
            }

            var erased = await (await admin.SendAsync(HttpMethod.Post, "/customers/C-1/erasure", ifMatch: 5)).ExpectAsync(200);
            Assert.True(erased.GetProperty("isErased").GetBoolean());

            var rows = await host.DumpAsync();
            foreach (var secret in Secrets())
            {
                Assert.DoesNotContain(secret, rows, StringComparison.OrdinalIgnoreCase);
            }

            Assert.Contains("Keep", rows, StringComparison.Ordinal);
            Assert.Equal(6, await host.QueryAsync(db => db.Events.CountAsync(e => e.AggregateId == "C-1")));
            var snapshot = await (await host.As("auditor").GetAsync("/customers/C-1/snapshot")).ExpectAsync(200);
            Assert.True(snapshot.GetProperty("isErased").GetBoolean());
            Assert.Equal(6, snapshot.GetProperty("version").GetInt32());
        }

        if (_db.IsSqlite)
        {
            foreach (var secret in Secrets())
            {
                Assert.Equal(0, Occurrences(secret));
            }
        }
    }

    private static IEnumerable<string> Secrets() => [Given, Family, Email, "7700900123", Notes];

    /// <summary>Hits of <paramref name="text"/> in the database file and its WAL, as UTF-8 and as UTF-16 (little and big endian).</summary>
    private int Occurrences(string text)
    {
        var hits = 0;
        foreach (var file in new[] { _db.SqlitePath!, _db.SqlitePath + "-wal" })
        {
            if (!File.Exists(file))
            {
                continue;
            }

            byte[] bytes;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var copy = new MemoryStream())
            {
                stream.CopyTo(copy);
                bytes = copy.ToArray();
            }

            foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode })
            {
                hits += Count(bytes, encoding.GetBytes(text));
            }
        }

        return hits;
    }

    private static int Count(byte[] haystack, byte[] needle)
    {
        var count = 0;
        for (var i = haystack.AsSpan().IndexOf(needle); i >= 0; i = haystack.AsSpan(i + 1).IndexOf(needle) is var j and >= 0 ? i + 1 + j : -1)
        {
            count++;
        }

        return count;
    }
}
