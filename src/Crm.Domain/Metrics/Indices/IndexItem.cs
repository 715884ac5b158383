using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Metrics.Indices;

/// <summary>One survey item of a <see cref="WeightedIndex"/> (for example "overall satisfaction") and its weight.</summary>
/// <remarks>Weights are relative (only their ratios matter). Equality compares name (ordinal) and weight.
/// <c>default</c> has no name and is refused by <see cref="WeightedIndex"/>. Immutable and thread-safe.</remarks>
public readonly record struct IndexItem
{
    /// <summary>Creates an item (the JSON constructor).</summary>
    /// <exception cref="ArgumentException">The name is blank, or the weight is not a finite number &gt; 0.</exception>
    [JsonConstructor]
    public IndexItem(string name, double weight)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        Weight = Guard.Against.NotStrictlyPositive(weight);
    }

    /// <summary>The item's name (the survey question, shortened).</summary>
    public string Name { get; }

    /// <summary>Its relative weight (&gt; 0).</summary>
    public double Weight { get; }

    /// <summary>Creates an item.</summary>
    /// <exception cref="ArgumentException">The name is blank, or the weight is not a finite number &gt; 0.</exception>
    public static IndexItem Of(string name, double weight = 1d) => new(name, weight);

    /// <summary>Invariant text such as <c>Trust ×1.5</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} x{Weight}");
}
