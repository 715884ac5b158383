using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics;

/// <summary>
/// Customer acquisition cost (CAC) = total sales and marketing spend / new customers acquired, in money per customer,
/// over observations of spend and customers (<see cref="AcquisitionSpend"/>) from campaigns, channels or months.
/// </summary>
/// <remarks>
/// <para>Source: the standard CAC definition (e.g. Farris, Bendle, Pfeifer and Reibstein, "Marketing Metrics", 2nd
/// ed., 2010, "average acquisition cost" = acquisition spending / number of customers acquired). The quotient of
/// sums, not the mean of per-campaign quotients, so large campaigns weigh by their customers.</para>
/// <para>All spend must be in one currency: the first observation fixes it; adding or combining another currency
/// throws <see cref="ArgumentException"/> naming both. <see cref="Empty"/> has no currency yet. The result says "no
/// data" when no customer was acquired. <see cref="Count"/> is the number of observations. <c>default</c> is
/// <see cref="Empty"/>. Equality compares total spend, customers and count. This type is an immutable value and is
/// thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(AccumulatorStateJsonConverter<AcquisitionCostAccumulator, AcquisitionCostAccumulatorState>))]
public readonly record struct AcquisitionCostAccumulator
    : IAccumulator<AcquisitionCostAccumulator, AcquisitionSpend, AcquisitionCostResult>,
      IAccumulatorState<AcquisitionCostAccumulator, AcquisitionCostAccumulatorState>
{
    private AcquisitionCostAccumulator(Money? totalSpend, long customersAcquired, long count)
    {
        TotalSpend = totalSpend;
        CustomersAcquired = customersAcquired;
        Count = count;
    }

    /// <summary>No observations, no currency yet.</summary>
    public static AcquisitionCostAccumulator Empty => default;

    /// <summary>The total spend; null before the first observation.</summary>
    public Money? TotalSpend { get; }

    /// <summary>The new customers acquired.</summary>
    public long CustomersAcquired { get; }

    /// <summary>The number of observations.</summary>
    public long Count { get; }

    /// <summary>CAC, or "no data" when no customer was acquired.</summary>
    public AcquisitionCostResult Result => new(TotalSpend, CustomersAcquired);

    /// <summary>The sums, to persist or ship (see <see cref="AcquisitionCostAccumulatorState"/>).</summary>
    public AcquisitionCostAccumulatorState ToState() => new(TotalSpend, CustomersAcquired, Count);

    /// <summary>Rebuilds an accumulator from its sums.</summary>
    /// <exception cref="ArgumentException">A count or the spend is negative, the spend is an uninitialised
    /// <c>default(Money)</c>, or there is a spend without observations (or observations without a spend).</exception>
    public static AcquisitionCostAccumulator FromState(AcquisitionCostAccumulatorState state)
    {
        Guard.Against.NegativeValue(state.CustomersAcquired);
        Guard.Against.NegativeValue(state.Count);
        if (state.TotalSpend is { } spend)
        {
            AcquisitionSpend.Of(spend, state.CustomersAcquired); // same rules as one observation: currency set, spend >= 0
            Guard.Against.NotStrictlyPositive(state.Count);
        }
        else if (state.Count != 0 || state.CustomersAcquired != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(state), state.Count, $"state.Count and state.CustomersAcquired must be 0 when state.TotalSpend is null; they were {state.Count} and {state.CustomersAcquired}.");
        }

        return new(state.TotalSpend, state.CustomersAcquired, state.Count);
    }

    /// <summary>Adds one observation.</summary>
    /// <exception cref="ArgumentException"><paramref name="spend"/> is <c>default</c>, or its currency differs from
    /// the spend already accumulated.</exception>
    public AcquisitionCostAccumulator Add(AcquisitionSpend spend)
    {
        Guard.Against.Uninitialized(spend, !spend.IsDefault);
        return new(Plus(TotalSpend, spend.Spend), CountGuards.TotalPlus(CustomersAcquired, spend.CustomersAcquired, nameof(spend)), CountGuards.TotalPlus(Count, 1, nameof(spend)));
    }

    /// <summary>Adds a batch of observations.</summary>
    /// <exception cref="ArgumentException">An element is <c>default</c> or in another currency; the message names its index.</exception>
    public AcquisitionCostAccumulator AddRange(ReadOnlySpan<AcquisitionSpend> observations) => AddRange(observations, nameof(AcquisitionSpend));

    /// <summary>The batch, with the observation type named in the messages (<see cref="RetentionCostAccumulator"/>
    /// passes its own observations here, viewed as the acquisition observations they wrap).</summary>
    internal AcquisitionCostAccumulator AddRange(ReadOnlySpan<AcquisitionSpend> observations, string observationType)
    {
        if (observations.IsEmpty)
        {
            return this;
        }

        var currency = TotalSpend?.Currency ?? observations[0].Spend.Currency;
        var total = TotalSpend?.Amount ?? 0m;
        var customers = CustomersAcquired;
        for (var i = 0; i < observations.Length; i++)
        {
            var s = observations[i];
            if (s.IsDefault || s.Spend.Currency != currency)
            {
                var what = s.IsDefault ? $"an uninitialised default({observationType})" : $"in {s.Spend.Currency}";
                throw new ArgumentException($"observations[{i}] is {what}; every spend must be in {currency}.", nameof(observations));
            }

            total += s.Spend.Amount;
            customers = CountGuards.TotalPlus(customers, s.CustomersAcquired, nameof(observations));
        }

        return new(Money.Of(total, currency), customers, CountGuards.TotalPlus(Count, observations.Length, nameof(observations)));
    }

    /// <summary>Adds a sequence of observations; forwards to the span batch.</summary>
    public AcquisitionCostAccumulator AddRange(IEnumerable<AcquisitionSpend> observations) =>
        SpanForwarding.Aggregate(this, observations, static (acc, span) => acc.AddRange(span));

    /// <summary>The same as <see cref="AddRange(ReadOnlySpan{AcquisitionSpend})"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public AcquisitionCostAccumulator AddRange(AcquisitionSpend[] observations) =>
        AddRange(new ReadOnlySpan<AcquisitionSpend>(Guard.Against.Null(observations)));

    /// <summary>Merges two accumulators in the same currency by adding spend, customers and counts.</summary>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static AcquisitionCostAccumulator Combine(AcquisitionCostAccumulator left, AcquisitionCostAccumulator right) =>
        right.TotalSpend is { } spend
            ? new(Plus(left.TotalSpend, spend), CountGuards.TotalPlus(left.CustomersAcquired, right.CustomersAcquired, nameof(right)), CountGuards.TotalPlus(left.Count, right.Count, nameof(right)))
            : left;

    /// <summary>The result as text (see <see cref="AcquisitionCostResult.ToString"/>).</summary>
    public override string ToString() => Result.ToString();

    /// <summary>Merges two accumulators (see <see cref="Combine"/>).</summary>
    public static AcquisitionCostAccumulator operator +(AcquisitionCostAccumulator left, AcquisitionCostAccumulator right) => Combine(left, right);

    private static Money Plus(Money? total, Money spend) => total is { } t ? t + spend : spend;
}
