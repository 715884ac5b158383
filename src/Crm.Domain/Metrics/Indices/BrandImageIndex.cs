namespace Crm.Domain.Metrics.Indices;

/// <summary>
/// A brand-image index (Gartner CRM competency model, metrics block: "brand image", a survey-based index) on the
/// <see cref="WeightedIndex"/> machinery: four items rated 1–10 — awareness, trust, perceived quality and willingness
/// to recommend — combined into 0–100.
/// </summary>
/// <remarks>The item set is this library's choice (the model names the metric, not its items); weights are equal by
/// default or your own via <see cref="Create"/>. All members are thread-safe.</remarks>
public static class BrandImageIndex
{
    /// <summary>The item "awareness" (how well the respondent knows the brand).</summary>
    public const string Awareness = "Awareness";

    /// <summary>The item "trust".</summary>
    public const string Trust = "Trust";

    /// <summary>The item "perceived quality".</summary>
    public const string PerceivedQuality = "Perceived quality";

    /// <summary>The item "would recommend".</summary>
    public const string Recommendation = "Would recommend";

    /// <summary>The four items on 1–10 with equal weights.</summary>
    public static WeightedIndex Standard { get; } = Create(1, 1, 1, 1);

    /// <summary>The four items on 1–10 with the given weights.</summary>
    /// <exception cref="ArgumentException">A weight is not a finite number &gt; 0.</exception>
    public static WeightedIndex Create(double awareness, double trust, double perceivedQuality, double recommendation) =>
        WeightedIndex.Create("Brand image index", 1, 10,
        [
            IndexItem.Of(Awareness, awareness),
            IndexItem.Of(Trust, trust),
            IndexItem.Of(PerceivedQuality, perceivedQuality),
            IndexItem.Of(Recommendation, recommendation),
        ]);
}
