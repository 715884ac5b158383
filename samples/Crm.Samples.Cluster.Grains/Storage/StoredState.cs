namespace Crm.Samples.Cluster.Grains.Storage;

/// <summary>A stored grain state: its JSON and its ETag (the number of writes so far, as text).</summary>
public sealed record StoredState(string Json, string ETag);
