using System.Net;
using System.Net.Sockets;
using Crm.Samples.Cluster.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Crm.Samples.Cluster.Hosting;

/// <summary>
/// A local Orleans cluster in this process: <c>silos</c> silo hosts on free loopback ports (development clustering:
/// the first silo is the primary the others join) and a client connected to every gateway. States go to the given
/// <see cref="IStateStore"/>, which outlives any silo. Loopback only: nothing listens on another interface.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private readonly List<IHost?> _silos = [];
    private IHost? _client;

    private LocalCluster(IStateStore store) => Store = store;

    /// <summary>Where the grains' states are.</summary>
    public IStateStore Store { get; }

    /// <summary>The client (connected to every silo's gateway).</summary>
    public IClusterClient Client => _client!.Services.GetRequiredService<IClusterClient>();

    /// <summary>The silos still running.</summary>
    public int RunningSilos => _silos.Count(s => s is not null);

    /// <summary>Starts the silos one by one, then the client.</summary>
    public static async Task<LocalCluster> StartAsync(int silos, IStateStore store, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        ArgumentNullException.ThrowIfNull(store);
        var cluster = new LocalCluster(store);
        try
        {
            var ports = Enumerable.Range(0, silos).Select(_ => (Silo: FreePort(), Gateway: FreePort())).ToArray();
            var primary = new IPEndPoint(IPAddress.Loopback, ports[0].Silo);
            var clusterId = $"crm-{Guid.NewGuid():N}";
            foreach (var (silo, gateway) in ports)
            {
                var builder = Host.CreateApplicationBuilder();
                Quiet(builder.Logging);
                builder.UseOrleans(s => s
                    .UseLocalhostClustering(silo, gateway, primary, "crm-cluster-sample", clusterId)
                    .Configure<ClusterMembershipOptions>(FastFailureDetection)
                    .AddCrmStorage(store));
                var host = builder.Build();
                await host.StartAsync(cancellationToken).ConfigureAwait(false);
                cluster._silos.Add(host);
            }

            var client = Host.CreateApplicationBuilder();
            Quiet(client.Logging);
            client.UseOrleansClient(c => c.UseLocalhostClustering([.. ports.Select(p => p.Gateway)], "crm-cluster-sample", clusterId));
            cluster._client = client.Build();
            await cluster._client.StartAsync(cancellationToken).ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops silo <paramref name="index"/> (graceful: its grains deactivate, the others take over).</summary>
    public async Task StopSiloAsync(int index)
    {
        var silo = _silos[index] ?? throw new InvalidOperationException($"silo {index} is already stopped");
        _silos[index] = null;
        await silo.StopAsync().ConfigureAwait(false);
        silo.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.StopAsync().ConfigureAwait(false);
            _client.Dispose();
        }

        for (int i = _silos.Count - 1; i >= 0; i--)
        {
            if (_silos[i] is { } silo)
            {
                await silo.StopAsync().ConfigureAwait(false);
                silo.Dispose();
            }
        }
    }

    /// <summary>Failure detection tuned for a machine where every silo is local: a dead silo is declared in seconds.</summary>
    public static void FastFailureDetection(ClusterMembershipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ProbeTimeout = TimeSpan.FromSeconds(1);
        options.NumMissedProbesLimit = 2;
        options.NumVotesForDeathDeclaration = 1;
        options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
    }

    private static void Quiet(ILoggingBuilder logging) => logging.SetMinimumLevel(LogLevel.Warning)
        .AddFilter("Orleans", LogLevel.Error).AddFilter("Microsoft", LogLevel.Error);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
