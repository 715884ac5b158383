namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>An aggregate as loaded, with the stored version a write must still find.</summary>
/// <param name="Aggregate">The aggregate rebuilt from its snapshot.</param>
/// <param name="Version">The stream row's version when it was read.</param>
public sealed record Loaded<TAggregate>(TAggregate Aggregate, int Version);
