using System.Text;
using Crm.Samples.ServiceDesk.Http;
using Crm.Samples.ServiceDesk.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>
/// The real service (its Program, its middleware, its database code) in memory, on a <see cref="TestDatabase"/>, with
/// a fake clock that moves one second per reading (so every command is later than the last). Dispose it and start a
/// new one on the same database to test a restart.
/// </summary>
public sealed class DeskHost : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;

    /// <summary>A host on <paramref name="database"/>.</summary>
    public DeskHost(TestDatabase database, Instant? start = null)
    {
        _database = database;
        Clock = new FakeClock(start ?? Instant.FromUtc(2026, 3, 2, 9, 0), Duration.FromSeconds(1));
    }

    /// <summary>The service's clock.</summary>
    public FakeClock Clock { get; }

    /// <summary>A client acting as <paramref name="user"/> in <paramref name="role"/>.</summary>
    public HttpClient As(string role, string user = "tester")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(DevAuthentication.UserHeader, user);
        client.DefaultRequestHeaders.Add(DevAuthentication.RoleHeader, role);
        return client;
    }

    /// <summary>Every row of every table, in key order, as text: equal dumps mean an unchanged database.</summary>
    public async Task<string> DumpAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeskDb>();
        var sb = new StringBuilder();
        foreach (var s in await db.Streams.AsNoTracking().OrderBy(s => s.Kind).ThenBy(s => s.AggregateId).ToListAsync())
        {
            sb.Append("stream ").Append(s.Kind).Append('/').Append(s.AggregateId).Append(" v").Append(s.Version).Append(' ').Append(s.UpdatedAt).Append(' ').AppendLine(s.Snapshot);
        }

        foreach (var e in await db.Events.AsNoTracking().OrderBy(e => e.Kind).ThenBy(e => e.AggregateId).ThenBy(e => e.Version).ToListAsync())
        {
            sb.Append("event ").Append(e.Kind).Append('/').Append(e.AggregateId).Append(" v").Append(e.Version).Append(' ').Append(e.Type).Append(' ').Append(e.At).Append(' ').AppendLine(e.Json);
        }

        foreach (var a in await db.Audit.AsNoTracking().OrderBy(a => a.Id).ToListAsync())
        {
            sb.Append("audit ").Append(a.Id).Append(' ').Append(a.CustomerId).Append(' ').Append(a.Action).Append(' ').Append(a.Field).Append(' ').AppendLine(a.Reason);
        }

        foreach (var k in await db.Set<KpiRow>().AsNoTracking().OrderBy(k => k.Desk).ThenBy(k => k.Day).ToListAsync())
        {
            sb.Append("kpi ").Append(k.Desk).Append(' ').Append(k.Day).Append(" v").Append(k.Version).Append(' ').Append(k.FirstContactResolution)
                .Append(' ').Append(k.TimeToResolution).Append(' ').Append(k.SameDayClosure).Append(' ').AppendLine(k.Csat);
        }

        foreach (var r in await db.Set<RatingRow>().AsNoTracking().OrderBy(r => r.CaseId).ToListAsync())
        {
            sb.Append("rating ").Append(r.CaseId).Append(' ').Append(r.Desk).Append(' ').Append(r.Score).Append(' ').Append(r.At).AppendLine();
        }

        foreach (var t in await db.Set<TransactionRow>().AsNoTracking().OrderBy(t => t.Id).ToListAsync())
        {
            sb.Append("transaction ").Append(t.Id).Append(' ').Append(t.CustomerId).Append(' ').Append(t.Day).Append(' ').Append(t.Amount).AppendLine();
        }

        foreach (var f in await db.Set<ValueFitRow>().AsNoTracking().OrderBy(f => f.Id).ToListAsync())
        {
            sb.Append("fit ").Append(f.Id).Append(' ').Append(f.CalibrationEnd).Append(' ').AppendLine(f.Model);
        }

        sb.Append("scores ").Append(await db.Set<ValueScoreRow>().CountAsync()).AppendLine();
        return sb.ToString();
    }

    /// <summary>Runs <paramref name="query"/> on the host's database.</summary>
    public async Task<T> QueryAsync<T>(Func<DeskDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DeskDb>());
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (_database.PostgresConnectionString is { } cs)
        {
            builder.UseSetting("ConnectionStrings:Postgres", cs);
        }
        else
        {
            builder.UseSetting("ConnectionStrings:Postgres", string.Empty);
            builder.UseSetting("CRM_POSTGRES", string.Empty);
            builder.UseSetting("db", _database.SqlitePath);
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<IClock>(Clock)));
    }
}
