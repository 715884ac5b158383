using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Idic.Identify;

/// <summary>The score thresholds of duplicate detection: at or above <see cref="Same"/> the pair is the same customer;
/// at or above <see cref="Review"/> a person should decide; below, different.</summary>
/// <remarks>0 ≤ Review ≤ Same ≤ 1. Immutable and thread-safe.</remarks>
public sealed class MatchThresholds
{
    private MatchThresholds(double same, double review)
    {
        Same = same;
        Review = review;
    }

    /// <summary>Same at 0.88, review at 0.72: tuned on generated data with typos (see the Idic sample).</summary>
    public static MatchThresholds Default { get; } = new(0.88, 0.72);

    /// <summary>The same-customer threshold, in [0, 1].</summary>
    public double Same { get; }

    /// <summary>The review threshold, in [0, <see cref="Same"/>].</summary>
    public double Review { get; }

    /// <summary>Creates thresholds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold outside [0, 1], or review above same.</exception>
    public static MatchThresholds Create(double same, double review)
    {
        Guard.Against.OutsideRange(same, 0d, 1d);
        Guard.Against.OutsideRange(review, 0d, same);
        return new MatchThresholds(same, review);
    }

    /// <summary>The decision for <paramref name="score"/>.</summary>
    public MatchDecision Decide(double score) =>
        score >= Same ? MatchDecision.Same : score >= Review ? MatchDecision.Review : MatchDecision.Different;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"same >= {Same:0.###}, review >= {Review:0.###}");
}
