using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Crm.Samples.ServiceDesk.Http;
using Crm.Samples.ServiceDesk.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Samples.ServiceDesk.Load;

/// <summary>
/// One load run against a started desk: the clients, their flows, the timing of every request, and the check of the
/// database afterwards (every 2xx write is an event row; every aggregate's stored version is the last version a write
/// answered). All ids carry a fresh run prefix, so runs can share a database.
/// </summary>
public sealed class LoadRun(WebApplication app, LoadOptions options)
{
    private readonly string _run = "L" + Guid.NewGuid().ToString("N")[..8];
    private readonly ConcurrentBag<double> _latencies = [];
    private readonly ConcurrentDictionary<string, int> _lastVersion = new(StringComparer.Ordinal);
    private int _writes;
    private int _failed;
    private int _resolves;

    /// <summary>Runs the clients, then checks the database.</summary>
    public async Task<LoadReport> ExecuteAsync()
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // One untimed flow first: the first requests pay for JIT, EF's model and the connection pool. Its writes are
        // checked with the others.
        await ClientAsync(new Uri(address), options.Clients, 1).ConfigureAwait(false);
        _latencies.Clear();
        var untimed = _writes + _failed;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(c => ClientAsync(new Uri(address), c, options.FlowsPerClient))).ConfigureAwait(false);
        clock.Stop();

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeskDb>();
        var prefix = _run + "-";
        var events = await db.Events.CountAsync(e => e.AggregateId.StartsWith(prefix)).ConfigureAwait(false);
        var versions = await db.Streams.Where(s => s.AggregateId.StartsWith(prefix))
            .ToDictionaryAsync(s => s.Kind + "/" + s.AggregateId, s => s.Version).ConfigureAwait(false);
        var mismatched = _lastVersion.Count(kv => !versions.TryGetValue(kv.Key, out var v) || v != kv.Value);
        var kpiCases = await ResolvedInKpiRowsAsync(db).ConfigureAwait(false);
        return new LoadReport(
            db.Database.ProviderName ?? "?", options.Clients, options.FlowsPerClient, _writes + _failed - untimed, _writes, _failed, clock.Elapsed,
            [.. _latencies.Order()], events, mismatched, _resolves, kpiCases);
    }

    private async Task ClientAsync(Uri address, int client, int flows)
    {
        using var http = new HttpClient { BaseAddress = address };
        http.DefaultRequestHeaders.Add(DevAuthentication.UserHeader, $"load-{client}");
        http.DefaultRequestHeaders.Add(DevAuthentication.RoleHeader, "admin");
        var desk = $"{_run}-desk-{client % 4}";
        for (var i = 0; i < flows; i++)
        {
            var customer = $"{_run}-C{client}-{i}";
            var caseId = $"{_run}-K{client}-{i}";
            await WriteAsync(http, "customer/" + customer, "/customers", new { id = customer, givenName = "Load", familyName = $"Client{client}", timeZone = "Europe/London" }).ConfigureAwait(false);
            await WriteAsync(http, "customer/" + customer, $"/customers/{customer}/consents",
                new { channel = "Email", purpose = "marketing", status = "Granted", captureSource = "load", proof = "DoubleOptIn", proofReference = caseId }).ConfigureAwait(false);
            await WriteAsync(http, "case/" + caseId, "/cases", new { id = caseId, customerId = customer, team = desk, priority = "Normal", channel = "Email" }).ConfigureAwait(false);
            if (await WriteAsync(http, "case/" + caseId, $"/cases/{caseId}/resolve", null).ConfigureAwait(false))
            {
                Interlocked.Increment(ref _resolves);
            }
        }
    }

    /// <summary>One timed POST; a 2xx answer records the aggregate's new version (its ETag).</summary>
    private async Task<bool> WriteAsync(HttpClient http, string aggregate, string path, object? body)
    {
        using var content = body is null ? null : JsonContent.Create(body);
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync(path, content).ConfigureAwait(false);
        await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
        _latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (!response.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref _failed);
            Console.Error.WriteLine($"POST {path} -> {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
            return false;
        }

        Interlocked.Increment(ref _writes);
        var version = int.Parse(response.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
        _lastVersion.AddOrUpdate(aggregate, version, (_, old) => Math.Max(old, version));
        return true;
    }

    /// <summary>Cases counted by the run's desks' KPI rows (first-contact-resolution observations).</summary>
    private async Task<long> ResolvedInKpiRowsAsync(DeskDb db)
    {
        var prefix = _run + "-";
        var rows = await db.Set<KpiRow>().AsNoTracking().Where(r => r.Desk.StartsWith(prefix)).ToListAsync().ConfigureAwait(false);
        return rows.Sum(r => Kpis.DeskKpiPartial.Read(r).FirstContactResolution.Count);
    }
}
