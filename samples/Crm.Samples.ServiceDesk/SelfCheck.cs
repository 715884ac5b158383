using System.Text.Json;
using Crm.Samples.ServiceDesk.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Crm.Samples.ServiceDesk;

/// <summary>
/// <c>--ci</c>: starts the service on a free loopback port, registers a customer, records consent, opens and resolves
/// a case and reads its SLA state through HttpClient, prints what it saw and stops. Exit code 0 when every step
/// answered as expected.
/// </summary>
public static class SelfCheck
{
    /// <summary>Runs the check against <paramref name="app"/> (not yet started) and stops it.</summary>
    public static async Task<int> RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
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
