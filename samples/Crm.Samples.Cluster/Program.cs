// The library on Microsoft Orleans: customers, leads and service cases as grains, KPIs merged across silos.
// Usage: dotnet run --project samples/Crm.Samples.Cluster [-- --silos N] [--cases N] [--postgres <connection string>] [--ci]
//        (with --postgres or CRM_POSTGRES: Orleans' ADO.NET clustering and persistence on PostgreSQL)
//        dotnet run --project samples/Crm.Samples.Cluster -- --postgres <cs> --serve [--silos N] [--cluster-id ID] [--seconds N]
//                                       (silos only; a second process joins them with --postgres <cs> --cluster-id ID)
//        dotnet run -c Release --project samples/Crm.Samples.Cluster -- --load   (the scaling run: 1, 2, 3 silos; merge cost)
using System.Globalization;
using Crm.Samples.Cluster;
using Crm.Samples.Cluster.Grains.Storage;
using Crm.Samples.Cluster.Hosting;

bool ci = args.Contains("--ci");
int silos = IntOption("--silos", ci ? 2 : 3);
int cases = IntOption("--cases", ci ? 150 : 1_000);
var postgres = Option("--postgres") ?? Environment.GetEnvironmentVariable("CRM_POSTGRES");

// No connection string: grain states in memory, development clustering (no set-up). A connection string: Orleans'
// ADO.NET clustering (a membership table the silos share) and persistence on PostgreSQL, with the sample's schema.
IClusterStorage store;
if (string.IsNullOrWhiteSpace(postgres))
{
    store = new MemoryClusterStorage();
}
else
{
    var pg = new PostgresAdoNetStorage(postgres);
    await pg.EnsureSchemaAsync().ConfigureAwait(false);
    store = pg;
}

var clusterId = Option("--cluster-id");
if (args.Contains("--serve"))
{
    int served = await ServeAsync().ConfigureAwait(false);
    if (store is IAsyncDisposable servedStore)
    {
        await servedStore.DisposeAsync().ConfigureAwait(false);
    }

    return served;
}

if (args.Contains("--load"))
{
    await LoadRun.RunAsync(Console.Out, IntOption("--cases", 600), ci, store).ConfigureAwait(false);
    return 0;
}

Console.WriteLine(store.HasMembershipTable
    ? $"Starting {silos} silos on loopback: ADO.NET clustering and grain storage on PostgreSQL..."
    : $"Starting {silos} silos on loopback: development clustering, {store.Name} grain storage...");
bool ok;
await using (var cluster = await LocalCluster.StartAsync(silos, store, clusterId).ConfigureAwait(false))
{
    ok = await ClusterDemo.RunAsync(cluster, cases, Console.Out).ConfigureAwait(false);
    if (store is PostgresAdoNetStorage adoNet)
    {
        ok &= await ClusterDemo.CheckMembershipAsync(adoNet, cluster, Console.Out).ConfigureAwait(false);
    }

    long stored = await store.CountAsync().ConfigureAwait(false);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stored:N0} grain states stored."));
}

if (store is IAsyncDisposable disposable)
{
    await disposable.DisposeAsync().ConfigureAwait(false);
}

Console.WriteLine(ok ? "All self-checks hold." : "A self-check FAILED.");
return ok ? 0 : 1;

// Silos only, until Ctrl+C (or --seconds N): another process joins them with the same --postgres and --cluster-id.
async Task<int> ServeAsync()
{
    if (!store.HasMembershipTable)
    {
        Console.Error.WriteLine("--serve needs a membership table: give --postgres <connection string> (or CRM_POSTGRES).");
        return 2;
    }

    await using var cluster = await LocalCluster.StartAsync(silos, store, clusterId).ConfigureAwait(false);
    Console.WriteLine($"Serving {silos} silos of cluster '{cluster.ClusterId}' ({string.Join(", ", cluster.SiloAddresses)}).");
    Console.WriteLine($"Join from another process: dotnet run --project samples/Crm.Samples.Cluster -- --postgres \"<same connection string>\" --cluster-id {cluster.ClusterId} --silos 1");
    var stop = new TaskCompletionSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.TrySetResult();
    };
    int seconds = IntOption("--seconds", 0);
    await (seconds > 0 ? Task.WhenAny(stop.Task, Task.Delay(TimeSpan.FromSeconds(seconds))) : stop.Task).ConfigureAwait(false);
    Console.WriteLine("Stopping the silos.");
    return 0;
}

string? Option(string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

int IntOption(string name, int fallback) => Option(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
