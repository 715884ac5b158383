using System.Text.Json;
using Orleans.Storage;

namespace Crm.Samples.Cluster.Grains.Storage;

/// <summary>
/// Orleans' <see cref="IGrainStorage"/> over an <see cref="IStateStore"/>: the state is written as JSON
/// (System.Text.Json over the sample's own plain state classes, which hold the library's snapshots as CrmJson
/// strings), keyed by state name and grain id.
/// </summary>
public sealed class StoreGrainStorage(IStateStore store) : IGrainStorage
{
    /// <summary>The storage name the grains ask for.</summary>
    public const string Name = "crm";

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var row = await store.ReadAsync(Key(stateName, grainId)).ConfigureAwait(false);
        grainState.State = row is null ? Activator.CreateInstance<T>() : JsonSerializer.Deserialize<T>(row.Json)!;
        grainState.ETag = row?.ETag;
        grainState.RecordExists = row is not null;
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        grainState.ETag = await store.WriteAsync(Key(stateName, grainId), JsonSerializer.Serialize(grainState.State), grainState.ETag).ConfigureAwait(false);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await store.ClearAsync(Key(stateName, grainId), grainState.ETag).ConfigureAwait(false);
        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
    }

    /// <summary>The store key of a grain's state: grain id, then state name.</summary>
    public static string Key(string stateName, GrainId grainId) => $"{grainId}/{stateName}";
}
