using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics.Categorisation;

/// <summary>One customer's place in an ABC categorisation: its rank by value, the cumulative share of value up to and
/// including it, and its class.</summary>
/// <remarks>Built by <see cref="AbcClassifier"/>; <see cref="AbcClassification"/> checks a deserialised list against
/// a fresh classification. Equality compares every member. <c>default</c> is not a real assignment. Immutable and
/// thread-safe.</remarks>
public readonly record struct AbcAssignment
{
    /// <summary>Creates an assignment (the JSON constructor; the ranks and shares are checked against a fresh
    /// classification by <see cref="AbcClassification"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> or <paramref name="cumulativeShare"/> is
    /// NaN or infinite.</exception>
    [JsonConstructor]
    public AbcAssignment(CustomerId customer, double value, int rank, double? cumulativeShare, AbcClass @class)
    {
        Customer = customer;
        Value = Guard.Against.NonFinite(value);
        Rank = rank;
        CumulativeShare = Guard.Against.NonFinite(cumulativeShare);
        Class = @class;
    }

    /// <summary>The customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Its value: a finite number.</summary>
    public double Value { get; }

    /// <summary>1 for the most valuable customer; ties ordered by customer id (ordinal).</summary>
    public int Rank { get; }

    /// <summary>The share of total value of this customer and every higher-ranked one, in [0, 1]; null when the total
    /// value is 0.</summary>
    public double? CumulativeShare { get; }

    /// <summary>Its class.</summary>
    public AbcClass Class { get; }

    /// <summary>Invariant text such as <c>#1 C42: 1250 (41.7 %) A</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"#{Rank} {Customer}: {Value} ({CumulativeShare * 100:0.#} %) {Class}");
}
