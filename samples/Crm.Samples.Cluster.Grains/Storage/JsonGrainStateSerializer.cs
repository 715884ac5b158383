using System.Text.Json;
using Orleans.Storage;

namespace Crm.Samples.Cluster.Grains.Storage;

/// <summary>
/// The ADO.NET provider's payload serializer: the grain state as UTF-8 JSON through System.Text.Json, exactly as
/// <see cref="StoreGrainStorage"/> writes it to memory (the sample's plain state classes hold the library's
/// snapshots as CrmJson strings), so both stores hold the same JSON. Stateless, thread-safe.
/// </summary>
public sealed class JsonGrainStateSerializer : IGrainStorageSerializer
{
    /// <inheritdoc />
    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input));

    /// <inheritdoc />
    public T Deserialize<T>(BinaryData input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return JsonSerializer.Deserialize<T>(input.ToMemory().Span)!;
    }
}
