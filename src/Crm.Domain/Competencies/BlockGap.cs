using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Competencies;

/// <summary>The gap of one block in a <see cref="GapAnalysis"/>.</summary>
/// <param name="BlockId">The block.</param>
/// <param name="Title">Its title.</param>
/// <param name="CurrentIndex">The block's current index (0–100), or null when none of its criteria is rated.</param>
/// <param name="TargetIndex">The block's index if every criterion reached its target (0–100).</param>
/// <param name="Gap">Index points still to climb in the block: max(0, target − current), an unrated block counting
/// as 0.</param>
/// <param name="WeightedGap">The sum of the block's criteria's <see cref="CriterionGap.WeightedGap"/>: overall-index
/// points at stake in this block.</param>
/// <remarks>A result row: immutable, value equality.</remarks>
public sealed record BlockGap(string BlockId, string Title, double? CurrentIndex, double TargetIndex, double Gap, double WeightedGap)
{
    /// <summary>The block's current index (0–100, finite), or null when none of its criteria is rated.</summary>
    public double? CurrentIndex { get; init => field = Guard.Against.NonFinite(value, nameof(CurrentIndex)); } = Guard.Against.NonFinite(CurrentIndex);

    /// <summary>The block's index if every criterion reached its target (0–100, finite).</summary>
    public double TargetIndex { get; init => field = Guard.Against.NonFinite(value, nameof(TargetIndex)); } = Guard.Against.NonFinite(TargetIndex);

    /// <summary>Index points still to climb in the block, a finite number &gt;= 0.</summary>
    public double Gap { get; init => field = Guard.Against.NonFinite(value, nameof(Gap)); } = Guard.Against.NonFinite(Gap);

    /// <summary>Overall-index points at stake in this block, a finite number &gt;= 0.</summary>
    public double WeightedGap { get; init => field = Guard.Against.NonFinite(value, nameof(WeightedGap)); } = Guard.Against.NonFinite(WeightedGap);
}
