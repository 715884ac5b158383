using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics;

/// <summary>
/// One observation of customer acquisition cost: the sales and marketing spend of a campaign, channel or month
/// (<see cref="Money"/>, &gt;= 0) and the new customers it acquired (&gt;= 0).
/// </summary>
/// <remarks>
/// Equality compares spend and customers. <c>default</c> has no currency (<see cref="IsDefault"/>) and is refused by
/// <see cref="AcquisitionCostAccumulator"/>. This type is an immutable value and is thread-safe.
/// </remarks>
[JsonConverter(typeof(AcquisitionSpendJsonConverter))]
public readonly record struct AcquisitionSpend
{
    private AcquisitionSpend(Money spend, long customersAcquired)
    {
        Spend = spend;
        CustomersAcquired = customersAcquired;
    }

    /// <summary>Sales and marketing spend, &gt;= 0.</summary>
    public Money Spend { get; }

    /// <summary>New customers acquired, &gt;= 0.</summary>
    public long CustomersAcquired { get; }

    /// <summary>True for <c>default</c>, which has no currency.</summary>
    public bool IsDefault => Spend.Currency.IsDefault;

    /// <summary>Creates an observation.</summary>
    /// <exception cref="ArgumentException"><paramref name="spend"/> is <c>default</c> (no currency).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The spend or the customer count is negative.</exception>
    public static AcquisitionSpend Of(Money spend, long customersAcquired)
    {
        Guard.Against.NegativeAmount(spend);

        return new AcquisitionSpend(spend, Guard.Against.NegativeValue(customersAcquired));
    }

    /// <summary>Invariant text such as <c>12000 EUR for 40 customers</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Spend} for {CustomersAcquired} customers");
}
