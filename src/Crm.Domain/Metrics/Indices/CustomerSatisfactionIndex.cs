namespace Crm.Domain.Metrics.Indices;

/// <summary>
/// A customer satisfaction index on the <see cref="WeightedIndex"/> machinery, after the American Customer
/// Satisfaction Index (Fornell, Johnson, Anderson, Cha &amp; Bryant, Journal of Marketing 60(4), 1996): three items
/// rated 1–10 — overall satisfaction, confirmation of expectations, and closeness to an ideal product or service —
/// combined into 0–100.
/// </summary>
/// <remarks>ACSI proper weighs the three items by partial least squares within its structural model; these weights are
/// given (equal by default, or your own via <see cref="Create"/>). All members are thread-safe.</remarks>
public static class CustomerSatisfactionIndex
{
    /// <summary>The item "overall satisfaction".</summary>
    public const string OverallSatisfaction = "Overall satisfaction";

    /// <summary>The item "meets expectations" (expectancy disconfirmation).</summary>
    public const string MeetsExpectations = "Meets expectations";

    /// <summary>The item "compared with an ideal".</summary>
    public const string ComparedWithIdeal = "Compared with ideal";

    /// <summary>The three ACSI items on 1–10 with equal weights.</summary>
    public static WeightedIndex Standard { get; } = Create(1, 1, 1);

    /// <summary>The three ACSI items on 1–10 with the given weights.</summary>
    /// <exception cref="ArgumentException">A weight is not a finite number &gt; 0.</exception>
    public static WeightedIndex Create(double overallSatisfaction, double meetsExpectations, double comparedWithIdeal) =>
        WeightedIndex.Create("Customer satisfaction index", 1, 10,
        [
            IndexItem.Of(OverallSatisfaction, overallSatisfaction),
            IndexItem.Of(MeetsExpectations, meetsExpectations),
            IndexItem.Of(ComparedWithIdeal, comparedWithIdeal),
        ]);
}
