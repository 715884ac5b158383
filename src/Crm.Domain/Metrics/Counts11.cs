using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Metrics;

/// <summary>Eleven 64-bit counts stored inline (no heap allocation), the distribution kept by the rating
/// accumulators: index = answer − lowest answer of the scale.</summary>
[InlineArray(Length)]
internal struct Counts11
{
    /// <summary>The number of counts.</summary>
    public const int Length = 11;

#pragma warning disable IDE0044, IDE0051 // the element field of an inline array is accessed through the indexer
    private long _element0;
#pragma warning restore IDE0044, IDE0051
}

/// <summary>Operations on <see cref="Counts11"/> used by every rating accumulator.</summary>
internal static class CountsOps
{
    public static long Sum(in Counts11 counts)
    {
        long sum = 0;
        foreach (var c in (ReadOnlySpan<long>)counts)
        {
            sum = CountGuards.TotalPlus(sum, c, nameof(counts));
        }

        return sum;
    }

    public static Counts11 Add(in Counts11 left, ReadOnlySpan<long> right)
    {
        var result = left;
        for (var i = 0; i < right.Length; i++)
        {
            result[i] = CountGuards.TotalPlus(result[i], right[i], nameof(right));
        }

        return result;
    }

    public static bool Equal(in Counts11 left, in Counts11 right) =>
        ((ReadOnlySpan<long>)left).SequenceEqual(right);

    public static int Hash(in Counts11 counts)
    {
        var hash = default(HashCode);
        foreach (var c in (ReadOnlySpan<long>)counts)
        {
            hash.Add(c);
        }

        return hash.ToHashCode();
    }

    public static ImmutableArray<long> ToImmutable(in Counts11 counts, int length) =>
        ImmutableArray.Create(((ReadOnlySpan<long>)counts)[..length]);

    /// <summary>
    /// Σ counts[i] × (<paramref name="firstWeight"/> + i) over the first <paramref name="length"/> counts: the sum of
    /// the answers (weights 0–10). Each product is added weight by weight through <see cref="CountGuards.TotalPlus"/>,
    /// so a sum past <see cref="long.MaxValue"/> is an <see cref="ArgumentOutOfRangeException"/> naming
    /// <paramref name="parameterName"/>, never an overflow.
    /// </summary>
    public static long WeightedSum(in Counts11 counts, int length, int firstWeight, string parameterName)
    {
        long sum = 0;
        for (var i = 0; i < length; i++)
        {
            for (var weight = firstWeight + i; weight > 0; weight--)
            {
                sum = CountGuards.TotalPlus(sum, counts[i], parameterName);
            }
        }

        return sum;
    }

    /// <summary>
    /// <paramref name="counts"/>, once their <see cref="WeightedSum"/> is known to fit a 64-bit count: the rating
    /// accumulators keep this invariant (a refused call leaves them unchanged), so that their results' sums and means
    /// never overflow.
    /// </summary>
    public static Counts11 WithinWeightedSum(in Counts11 counts, int length, int firstWeight, string parameterName)
    {
        _ = WeightedSum(counts, length, firstWeight, parameterName);
        return counts;
    }

    /// <summary>Validated copy of stored counts: exactly <paramref name="length"/> of them, none negative, their total
    /// within a 64-bit count.</summary>
    /// <exception cref="ArgumentException">The counts break one of those rules (the message names
    /// <paramref name="parameterName"/>, the value and the range).</exception>
    public static Counts11 From(ImmutableArray<long> counts, int length, string parameterName)
    {
        Guard.Against.WrongLength(counts, length, parameterName);
        Guard.Against.InvalidCounts(counts.AsSpan(), positive: false, parameterName);
        var result = default(Counts11);
        counts.AsSpan().CopyTo(result);
        return result;
    }
}
