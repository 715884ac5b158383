using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Crm.Samples.Cluster.Grains.Storage;

/// <summary>What every silo of the sample (the host, the load tool, the tests) adds to its builder.</summary>
public static class SiloSetup
{
    /// <summary>Registers <paramref name="store"/> as the grain storage named <see cref="StoreGrainStorage.Name"/>.</summary>
    public static ISiloBuilder AddCrmStorage(this ISiloBuilder builder, IStateStore store)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(store);
        builder.Services.AddKeyedSingleton<IGrainStorage>(StoreGrainStorage.Name, (_, _) => new StoreGrainStorage(store));
        return builder;
    }
}
