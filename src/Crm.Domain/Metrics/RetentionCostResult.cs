using System.Globalization;
using System.Text.Json.Serialization;
using Crm.Domain.Metrics.Json;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics;

/// <summary>
/// The cost of retaining a customer: total retention spend / customers retained, in money per customer in the spend's
/// currency (the denominator of <see cref="AcquisitionRetentionCostRatio"/>).
/// </summary>
/// <remarks>
/// With no customer retained <see cref="HasValue"/> is false and <see cref="CostPerCustomer"/> is null ("no data");
/// with no spend observed at all <see cref="TotalSpend"/> is null too. The cost is not rounded. <c>default</c> is the
/// empty result. Equality compares the total spend and the customers. This type is an immutable value and is thread-safe.
/// </remarks>
[JsonConverter(typeof(RetentionCostResultJsonConverter))]
public readonly record struct RetentionCostResult
{
    // The same quotient of sums as the acquisition cost: the rules live there once.
    private readonly AcquisitionCostResult _sums;

    internal RetentionCostResult(Money? totalSpend, long customersRetained) => _sums = new AcquisitionCostResult(totalSpend, customersRetained);

    /// <summary>The total retention spend; null when nothing was observed.</summary>
    public Money? TotalSpend => _sums.TotalSpend;

    /// <summary>The customers retained.</summary>
    public long CustomersRetained => _sums.CustomersAcquired;

    /// <summary>True when at least one customer was retained.</summary>
    public bool HasValue => _sums.HasValue;

    /// <summary>Total spend / customers retained; null when no customer was retained.</summary>
    public Money? CostPerCustomer => _sums.CostPerCustomer;

    /// <summary>Invariant text such as <c>Retention cost 75 EUR (3000 EUR / 40 customers)</c>.</summary>
    public override string ToString() => HasValue
        ? string.Create(CultureInfo.InvariantCulture, $"Retention cost {CostPerCustomer!.Value.Round(2, MidpointRounding.ToEven)} ({TotalSpend} / {CustomersRetained} customers)")
        : string.Create(CultureInfo.InvariantCulture, $"Retention cost (no data: {CustomersRetained} customers retained)");
}
