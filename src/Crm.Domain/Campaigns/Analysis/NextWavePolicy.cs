using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Campaigns.Analysis;

/// <summary>
/// The documented rule that turns a segment's analysis into a next-wave decision: keep, drop or test again.
/// </summary>
/// <remarks>
/// <para>The rule, applied in this order to the conversion lift of treated over control:</para>
/// <list type="number">
/// <item>Either group has fewer than <see cref="MinimumGroupSize"/> members → <see cref="WaveDecision.TestAgain"/>
/// (too few to judge; the normal approximation needs a sample).</item>
/// <item>The two-proportion test is significant (p &lt; <see cref="Alpha"/>) and the uplift positive →
/// <see cref="WaveDecision.Keep"/>, unless <see cref="RequireNonNegativeRoi"/> and the ROI is known and negative →
/// <see cref="WaveDecision.Drop"/> (it works but does not pay).</item>
/// <item>Significant with a negative uplift → <see cref="WaveDecision.Drop"/> (the campaign hurts).</item>
/// <item>Not significant, and the upper bound of the uplift's confidence interval is below
/// <see cref="MinimumUplift"/> → <see cref="WaveDecision.Drop"/> (even the optimistic end is not worth having).</item>
/// <item>Otherwise → <see cref="WaveDecision.TestAgain"/> (inconclusive: a worthwhile lift is still plausible).</item>
/// </list>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class NextWavePolicy
{
    private NextWavePolicy(double alpha, int minimumGroupSize, double minimumUplift, bool requireNonNegativeRoi)
    {
        Alpha = alpha;
        MinimumGroupSize = minimumGroupSize;
        MinimumUplift = minimumUplift;
        RequireNonNegativeRoi = requireNonNegativeRoi;
    }

    /// <summary>α = 0.05, at least 30 members per group, a minimum worthwhile uplift of 0.5 percentage point, ROI must not be negative.</summary>
    public static NextWavePolicy Default { get; } = new(0.05, 30, 0.005, true);

    /// <summary>The significance level of the two-proportion test, in (0, 1).</summary>
    public double Alpha { get; }

    /// <summary>The fewest members each group needs before any decision but "test again" (&gt;= 1).</summary>
    public int MinimumGroupSize { get; }

    /// <summary>The smallest absolute conversion uplift worth having, in rate units (0.005 = half a point), in [0, 1).</summary>
    public double MinimumUplift { get; }

    /// <summary>True when a significant lift with a negative ROI is dropped.</summary>
    public bool RequireNonNegativeRoi { get; }

    /// <summary>Creates a policy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    public static NextWavePolicy Create(double alpha, int minimumGroupSize, double minimumUplift, bool requireNonNegativeRoi)
    {
        Guard.Against.OutsideOpenRange(alpha, 0d, 1d);
        Guard.Against.OutsideRange(minimumGroupSize, 1, int.MaxValue);
        Guard.Against.OutsideRange(minimumUplift, 0d, 0.999999d);
        return new NextWavePolicy(alpha, minimumGroupSize, minimumUplift, requireNonNegativeRoi);
    }

    /// <summary>Decides every segment of <paramref name="analysis"/>, in its segment order.</summary>
    public ImmutableArray<SegmentDecision> Decide(CampaignAnalysis analysis)
    {
        Guard.Against.Null(analysis);
        return [.. analysis.Segments.Select(Decide)];
    }

    /// <summary>Decides one segment.</summary>
    public SegmentDecision Decide(SegmentAnalysis segment)
    {
        Guard.Against.Null(segment);
        var lift = segment.Rates.ConversionLift;
        var t = segment.Tally.Treated.Members;
        var c = segment.Tally.Control.Members;
        if (t < MinimumGroupSize || c < MinimumGroupSize)
        {
            return Make(segment, WaveDecision.TestAgain, $"too few members to judge: treated {t}, control {c}; each group needs at least {MinimumGroupSize}");
        }

        var uplift = lift.Uplift!.Value;
        var evidence = Describe(lift);
        if (lift.IsSignificant(Alpha))
        {
            if (uplift > 0d)
            {
                return RequireNonNegativeRoi && segment.Roi is < 0d
                    ? Make(segment, WaveDecision.Drop, $"significant lift but it does not pay: {evidence}, ROI {Pct(segment.Roi.Value)}")
                    : Make(segment, WaveDecision.Keep, $"significant lift: {evidence}{(segment.Roi is { } roi ? $", ROI {Pct(roi)}" : string.Empty)}");
            }

            return Make(segment, WaveDecision.Drop, $"converts significantly worse than control: {evidence}");
        }

        return lift.UpliftUpper!.Value < MinimumUplift
            ? Make(segment, WaveDecision.Drop, $"no worthwhile lift: {evidence}; even the interval's upper end is below the minimum of {Points(MinimumUplift)}")
            : Make(segment, WaveDecision.TestAgain, $"inconclusive: {evidence}; a lift of {Points(MinimumUplift)} or more is still plausible");
    }

    private static SegmentDecision Make(SegmentAnalysis s, WaveDecision d, string reason) => new(s.Segment, d, reason, s);

    private static string Describe(LiftTest lift) => $"{lift.DescribeUplift()}, {lift.DescribeP()}";

    private static string Points(double rate) => string.Create(CultureInfo.InvariantCulture, $"{rate * 100d:+0.00;-0.00;0.00} pt");

    private static string Pct(double ratio) => string.Create(CultureInfo.InvariantCulture, $"{ratio * 100d:0.#} %");
}
