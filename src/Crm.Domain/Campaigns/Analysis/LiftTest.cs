using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Crm.Domain.Campaigns.Analysis;

/// <summary>
/// The lift of a treated group's rate over a control group's, with the pooled two-proportion z-test and a confidence
/// interval for the difference.
/// </summary>
/// <remarks>
/// <para>With p₁ = x₁/n₁ (treated), p₂ = x₂/n₂ (control) and the pooled p = (x₁+x₂)/(n₁+n₂):
/// z = (p₁ − p₂) / √(p(1−p)(1/n₁ + 1/n₂)); the two-sided p-value is 2(1 − Φ(|z|)) = erfc(|z|/√2), computed with
/// Math.NET's <c>SpecialFunctions.Erfc</c> so small p-values keep their precision. The interval of the uplift
/// p₁ − p₂ is the unpooled (Wald) one, (p₁ − p₂) ± z·√(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂), clamped to [−1, 1].</para>
/// <para>Data-dependent absences are nulls, never NaN: rates are null for an empty group; the test (z, p-value) is
/// null when a group is empty or the pooled rate is 0 or 1 (no variance: nothing to test); the relative lift is null
/// when the control rate is 0. The normal approximation wants roughly n·p ≥ 5 in each group; the caller's decision
/// rule should require a minimum group size (see <see cref="NextWavePolicy"/>).</para>
/// <para>Equality compares the counts and the confidence. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct LiftTest : IEquatable<LiftTest>
{
    /// <summary>Creates the test from the two groups' rates (which carry the counts and the confidence).</summary>
    /// <exception cref="ArgumentException">The two estimates have different confidence levels, or one is <c>default</c>.</exception>
    [JsonConstructor]
    public LiftTest(RateEstimate treated, RateEstimate control)
    {
        if (treated.Confidence != control.Confidence || treated.Confidence == 0d)
        {
            throw new ArgumentException($"treated and control must share one confidence level in (0, 1); they were {treated.Confidence} and {control.Confidence}.", nameof(control));
        }

        Treated = treated;
        Control = control;
        long treatedSuccesses = treated.Successes, treatedTrials = treated.Trials, controlSuccesses = control.Successes, controlTrials = control.Trials;
        var confidence = treated.Confidence;
        if (treatedTrials == 0 || controlTrials == 0)
        {
            return;
        }

        double n1 = treatedTrials, n2 = controlTrials;
        var p1 = treatedSuccesses / n1;
        var p2 = controlSuccesses / n2;
        Uplift = p1 - p2;
        RelativeLift = controlSuccesses == 0 ? null : (p1 / p2) - 1d;
        var zq = Normal.InvCDF(0d, 1d, 0.5d + (confidence / 2d));
        var seDiff = Math.Sqrt((p1 * (1d - p1) / n1) + (p2 * (1d - p2) / n2));
        UpliftLower = Math.Max(-1d, Math.Min(p1 - p2, p1 - p2 - (zq * seDiff)));
        UpliftUpper = Math.Min(1d, Math.Max(p1 - p2, p1 - p2 + (zq * seDiff)));
        var pooled = (treatedSuccesses + controlSuccesses) / (n1 + n2);
        if (pooled is > 0d and < 1d)
        {
            var se = Math.Sqrt(pooled * (1d - pooled) * ((1d / n1) + (1d / n2)));
            var z = (p1 - p2) / se;
            ZScore = z;
            PValue = Math.Clamp(SpecialFunctions.Erfc(Math.Abs(z) / Constants.Sqrt2), 0d, 1d);
        }
    }

    /// <summary>The treated group's rate with its Wilson interval.</summary>
    public RateEstimate Treated { get; }

    /// <summary>The control group's rate with its Wilson interval.</summary>
    public RateEstimate Control { get; }

    /// <summary>The confidence level of the intervals, in (0, 1).</summary>
    [JsonIgnore]
    public double Confidence => Treated.Confidence;

    /// <summary>The absolute uplift p₁ − p₂, in rate units (0.01 = one percentage point); null if a group is empty.</summary>
    public double? Uplift { get; }

    /// <summary>The lower bound of the uplift's interval; null if a group is empty.</summary>
    public double? UpliftLower { get; }

    /// <summary>The upper bound of the uplift's interval; null if a group is empty.</summary>
    public double? UpliftUpper { get; }

    /// <summary>The relative lift p₁/p₂ − 1 (0.5 = 50 % more than control); null if a group is empty or p₂ = 0.</summary>
    public double? RelativeLift { get; }

    /// <summary>The pooled z statistic; null when there is nothing to test.</summary>
    public double? ZScore { get; }

    /// <summary>The two-sided p-value in [0, 1]; null when there is nothing to test.</summary>
    public double? PValue { get; }

    /// <exception cref="ArgumentOutOfRangeException">A count is negative, successes exceed trials, or the confidence
    /// is not strictly between 0 and 1.</exception>
    /// <summary>The two-proportion test of <paramref name="treatedSuccesses"/>/<paramref name="treatedTrials"/> against
    /// <paramref name="controlSuccesses"/>/<paramref name="controlTrials"/>.</summary>
    public static LiftTest TwoProportion(long treatedSuccesses, long treatedTrials, long controlSuccesses, long controlTrials, double confidence = 0.95) =>
        new(RateEstimate.Wilson(treatedSuccesses, treatedTrials, confidence), RateEstimate.Wilson(controlSuccesses, controlTrials, confidence));

    /// <summary>True when the p-value exists and is below <paramref name="alpha"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is not strictly between 0 and 1.</exception>
    public bool IsSignificant(double alpha) => PValue < Guard.Against.OutsideOpenRange(alpha, 0d, 1d);

    /// <inheritdoc />
    public bool Equals(LiftTest other) => Treated == other.Treated && Control == other.Control;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LiftTest other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Treated, Control);

    /// <inheritdoc />
    public override string ToString() => Uplift is { } u
        ? string.Create(CultureInfo.InvariantCulture, $"{DescribeUplift()}, z = {ZScore:0.000}, {DescribeP()}")
        : "no data";

    // The one text of the uplift and its interval, shared with NextWavePolicy's reasons: "uplift +2.10 pt [0.40, 3.80]".
    internal string DescribeUplift() =>
        string.Create(CultureInfo.InvariantCulture, $"uplift {Uplift * 100d:+0.00;-0.00;0.00} pt [{UpliftLower * 100d:0.00}, {UpliftUpper * 100d:0.00}]");

    // "p = 0.0123", or "p < 0.0001" rather than a "p = 0.0000" that reads as impossible.
    internal string DescribeP() => PValue switch
    {
        null => "no test (no variance)",
        < 0.0001 => "p < 0.0001",
        { } p => string.Create(CultureInfo.InvariantCulture, $"p = {p:0.0000}"),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(LiftTest left, LiftTest right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(LiftTest left, LiftTest right) => !left.Equals(right);
}
