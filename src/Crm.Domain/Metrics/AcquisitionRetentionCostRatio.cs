using System.Globalization;
using Crm.Domain.Metrics.Scorecards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics;

/// <summary>
/// How many times more it costs to win a customer than to keep one: acquisition cost per customer
/// (<see cref="AcquisitionCostResult.CostPerCustomer"/>) / retention cost per customer
/// (<see cref="RetentionCostResult.CostPerCustomer"/>), a plain number. CRM-CONCEPTS.md §5e: acquisition typically
/// costs 2 to 4 times the annual cost of retention (<see cref="IsWithinTypicalRange"/>).
/// </summary>
/// <remarks>
/// <para>When either cost has no data, or retaining cost nothing (a zero denominator), <see cref="HasValue"/> is false,
/// <see cref="Value"/> is null and <see cref="NoDataReason"/> says which: never NaN or infinity. Compare costs over the
/// same period length (the source's figure compares acquisition with a year of retention).</para>
/// <para><c>default</c> is the result of two empty accumulators. Equality compares both costs. Immutable and thread-safe.</para>
/// </remarks>
public readonly record struct AcquisitionRetentionCostRatio
{
    private AcquisitionRetentionCostRatio(Money? acquisitionCost, Money? retentionCost)
    {
        AcquisitionCostPerCustomer = acquisitionCost;
        RetentionCostPerCustomer = retentionCost;
    }

    /// <summary>The lower bound of the typical range (acquisition costs twice retention).</summary>
    public const double TypicalLow = 2d;

    /// <summary>The upper bound of the typical range (acquisition costs four times retention).</summary>
    public const double TypicalHigh = 4d;

    /// <summary>The acquisition cost per new customer; null when no customer was acquired.</summary>
    public Money? AcquisitionCostPerCustomer { get; }

    /// <summary>The retention cost per retained customer; null when no customer was retained.</summary>
    public Money? RetentionCostPerCustomer { get; }

    /// <summary>True when both costs are known and retaining cost more than nothing.</summary>
    public bool HasValue => NoDataReason is null;

    /// <summary>Acquisition cost / retention cost per customer (&gt;= 0, finite); null when <see cref="HasValue"/> is false.</summary>
    public double? Value => HasValue ? (double)AcquisitionCostPerCustomer!.Value.Amount / (double)RetentionCostPerCustomer!.Value.Amount : null;

    /// <summary>Why there is no value (no acquisition data, no retention data, or a zero retention cost); null when there is one.</summary>
    public string? NoDataReason =>
        AcquisitionCostPerCustomer is null ? "no customer acquired"
        : RetentionCostPerCustomer is null ? "no customer retained"
        : RetentionCostPerCustomer.Value.Amount == 0m ? "retention cost nothing (a zero denominator)"
        : null;

    /// <summary>True when the ratio lies in the source's typical range, <see cref="TypicalLow"/> to <see cref="TypicalHigh"/> inclusive.</summary>
    public bool IsWithinTypicalRange => Value is >= TypicalLow and <= TypicalHigh;

    /// <summary>The ratio of two results in one currency.</summary>
    /// <exception cref="ArgumentException">Both costs are known and in different currencies.</exception>
    public static AcquisitionRetentionCostRatio Of(AcquisitionCostResult acquisition, RetentionCostResult retention)
    {
        var a = acquisition.CostPerCustomer;
        var r = retention.CostPerCustomer;
        if (a is { } ac && r is { } rc && ac.Currency != rc.Currency)
        {
            throw new ArgumentException($"retention must be in the acquisition cost's currency ({ac.Currency}); it was in {rc.Currency}.", nameof(retention));
        }

        return new(a, r);
    }

    /// <summary>The ratio of two accumulators' results (see <see cref="Of(AcquisitionCostResult, RetentionCostResult)"/>).</summary>
    /// <exception cref="ArgumentException">Both costs are known and in different currencies.</exception>
    public static AcquisitionRetentionCostRatio Of(AcquisitionCostAccumulator acquisition, RetentionCostAccumulator retention) =>
        Of(acquisition.Result, retention.Result);

    /// <summary>The ratio as a scorecard value (<see cref="KpiUnit.Number"/>), with the reason as its detail when there is no value.</summary>
    public KpiValue ToKpiValue() => KpiValue.Of(Value, NoDataReason);

    /// <summary>Invariant text such as <c>Acquisition/retention cost 4 (300 EUR / 75 EUR)</c>, or the reason there is no value.</summary>
    public override string ToString() => Value is { } v
        ? string.Create(CultureInfo.InvariantCulture, $"Acquisition/retention cost {v:0.###} ({AcquisitionCostPerCustomer!.Value.Round(2, MidpointRounding.ToEven)} / {RetentionCostPerCustomer!.Value.Round(2, MidpointRounding.ToEven)})")
        : $"Acquisition/retention cost (no data: {NoDataReason})";
}
