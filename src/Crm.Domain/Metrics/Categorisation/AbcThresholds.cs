using System.Globalization;
using System.Text.Json.Serialization;

namespace Crm.Domain.Metrics.Categorisation;

/// <summary>
/// The cumulative value shares that close classes A and B of an ABC categorisation: A holds the smallest set of
/// top-ranked customers whose value reaches <see cref="A"/> of the total; B the next customers up to
/// <see cref="B"/>; C the rest. The default is 0.80 / 0.95 (A = top 80 % of value, B = next 15 %, C = last 5 %).
/// </summary>
/// <remarks>Both shares lie in (0, 1] and <c>A &lt; B</c>. Equality compares both. <c>default</c> is not valid
/// (<see cref="IsInitialized"/> is false) and is refused by <see cref="AbcClassifier"/>. Immutable and thread-safe.</remarks>
public readonly record struct AbcThresholds
{
    /// <summary>Creates thresholds (the JSON constructor).</summary>
    /// <exception cref="ArgumentException">A share is outside (0, 1] or not a number, or <paramref name="a"/> is not
    /// below <paramref name="b"/>.</exception>
    [JsonConstructor]
    public AbcThresholds(double a, double b)
    {
        foreach (var (share, name) in new[] { (a, nameof(a)), (b, nameof(b)) })
        {
            if (!(share > 0d && share <= 1d))
            {
                throw new ArgumentOutOfRangeException(name, share, string.Create(CultureInfo.InvariantCulture, $"{name} must be a cumulative value share in (0, 1]; it was {share}."));
            }
        }

        if (a >= b)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Thresholds must be strictly increasing: a ({a}) must be < b ({b})."),
                nameof(b));
        }

        A = a;
        B = b;
    }

    /// <summary>A = top 80 % of value, B = next 15 %, C = the last 5 %.</summary>
    public static AbcThresholds Default => new(0.80, 0.95);

    /// <summary>The cumulative share of value class A reaches (in (0, 1)).</summary>
    public double A { get; }

    /// <summary>The cumulative share of value classes A and B together reach (in (A, 1]).</summary>
    public double B { get; }

    /// <summary>False for <c>default</c>.</summary>
    [JsonIgnore]
    public bool IsInitialized => B > 0d;

    /// <summary>Creates thresholds.</summary>
    /// <exception cref="ArgumentException">A share is outside (0, 1], or <paramref name="a"/> is not below <paramref name="b"/>.</exception>
    public static AbcThresholds Of(double a, double b) => new(a, b);

    /// <summary>Invariant text such as <c>A &lt;= 80 %, B &lt;= 95 %</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"A <= {A * 100:0.##} %, B <= {B * 100:0.##} %");
}
