using System.Buffers.Binary;
using System.Net.Http.Json;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>The desk draws the funnel of its stored leads with <c>Crm.Domain.Charts</c> (issue 15: every chart drawn by
/// a sample), over the real database.</summary>
public sealed class LeadFunnelChartTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Funnel_IsAPngOfTheRequestedSize_OnceThereAreLeads()
    {
        await using var host = new DeskHost(_db, Instant.FromUtc(2026, 6, 1, 9, 0));
        var sales = host.As("sales");
        await (await sales.GetAsync("/reports/lead-funnel.png")).ExpectAsync(404);

        foreach (var (id, source) in new[] { ("L-1", "Referral"), ("L-2", "Enquiry"), ("L-3", "Suspect") })
        {
            await (await sales.PostAsJsonAsync("/leads", new { id, source })).ExpectAsync(201);
        }

        await (await sales.PostAsync("/leads/L-1/advance", null)).ExpectAsync(200);
        await (await sales.PostAsJsonAsync("/leads/L-3/lose", new { reason = "NoBudget" })).ExpectAsync(200);

        using var response = await sales.GetAsync("/reports/lead-funnel.png?width=640&height=400");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();

        // The PNG signature, then the IHDR chunk: width and height as big-endian integers at bytes 16 and 20.
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal(640, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(400, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));

        await (await sales.GetAsync("/reports/lead-funnel.png?width=10")).ExpectAsync(400);
    }
}
