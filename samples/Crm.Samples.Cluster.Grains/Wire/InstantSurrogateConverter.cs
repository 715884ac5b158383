using NodaTime;

namespace Crm.Samples.Cluster.Grains.Wire;

/// <summary>Registers <see cref="InstantSurrogate"/> with Orleans' serializer, so grain methods take NodaTime instants.</summary>
[RegisterConverter]
public sealed class InstantSurrogateConverter : IConverter<Instant, InstantSurrogate>
{
    /// <inheritdoc />
    public Instant ConvertFromSurrogate(in InstantSurrogate surrogate) => Instant.FromUnixTimeTicks(surrogate.UnixTicks);

    /// <inheritdoc />
    public InstantSurrogate ConvertToSurrogate(in Instant value) => new(value.ToUnixTimeTicks());
}
