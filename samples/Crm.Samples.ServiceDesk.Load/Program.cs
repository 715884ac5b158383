// The bounded load run: starts the service desk in-process on a loopback port (Kestrel, real HTTP), runs N concurrent
// clients, each doing K customer flows of four writes (register a customer, record e-mail consent, open a case,
// resolve it), then reports requests/s and p50/p99 latency and checks that every 2xx write is in the database.
// Exit code 0 only when nothing was lost and every write succeeded.
//   dotnet run -c Release --project samples/Crm.Samples.ServiceDesk.Load -- --clients 8 --flows-per-client 250
//   dotnet run -c Release --project samples/Crm.Samples.ServiceDesk.Load -- --postgres "Host=...;Database=...;..."
using Crm.Samples.ServiceDesk;
using Crm.Samples.ServiceDesk.Load;

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

var temp = options.Postgres is null && options.SqlitePath is null ? Directory.CreateTempSubdirectory("crm-load-") : null;
// EF logs the conflicts the desk retries (KPI rows) as errors; what counts here is the answers and the rows.
List<string> hostArgs = ["--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Critical"];
if (options.Postgres is { } pg)
{
    hostArgs.Add("--ConnectionStrings:Postgres=" + pg);
}
else
{
    hostArgs.AddRange(["--db", options.SqlitePath ?? Path.Combine(temp!.FullName, "load.db")]);
}

var app = await DeskApp.BuildAsync([.. hostArgs]);
app.Urls.Clear();
app.Urls.Add("http://127.0.0.1:0");
await app.StartAsync();
try
{
    var run = new LoadRun(app, options);
    var report = await run.ExecuteAsync();
    Console.WriteLine(report.ToText());
    return report.Lost == 0 && report.Failed == 0 ? 0 : 1;
}
finally
{
    await app.StopAsync();
    await app.DisposeAsync();
    if (temp is not null)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        temp.Delete(recursive: true);
    }
}
