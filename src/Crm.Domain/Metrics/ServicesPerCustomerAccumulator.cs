using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics;

/// <summary>
/// Average number of services per customer: services held / customers, a ratio &gt;= 0 in services per customer.
/// One observation is one customer: the number of services (products, subscriptions) it holds, &gt;= 0.
/// </summary>
/// <remarks>
/// <para>Source: the "average number of services per customer" of the metrics block of Gartner's CRM competency
/// model (a cross-selling and share-of-wallet indicator): the arithmetic mean over customers.</para>
/// <para>The result is a <see cref="Ratio"/> keeping both sums (services / customers); with no customers it has no
/// value ("no data"). <c>default</c> is <see cref="Empty"/>. Equality compares the sums. This type is an immutable
/// value and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(AccumulatorStateJsonConverter<ServicesPerCustomerAccumulator, ServicesPerCustomerAccumulatorState>))]
public readonly record struct ServicesPerCustomerAccumulator
    : IAccumulator<ServicesPerCustomerAccumulator, int, Ratio>,
      IAccumulatorState<ServicesPerCustomerAccumulator, ServicesPerCustomerAccumulatorState>
{
    private ServicesPerCustomerAccumulator(long services, long customers)
    {
        Services = services;
        Count = customers;
    }

    /// <summary>No customers.</summary>
    public static ServicesPerCustomerAccumulator Empty => default;

    /// <summary>The services held by all customers observed.</summary>
    public long Services { get; }

    /// <summary>The customers observed.</summary>
    public long Count { get; }

    /// <summary>Services / customers (no data when there are no customers).</summary>
    public Ratio Result => Ratio.Of(Services, Count);

    /// <summary>The two sums, to persist or ship (see <see cref="ServicesPerCustomerAccumulatorState"/>).</summary>
    public ServicesPerCustomerAccumulatorState ToState() => new(Services, Count);

    /// <summary>Rebuilds an accumulator from its sums.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A sum is negative, or there are services without customers.</exception>
    public static ServicesPerCustomerAccumulator FromState(ServicesPerCustomerAccumulatorState state)
    {
        Guard.Against.NegativeValue(state.Customers);
        Guard.Against.NegativeValue(state.Services);

        // Each customer adds at most int.MaxValue services, and no customers add none.
        return new(Guard.Against.OutsideRange(state.Services, 0L, state.Customers > long.MaxValue / int.MaxValue ? long.MaxValue : state.Customers * int.MaxValue), state.Customers);
    }

    /// <summary>Adds one customer holding <paramref name="services"/> services.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="services"/> is negative.</exception>
    public ServicesPerCustomerAccumulator Add(int services) =>
        new(CountGuards.TotalPlus(Services, Guard.Against.NegativeValue(services), nameof(services)), CountGuards.TotalPlus(Count, 1, nameof(services)));

    /// <summary>Adds a batch of customers (vectorised sum, no allocation).</summary>
    /// <exception cref="ArgumentException">An element is negative; the message names its index and value.</exception>
    public ServicesPerCustomerAccumulator AddRange(ReadOnlySpan<int> observations)
    {
        var sum = SumNonNegative(observations, out var bad);
        if (bad >= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(observations), observations[bad], $"observations[{bad}] must be a count >= 0; it was {observations[bad]}.");
        }

        return new(CountGuards.TotalPlus(Services, sum, nameof(observations)), CountGuards.TotalPlus(Count, observations.Length, nameof(observations)));
    }

    /// <summary>Adds a sequence of customers; forwards to the span batch.</summary>
    public ServicesPerCustomerAccumulator AddRange(IEnumerable<int> observations) =>
        SpanForwarding.Aggregate(this, observations, static (acc, span) => acc.AddRange(span));

    /// <summary>The same as <see cref="AddRange(ReadOnlySpan{int})"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public ServicesPerCustomerAccumulator AddRange(int[] observations) =>
        AddRange(new ReadOnlySpan<int>(Guard.Against.Null(observations)));

    /// <summary>Merges two accumulators by adding their sums.</summary>
    public static ServicesPerCustomerAccumulator Combine(ServicesPerCustomerAccumulator left, ServicesPerCustomerAccumulator right) =>
        new(CountGuards.TotalPlus(left.Services, right.Services, nameof(right)), CountGuards.TotalPlus(left.Count, right.Count, nameof(right)));

    /// <summary>Invariant text such as <c>2.4 services per customer (12/5)</c>.</summary>
    public override string ToString() => Result.HasValue
        ? string.Create(CultureInfo.InvariantCulture, $"{Result.Value:0.##} services per customer ({Services}/{Count})")
        : "services per customer (no data)";

    /// <summary>Merges two accumulators (see <see cref="Combine"/>).</summary>
    public static ServicesPerCustomerAccumulator operator +(ServicesPerCustomerAccumulator left, ServicesPerCustomerAccumulator right) => Combine(left, right);

    /// <summary>Sums the values, widening to 64 bits per block of vectors; <paramref name="bad"/> is the first negative index or −1.</summary>
    private static long SumNonNegative(ReadOnlySpan<int> values, out int bad)
    {
        bad = -1;
        long sum = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<int>.Count)
        {
            var width = Vector<int>.Count;
            ref var start = ref MemoryMarshal.GetReference(values);
            var vectorEnd = values.Length - (values.Length % width);
            var signs = Vector<int>.Zero;
            while (i < vectorEnd)
            {
                // Non-negative ints: 2^32 / 2^31 = 2 additions per 64-bit lane cannot wrap; widening each load keeps it simple.
                var acc = Vector<long>.Zero;
                var blockEnd = Math.Min(vectorEnd, i + (1024 * width));
                for (; i < blockEnd; i += width)
                {
                    var v = Vector.LoadUnsafe(ref start, (nuint)i);
                    signs |= v;
                    Vector.Widen(v, out var low, out var high);
                    acc += low + high;
                }

                sum = CountGuards.TotalPlus(sum, Vector.Sum(acc), nameof(values));
            }

            if (Vector.LessThanAny(signs, Vector<int>.Zero))
            {
                bad = FirstNegative(values);
                return 0;
            }
        }

        for (; i < values.Length; i++)
        {
            if (values[i] < 0)
            {
                bad = i;
                return 0;
            }

            sum += values[i];
        }

        return sum;
    }

    private static int FirstNegative(ReadOnlySpan<int> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < 0)
            {
                return i;
            }
        }

        return -1;
    }
}
