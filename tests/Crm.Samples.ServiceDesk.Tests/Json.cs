using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>Small HTTP helpers for the tests.</summary>
public static class Json
{
    /// <summary>A JSON body from raw text (malformed on purpose, sometimes).</summary>
    public static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Posts <paramref name="body"/> as JSON, with <c>If-Match</c> when <paramref name="ifMatch"/> is given.</summary>
    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string path, object? body = null, int? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body);
        }

        if (ifMatch is { } v)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{v}\"");
        }

        return await client.SendAsync(request);
    }

    /// <summary>The response body parsed, after asserting the status.</summary>
    public static async Task<JsonElement> ExpectAsync(this HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
