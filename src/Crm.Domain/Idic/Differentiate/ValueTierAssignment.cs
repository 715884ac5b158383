using Crm.Domain.Metrics.Categorisation;
using Crm.Domain.Primitives;

namespace Crm.Domain.Idic.Differentiate;

/// <summary>A customer's value tier and ABC class, with the facts behind them and a one-line explanation.</summary>
/// <remarks>Built by <see cref="ValueTiering"/>. Immutable and thread-safe.</remarks>
public sealed class ValueTierAssignment
{
    internal ValueTierAssignment(CustomerValuation valuation, ValueTier tier, AbcClass abc, int rank, double cumulativeShare, string explanation)
    {
        Valuation = valuation;
        Tier = tier;
        Abc = abc;
        Rank = rank;
        CumulativeShare = cumulativeShare;
        Explanation = explanation;
    }

    /// <summary>The customer.</summary>
    public CustomerId CustomerId => Valuation.CustomerId;

    /// <summary>The valuation tiered.</summary>
    public CustomerValuation Valuation { get; }

    /// <summary>The value tier.</summary>
    public ValueTier Tier { get; }

    /// <summary>The ABC class (always A, B or C: every tiered customer is classified).</summary>
    public AbcClass Abc { get; }

    /// <summary>The rank by current value, 1 = highest (ties by id).</summary>
    public int Rank { get; }

    /// <summary>The share of the base's positive value held by this customer and every higher-ranked one, in [0, 1].</summary>
    public double CumulativeShare { get; }

    /// <summary>Why this tier and class.</summary>
    [NotPersonal("generated from the valuation's figures and the tier rules: no text from the customer's record")]
    public string Explanation { get; }

    /// <inheritdoc />
    public override string ToString() => $"{CustomerId}: {Tier}, class {Abc} ({Explanation})";
}
