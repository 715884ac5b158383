using System.Globalization;
using System.Text.Json.Serialization;
using Crm.Domain.Metrics.Json;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics;

/// <summary>
/// Customer acquisition cost (CAC): total sales and marketing spend / new customers acquired, in money per customer
/// in the spend's currency.
/// </summary>
/// <remarks>
/// With no customers acquired <see cref="HasValue"/> is false and <see cref="CostPerCustomer"/> is null ("no
/// data"); with no spend observed at all <see cref="TotalSpend"/> is null too. The cost is not rounded: round it with
/// <see cref="Money.Round"/> where you display it. <c>default</c> is the empty result. Equality compares the total
/// spend and the customers. This type is an immutable value and is thread-safe.
/// </remarks>
[JsonConverter(typeof(AcquisitionCostResultJsonConverter))]
public readonly record struct AcquisitionCostResult
{
    internal AcquisitionCostResult(Money? totalSpend, long customersAcquired)
    {
        TotalSpend = totalSpend;
        CustomersAcquired = customersAcquired;
    }

    /// <summary>The total sales and marketing spend; null when nothing was observed.</summary>
    public Money? TotalSpend { get; }

    /// <summary>The new customers acquired.</summary>
    public long CustomersAcquired { get; }

    /// <summary>True when at least one customer was acquired.</summary>
    public bool HasValue => CustomersAcquired > 0 && TotalSpend is not null;

    /// <summary>Total spend / customers acquired; null when no customer was acquired.</summary>
    public Money? CostPerCustomer => HasValue ? TotalSpend!.Value / CustomersAcquired : null;

    /// <summary>Invariant text such as <c>CAC 300 EUR (12000 EUR / 40 customers)</c>.</summary>
    public override string ToString() => HasValue
        ? string.Create(CultureInfo.InvariantCulture, $"CAC {CostPerCustomer!.Value.Round(2, MidpointRounding.ToEven)} ({TotalSpend} / {CustomersAcquired} customers)")
        : string.Create(CultureInfo.InvariantCulture, $"CAC (no data: {CustomersAcquired} customers acquired)");
}
