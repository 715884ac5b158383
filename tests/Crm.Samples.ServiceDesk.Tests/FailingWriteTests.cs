using System.Data.Common;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>A failure in the middle of a write (after the first statement ran) leaves nothing half-written.</summary>
public sealed class FailingWriteTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ThrowAfterTheFirstWriteStatement_RollsBackTheWholeCommand()
    {
        await using var host = new DeskHost(_db);
        var agent = host.As("service");
        await (await agent.PostAsJsonAsync("/cases", new { id = "K-1", customerId = "C-1", team = "Billing", priority = "Normal", channel = "Email" })).ExpectAsync(201);
        var before = await host.DumpAsync();

        var failing = new ThrowAfterFirstWrite();
        await using var broken = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(failing)));
        var client = broken.CreateClient();
        client.DefaultRequestHeaders.Add("X-Crm-User", "ann");
        client.DefaultRequestHeaders.Add("X-Crm-Role", "service");
        failing.Armed = true; // after start-up: the migration's own lock row must not trip it
        var response = await client.SendAsync(HttpMethod.Post, "/cases/K-1/respond");
        Assert.Equal(500, (int)response.StatusCode);
        Assert.True(failing.Thrown, "the interceptor never saw a write");
        Assert.Equal(before, await host.DumpAsync());

        // A create fails the same way: neither its stream row nor its event remains.
        var created = await client.PostAsJsonAsync("/leads", new { id = "L-1", source = "Referral" });
        Assert.Equal(500, (int)created.StatusCode);
        Assert.Equal(before, await host.DumpAsync());

        // And the aggregate is still usable afterwards, at the version it had.
        await (await agent.SendAsync(HttpMethod.Post, "/cases/K-1/respond", ifMatch: 1)).ExpectAsync(200);
    }

    /// <summary>Lets the first INSERT/UPDATE of a SaveChanges run, then throws: the transaction is open with a row written.</summary>
    private sealed class ThrowAfterFirstWrite : DbCommandInterceptor
    {
        public bool Thrown { get; private set; }

        public bool Armed { get; set; }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
            IsWrite(command) ? throw Fail() : ValueTask.FromResult(result);

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
            IsWrite(command) ? throw Fail() : ValueTask.FromResult(result);

        private bool IsWrite(DbCommand command) =>
            Armed && command.CommandText.Contains("INSERT", StringComparison.OrdinalIgnoreCase) || command.CommandText.Contains("UPDATE", StringComparison.OrdinalIgnoreCase);

        private InvalidOperationException Fail()
        {
            Thrown = true;
            return new InvalidOperationException("simulated failure after the first write statement");
        }
    }
}
