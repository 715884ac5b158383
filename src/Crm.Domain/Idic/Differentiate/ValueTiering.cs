using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Metrics.Categorisation;
using Crm.Domain.Primitives;

namespace Crm.Domain.Idic.Differentiate;

/// <summary>
/// Differentiates customers by value: Peppers and Rogers' tiers (most valuable, most growable, migrators, below zero)
/// and ABC classes, from any per-customer value (CLV, margin, revenue).
/// </summary>
/// <remarks>
/// <para>Customers are ranked by current value (descending, ties by id). Below zero: current &lt; 0. Most valuable: the
/// first ⌈share·P⌉ of the P customers with current &gt; 0. Most growable: among the others with current ≥ 0 and
/// growth &gt; 0, the first ⌈share·R⌉ by growth (R = that group's size). The rest are migrators. ABC: the customers of
/// positive value are classified by <see cref="AbcClassifier"/> (the one ABC categorisation) under
/// <see cref="ValueTierPolicy.AbcThresholds"/>, in the same ranking; customers with value ≤ 0 are C.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class ValueTiering
{
    /// <summary>Tiers <paramref name="valuations"/>; the result is in input order.</summary>
    /// <exception cref="ArgumentException">Two valuations of the same customer, or a default valuation.</exception>
    public static ImmutableArray<ValueTierAssignment> Assign(IReadOnlyList<CustomerValuation> valuations, ValueTierPolicy? policy = null)
    {
        Guard.Against.Null(valuations);
        policy ??= ValueTierPolicy.Default;
        var n = valuations.Count;
        var seen = new HashSet<CustomerId>(n);
        for (var i = 0; i < n; i++)
        {
            if (valuations[i].CustomerId.IsDefault || !seen.Add(valuations[i].CustomerId))
            {
                throw new ArgumentException($"valuations[{i}] is default or repeats customer {valuations[i].CustomerId}.", nameof(valuations));
            }
        }

        var order = Enumerable.Range(0, n).OrderByDescending(i => valuations[i].Current).ThenBy(i => valuations[i].CustomerId).ToArray();
        var totalPositive = valuations.Where(v => v.Current > 0).Sum(v => v.Current);
        var positives = valuations.Count(v => v.Current > 0);
        var mvcCount = positives == 0 ? 0 : (int)Math.Ceiling(policy.MostValuableShare * positives);
        var tiers = new ValueTier[n];
        var ranks = new int[n];
        var shares = new double[n];
        var abc = new AbcClass[n];
        var classes = AbcClassifier.Create(policy.AbcThresholds)
            .Classify(valuations.Where(v => v.Current > 0).Select(v => ValuedCustomer.Of(v.CustomerId, v.Current)).ToArray());
        var cumulative = 0d;
        for (var r = 0; r < n; r++)
        {
            var i = order[r];
            var v = valuations[i].Current;
            ranks[i] = r + 1;
            if (v > 0)
            {
                cumulative += v;
            }

            shares[i] = totalPositive > 0 ? Math.Min(1d, cumulative / totalPositive) : 0d;
            abc[i] = v > 0 ? classes.ClassOf(valuations[i].CustomerId).GetValueOrDefault(AbcClass.C) : AbcClass.C;
            tiers[i] = v < 0 ? ValueTier.BelowZero : r < mvcCount && v > 0 ? ValueTier.MostValuable : ValueTier.Unassigned;
        }

        var growable = Enumerable.Range(0, n).Where(i => tiers[i] == ValueTier.Unassigned && valuations[i].Growth > 0)
            .OrderByDescending(i => valuations[i].Growth).ThenBy(i => valuations[i].CustomerId).ToArray();
        var mgcCount = (int)Math.Ceiling(policy.MostGrowableShare * growable.Length);
        for (var k = 0; k < mgcCount; k++)
        {
            tiers[growable[k]] = ValueTier.MostGrowable;
        }

        var result = ImmutableArray.CreateBuilder<ValueTierAssignment>(n);
        for (var i = 0; i < n; i++)
        {
            var tier = tiers[i] == ValueTier.Unassigned ? ValueTier.Migrator : tiers[i];
            result.Add(new ValueTierAssignment(valuations[i], tier, abc[i], ranks[i], shares[i], Explain(valuations[i], tier, abc[i], ranks[i], shares[i], n)));
        }

        return result.MoveToImmutable();
    }

    private static string Explain(CustomerValuation v, ValueTier tier, AbcClass abc, int rank, double share, int n)
    {
        var why = tier switch
        {
            ValueTier.BelowZero => "current value below zero",
            ValueTier.MostValuable => "in the top share by current value",
            ValueTier.MostGrowable => string.Create(CultureInfo.InvariantCulture, $"growth {v.Growth:0.##} in the top share by growth"),
            _ => "neither top current value nor top growth",
        };
        return string.Create(CultureInfo.InvariantCulture, $"rank {rank}/{n} by current value {v.Current:0.##}; {why}; class {abc} at cumulative share {share:P1}");
    }
}
