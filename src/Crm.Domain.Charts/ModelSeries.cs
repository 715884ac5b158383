namespace Crm.Domain.Charts;

/// <summary>One model's values for a model-check chart, e.g. BG/NBD's expected cumulative repeat transactions.</summary>
/// <param name="Name">The legend text, e.g. "BG/NBD".</param>
/// <param name="Values">The values, one per point of the chart's data (the chart checks the count and that all are finite).</param>
/// <remarks>Equality compares <paramref name="Values"/> by reference, as records do.</remarks>
public sealed record ModelSeries(string Name, IReadOnlyList<double> Values);
