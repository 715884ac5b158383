using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics;

/// <summary>
/// One observation of the cost of keeping customers: the retention spend of a programme, segment or period (loyalty
/// schemes, service recovery, retention offers, account management; <see cref="Money"/>, &gt;= 0) and the customers it
/// kept over that period (&gt;= 0).
/// </summary>
/// <remarks>
/// The companion of <see cref="AcquisitionSpend"/> for CRM-CONCEPTS.md §5e ("acquisition typically 2 to 4 times the
/// annual cost of retention"): observe a year of retention spend to compare with acquisition cost. Equality compares
/// spend and customers. <c>default</c> has no currency (<see cref="IsDefault"/>) and is refused by
/// <see cref="RetentionCostAccumulator"/>. This type is an immutable value and is thread-safe.
/// </remarks>
[JsonConverter(typeof(RetentionSpendJsonConverter))]
public readonly record struct RetentionSpend
{
    // The same two sums as an acquisition observation, so the accumulator reuses AcquisitionCostAccumulator's rules.
    private readonly AcquisitionSpend _sums;

    private RetentionSpend(AcquisitionSpend sums) => _sums = sums;

    /// <summary>Retention spend, &gt;= 0.</summary>
    public Money Spend => _sums.Spend;

    /// <summary>Customers retained, &gt;= 0.</summary>
    public long CustomersRetained => _sums.CustomersAcquired;

    /// <summary>True for <c>default</c>, which has no currency.</summary>
    public bool IsDefault => _sums.IsDefault;

    /// <summary>The same sums as an acquisition observation (for the accumulator that shares its rules).</summary>
    internal AcquisitionSpend Sums => _sums;

    /// <summary>Creates an observation.</summary>
    /// <exception cref="ArgumentException"><paramref name="spend"/> is <c>default</c> (no currency).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The spend or the customer count is negative.</exception>
    public static RetentionSpend Of(Money spend, long customersRetained)
    {
        Guard.Against.NegativeAmount(spend);
        return new(AcquisitionSpend.Of(spend, Guard.Against.NegativeValue(customersRetained)));
    }

    /// <summary>Invariant text such as <c>3000 EUR to retain 40 customers</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Spend} to retain {CustomersRetained} customers");
}
