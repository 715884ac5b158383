using System.Text.Json;
using Crm.Samples.ServiceDesk.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Crm.Samples.ServiceDesk;

/// <summary>
/// <c>--ci</c>: starts the service on a free loopback port, registers a customer, records consent, opens and resolves
/// a case and reads its SLA state, creates and moves three leads and saves the lead funnel the service draws
/// (<c>GET /reports/lead-funnel.png</c>) into the samples' output folder, through HttpClient; prints what it saw and stops.
/// Exit code 0 when every step answered as expected.
/// </summary>
public static class SelfCheck
{
    /// <summary>Runs the check against <paramref name="app"/> (not yet started) and stops it.</summary>
    public static async Task<int> RunAsync(WebApplication app, string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync().ConfigureAwait(false);
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            http.DefaultRequestHeaders.Add(DevAuthentication.UserHeader, "ci-agent");
            http.DefaultRequestHeaders.Add(DevAuthentication.RoleHeader, "admin");
            var run = Guid.NewGuid().ToString("N")[..8];
            Console.WriteLine($"service desk on {address}");
            await StepAsync(http, HttpMethod.Post, "/customers", new { id = $"C-{run}", givenName = "Ada", familyName = "Lovelace", timeZone = "Europe/London" }).ConfigureAwait(false);
            await StepAsync(http, HttpMethod.Post, $"/customers/C-{run}/consents",
                new { channel = "Email", purpose = "marketing", status = "Granted", captureSource = "ci", proof = "DoubleOptIn", proofReference = "ci-1" }).ConfigureAwait(false);
            await StepAsync(http, HttpMethod.Post, "/cases", new { id = $"K-{run}", customerId = $"C-{run}", team = "Billing", priority = "High", channel = "Email" }).ConfigureAwait(false);
            await StepAsync(http, HttpMethod.Post, $"/cases/K-{run}/resolve", null).ConfigureAwait(false);
            var sla = await StepAsync(http, HttpMethod.Get, $"/cases/K-{run}/sla", null).ConfigureAwait(false);
            Console.WriteLine($"  SLA of the resolved case: {sla.RootElement.GetProperty("resolution").GetProperty("status").GetString()}");
            var openApi = await StepAsync(http, HttpMethod.Get, "/openapi/v1.json", null).ConfigureAwait(false);
            Console.WriteLine($"  OpenAPI document lists {openApi.RootElement.GetProperty("paths").EnumerateObject().Count()} paths");
            foreach (var (lead, source) in new[] { ("a", "Referral"), ("b", "Enquiry"), ("c", "Suspect") })
            {
                await StepAsync(http, HttpMethod.Post, "/leads", new { id = $"L-{run}-{lead}", source }).ConfigureAwait(false);
            }

            await StepAsync(http, HttpMethod.Post, $"/leads/L-{run}-a/advance", null).ConfigureAwait(false);
            await StepAsync(http, HttpMethod.Post, $"/leads/L-{run}-a/advance", null).ConfigureAwait(false);
            await StepAsync(http, HttpMethod.Post, $"/leads/L-{run}-b/advance", null).ConfigureAwait(false);
            await StepAsync(http, HttpMethod.Post, $"/leads/L-{run}-c/lose", new { reason = "NoBudget" }).ConfigureAwait(false);
            var png = await http.GetByteArrayAsync(new Uri("/reports/lead-funnel.png?width=900&height=560", UriKind.Relative)).ConfigureAwait(false);
            if (png.Length < 8 || png[0] != 0x89 || png[1] != (byte)'P')
            {
                throw new HttpRequestException("GET /reports/lead-funnel.png did not answer a PNG.");
            }

            var file = Path.Combine(outputFolder, "servicedesk-lead-funnel.png");
            await File.WriteAllBytesAsync(file, png).ConfigureAwait(false);
            Console.WriteLine($"  GET /reports/lead-funnel.png -> {png.Length:N0} bytes, saved to {file}");
            Console.WriteLine("self-check passed");
            return 0;
        }
        catch (HttpRequestException ex)
        {
            Console.Error.WriteLine($"self-check failed: {ex.Message}");
            return 1;
        }
        finally
        {
            await app.StopAsync().ConfigureAwait(false);
        }
    }

    private static async Task<JsonDocument> StepAsync(HttpClient http, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        Console.WriteLine($"  {method} {path} -> {(int)response.StatusCode} ETag {response.Headers.ETag?.Tag ?? "-"}");
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text);
    }
}
