using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics.Categorisation;

/// <summary>
/// Customer categorisation (Gartner CRM competency model, metrics block: "customer categorisation"): ABC classes by
/// cumulative share of value, the Pareto-style tiering of a customer base.
/// </summary>
/// <remarks>
/// <para><b>Definition</b>: rank customers by value, descending; ties are broken by customer id, ordinal ascending, so
/// the result never depends on input order. Walking down the ranking with <c>before</c> = the value of all
/// higher-ranked customers and <c>T</c> = the total, a customer is A while <c>before &lt; A·T</c>, B while
/// <c>before &lt; B·T</c>, else C. So A is the smallest top set reaching the A share (the customer that crosses
/// the line is A), B likewise up to the B share, and customers of zero value are always C. With a total of 0 every
/// customer is C. <b>Unit</b>: class per customer; shares are fractions of total value. Shares are sums of
/// <see cref="double"/>s: a customer exactly on a boundary may fall either side by rounding.</para>
/// <para>Not an accumulator: classes depend on the whole base, so classify the merged values. Cost: one sort
/// (O(n log n)) and the result arrays. Immutable and thread-safe.</para>
/// </remarks>
public sealed class AbcClassifier
{
    private AbcClassifier(AbcThresholds thresholds) => Thresholds = thresholds;

    /// <summary>The classifier with the default thresholds (80 % / 95 %).</summary>
    public static AbcClassifier Default { get; } = new(AbcThresholds.Default);

    /// <summary>The thresholds.</summary>
    public AbcThresholds Thresholds { get; }

    /// <summary>A classifier with the given thresholds.</summary>
    /// <exception cref="ArgumentException"><paramref name="thresholds"/> is default.</exception>
    public static AbcClassifier Create(AbcThresholds thresholds)
    {
        Guard.Against.Uninitialized(thresholds, thresholds.IsInitialized);
        return new AbcClassifier(thresholds);
    }

    /// <summary>A classifier with thresholds <paramref name="a"/> and <paramref name="b"/> (see <see cref="AbcThresholds"/>).</summary>
    /// <exception cref="ArgumentException">A share is outside (0, 1], or <paramref name="a"/> is not below <paramref name="b"/>.</exception>
    public static AbcClassifier Create(double a, double b) => new(AbcThresholds.Of(a, b));

    /// <summary>Classifies customers.</summary>
    /// <exception cref="ArgumentException">A customer is default or appears twice.</exception>
    public AbcClassification Classify(ReadOnlySpan<ValuedCustomer> customers) =>
        new(Thresholds, Assign(customers), trusted: true);

    /// <summary>Classifies customers (forwards to the span overload).</summary>
    /// <exception cref="ArgumentException">A customer is default or appears twice.</exception>
    public AbcClassification Classify(IEnumerable<ValuedCustomer> customers)
    {
        Guard.Against.Null(customers);
        return Classify(customers as ValuedCustomer[] ?? [.. customers]);
    }

    /// <summary>The same as <see cref="Classify(ReadOnlySpan{ValuedCustomer})"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is <see langword="null"/>.</exception>
    public AbcClassification Classify(ValuedCustomer[] customers) =>
        Classify(new ReadOnlySpan<ValuedCustomer>(Guard.Against.Null(customers)));

    internal ImmutableArray<AbcAssignment> Assign(ReadOnlySpan<ValuedCustomer> customers)
    {
        var ranked = customers.ToArray();
        var seen = new HashSet<CustomerId>(ranked.Length);
        var total = 0d;
        foreach (var c in ranked)
        {
            Guard.Against.Uninitialized(c, !c.Customer.IsDefault, nameof(customers));
            if (!seen.Add(c.Customer))
            {
                throw new ArgumentException($"customers must be unique; '{c.Customer}' appears twice (sum its values first).", nameof(customers));
            }

            total += c.Value;
        }

        Array.Sort(ranked, static (x, y) =>
        {
            var byValue = y.Value.CompareTo(x.Value);
            return byValue != 0 ? byValue : string.CompareOrdinal(x.Customer.Value, y.Customer.Value);
        });

        // Values near double.MaxValue add up to +∞ (and every share to NaN): then shares are counted in units of the largest value.
        (var unit, total) = ShareUnits.Of<ValuedCustomer>(ranked, total, ranked.Length == 0 ? 0d : ranked[0].Value, static c => c.Value);

        var result = ImmutableArray.CreateBuilder<AbcAssignment>(ranked.Length);
        var before = 0d;
        for (var i = 0; i < ranked.Length; i++)
        {
            var c = ranked[i];
            var abc = before < Thresholds.A * total ? AbcClass.A : before < Thresholds.B * total ? AbcClass.B : AbcClass.C;
            before += c.Value / unit;
            result.Add(new AbcAssignment(c.Customer, c.Value, i + 1, total > 0 ? Math.Min(1d, before / total) : null, abc));
        }

        return result.MoveToImmutable();
    }
}
