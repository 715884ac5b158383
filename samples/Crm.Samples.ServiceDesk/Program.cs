using Crm.Samples.ServiceDesk;

// The service desk: `dotnet run --project samples/Crm.Samples.ServiceDesk` serves on SQLite (servicedesk.db, created
// and migrated on first run); OpenAPI at /openapi/v1.json. `--ci` runs a short self-check on loopback and exits.
var ci = args.Contains("--ci", StringComparer.Ordinal);
string[] hostArgs = [.. args.Where(a => a != "--ci")];
string? ciDb = null;
if (ci && !hostArgs.Any(a => a.StartsWith("--db", StringComparison.Ordinal)))
{
    // The self-check leaves nothing behind: a fresh database in the temp folder, deleted afterwards.
    ciDb = Path.Combine(Path.GetTempPath(), $"servicedesk-ci-{Guid.NewGuid():N}.db");
    hostArgs = [.. hostArgs, "--db", ciDb, "--Logging:LogLevel:Default", "Warning"];
}

var app = await DeskApp.BuildAsync(hostArgs);
if (ci)
{
    var rc = await SelfCheck.RunAsync(app, Crm.Samples.Shared.RepositoryFiles.OutputDirectory(args));
    await app.DisposeAsync();
    if (ciDb is not null)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { ciDb, ciDb + "-wal", ciDb + "-shm" })
        {
            File.Delete(f);
        }
    }

    return rc;
}

await app.RunAsync();
return 0;

/// <summary>The entry point (public so that <c>WebApplicationFactory&lt;Program&gt;</c> can find it).</summary>
public partial class Program;
