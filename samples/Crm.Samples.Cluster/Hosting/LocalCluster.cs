using System.Net;
using System.Net.Sockets;
using Crm.Samples.Cluster.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Crm.Samples.Cluster.Hosting;

/// <summary>
/// A local Orleans cluster in this process: <c>silos</c> silo hosts on free loopback ports and a client connected to
/// their gateways. With <see cref="MemoryClusterStorage"/> the silos use Orleans' development clustering (the first
/// silo is the primary the others join); with <see cref="PostgresAdoNetStorage"/> they find each other through the
/// ADO.NET membership table in PostgreSQL, as silos in separate processes or machines would (the client reads the
/// gateways from the same table). States go to the storage, which outlives any silo. Loopback only: nothing listens
/// on another interface.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    /// <summary>The service id of every cluster the sample starts (grain states are keyed by it).</summary>
    public const string ServiceId = "crm-cluster-sample";

    private readonly List<IHost?> _silos = [];
    private readonly List<SiloAddress> _addresses = [];
    private IHost? _client;

    private LocalCluster(IClusterStorage storage, string clusterId)
    {
        Storage = storage;
        ClusterId = clusterId;
    }

    /// <summary>Where the grains' states (and, on PostgreSQL, the membership table) are.</summary>
    public IClusterStorage Storage { get; }

    /// <summary>This cluster's id: the one given to join another host's cluster, else a new one per start.</summary>
    public string ClusterId { get; }

    /// <summary>The client (connected to every silo's gateway).</summary>
    public IClusterClient Client => _client!.Services.GetRequiredService<IClusterClient>();

    /// <summary>The silos still running.</summary>
    public int RunningSilos => _silos.Count(s => s is not null);

    /// <summary>The addresses (endpoint and generation) of the silos this host started, stopped ones included.</summary>
    public IReadOnlyList<SiloAddress> SiloAddresses => _addresses;

    /// <summary>Starts the silos one by one, then the client. With a membership table, <paramref name="clusterId"/>
    /// joins the silos to an existing cluster (another process's, with the same id and connection string); null
    /// starts a new cluster.</summary>
    public static async Task<LocalCluster> StartAsync(int silos, IClusterStorage storage, string? clusterId = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        ArgumentNullException.ThrowIfNull(storage);
        if (clusterId is not null && !storage.HasMembershipTable)
        {
            throw new ArgumentException("joining a cluster of another host needs a membership table (a PostgreSQL connection string)", nameof(clusterId));
        }

        var cluster = new LocalCluster(storage, clusterId ?? $"crm-{Guid.NewGuid():N}");
        try
        {
            var ports = Enumerable.Range(0, silos).Select(_ => (Silo: FreePort(), Gateway: FreePort())).ToArray();
            var primary = new IPEndPoint(IPAddress.Loopback, ports[0].Silo);
            foreach (var (silo, gateway) in ports)
            {
                var builder = Host.CreateApplicationBuilder();
                Quiet(builder.Logging);
                builder.UseOrleans(s =>
                {
                    if (storage.HasMembershipTable)
                    {
                        s.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, ServiceId))
                            .ConfigureEndpoints(IPAddress.Loopback, silo, gateway, listenOnAnyHostAddress: false);
                    }
                    else
                    {
                        s.UseLocalhostClustering(silo, gateway, primary, ServiceId, cluster.ClusterId);
                    }

                    storage.ConfigureSilo(s.Configure<ClusterMembershipOptions>(FastFailureDetection));
                });
                var host = builder.Build();
                await host.StartAsync(cancellationToken).ConfigureAwait(false);
                cluster._silos.Add(host);
                cluster._addresses.Add(host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress);
            }

            var client = Host.CreateApplicationBuilder();
            Quiet(client.Logging);
            client.UseOrleansClient(c =>
            {
                if (storage.HasMembershipTable)
                {
                    c.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, ServiceId))
                        .Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
                    storage.ConfigureClient(c);
                }
                else
                {
                    c.UseLocalhostClustering([.. ports.Select(p => p.Gateway)], ServiceId, cluster.ClusterId);
                }
            });
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

    /// <summary>Stops the client, then the silos still running (graceful). Safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_client is { } client)
        {
            _client = null;
            await client.StopAsync().ConfigureAwait(false);
            client.Dispose();
        }

        for (int i = _silos.Count - 1; i >= 0; i--)
        {
            if (_silos[i] is not null)
            {
                await StopSiloAsync(i).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Failure detection tuned for a machine where every silo is local: a dead silo is declared in seconds
    /// (two missed 1 s probes, one vote), and the membership table is re-read every 5 s rather than every minute.</summary>
    public static void FastFailureDetection(ClusterMembershipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.TableRefreshTimeout = TimeSpan.FromSeconds(5);
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
