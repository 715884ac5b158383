using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>One period of a pipeline forecast.</summary>
/// <param name="Start">The first month of the period.</param>
/// <param name="Label">"2026-07" for a month, "2026-Q3" for a quarter.</param>
/// <param name="OpenCount">Open opportunities expected to close in the period.</param>
/// <param name="OpenAmount">Their unweighted total.</param>
/// <param name="WeightedAmount">Their total weighted by the stage probabilities: the forecast.</param>
/// <param name="WonAmount">The amount already won with an expected close in the period.</param>
public sealed record PipelinePeriod(YearMonth Start, [property: NotPersonal("a period's label (e.g. 2026-Q3)")] string Label, int OpenCount, Money OpenAmount, Money WeightedAmount, Money WonAmount)
{
    /// <summary>Open opportunities expected to close in the period; &gt;= 0 (checked when built and when read from JSON).</summary>
    public int OpenCount { get; } = Guard.Against.NegativeValue(OpenCount);
}
