using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Categorisation;

namespace Crm.Domain.Idic.Differentiate;

/// <summary>
/// The cut-offs of value tiering: the share of positive-value customers that are most valuable, the share of the
/// remaining customers that are most growable, and the cumulative value shares closing ABC classes A and B.
/// </summary>
/// <remarks>Shares in (0, 1]; 0 &lt; A &lt; B ≤ 1 (the rule of <see cref="Metrics.Categorisation.AbcThresholds"/>). Immutable and thread-safe.</remarks>
public sealed class ValueTierPolicy
{
    private ValueTierPolicy(double mostValuableShare, double mostGrowableShare, AbcThresholds abcThresholds)
    {
        MostValuableShare = mostValuableShare;
        MostGrowableShare = mostGrowableShare;
        AbcThresholds = abcThresholds;
    }

    /// <summary>Top 20% most valuable, top 20% of the rest most growable, A = 80%, B = 95% of value.</summary>
    public static ValueTierPolicy Default { get; } = new(0.2, 0.2, AbcThresholds.Default);

    /// <summary>The share of positive-value customers in <see cref="ValueTier.MostValuable"/>.</summary>
    public double MostValuableShare { get; }

    /// <summary>The share of the remaining non-negative customers in <see cref="ValueTier.MostGrowable"/>.</summary>
    public double MostGrowableShare { get; }

    /// <summary>The cumulative value share that closes class A.</summary>
    public double ACutoff => AbcThresholds.A;

    /// <summary>The cumulative value share that closes class B.</summary>
    public double BCutoff => AbcThresholds.B;

    /// <summary>
    /// The ABC cut-offs as the ABC categorisation (<see cref="AbcClassifier"/>) takes them: tiering classifies through it,
    /// so a classifier created with these thresholds gives the same classes.
    /// </summary>
    public AbcThresholds AbcThresholds { get; }

    /// <summary>Creates a policy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A share outside (0, 1], or A above B.</exception>
    /// <exception cref="ArgumentException">A equal to B (class B would be empty).</exception>
    public static ValueTierPolicy Create(double mostValuableShare, double mostGrowableShare, double aCutoff, double bCutoff)
    {
        Guard.Against.OutsideRange(mostValuableShare, double.Epsilon, 1d);
        Guard.Against.OutsideRange(mostGrowableShare, double.Epsilon, 1d);
        Guard.Against.OutsideRange(aCutoff, double.Epsilon, 1d);
        Guard.Against.OutsideRange(bCutoff, aCutoff, 1d);
        return new ValueTierPolicy(mostValuableShare, mostGrowableShare, AbcThresholds.Of(aCutoff, bCutoff));
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"MVC top {MostValuableShare:P0}, MGC top {MostGrowableShare:P0}, A <= {ACutoff:P0}, B <= {BCutoff:P0}");
}
