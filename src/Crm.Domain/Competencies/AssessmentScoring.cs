using System.Buffers;

namespace Crm.Domain.Competencies;

/// <summary>
/// The scoring arithmetic shared by <see cref="Assessment.OverallIndex"/> (allocation-free) and
/// <see cref="MaturityProfile"/>. Kept in one place so the fast path and the explained path cannot drift apart.
/// </summary>
internal static class AssessmentScoring
{
    private const int StackLimit = 256;

    /// <summary>Index points of a mean level: (mean − 1) × 25, in [0, 100].</summary>
    internal static double IndexOf(double meanLevel) => (meanLevel - 1d) * 25d;

    /// <summary>Per criterion ordinal: the sum of the rated levels and the number of ratings.</summary>
    internal static void Accumulate(Assessment assessment, Span<double> sums, Span<int> counts)
    {
        sums.Clear();
        counts.Clear();
        var ratings = assessment.Ratings;
        var ordinals = assessment.Ordinals;
        for (var i = 0; i < ordinals.Length; i++)
        {
            var o = ordinals[i];
            sums[o] += ratings[i].Level.Value;
            counts[o]++;
        }
    }

    /// <summary>The block's weighted mean index over its rated criteria, or null when none is rated.</summary>
    internal static double? BlockIndex(CompetencyFramework framework, int block, ReadOnlySpan<double> sums, ReadOnlySpan<int> counts)
    {
        double numerator = 0, denominator = 0;
        var criteria = framework.Criteria;
        for (var c = framework.BlockStart(block); c < framework.BlockEnd(block); c++)
        {
            if (counts[c] > 0)
            {
                var w = criteria[c].Weight;
                numerator += w * IndexOf(sums[c] / counts[c]);
                denominator += w;
            }
        }

        // Clamp: rounding can push a weighted mean of 100s a hair above 100 (clamping keeps monotonicity).
        return denominator > 0 ? Math.Clamp(numerator / denominator, 0d, 100d) : null;
    }

    /// <summary>The block-weighted mean of the rated blocks' indexes, or null when no block is rated.</summary>
    internal static double? Overall(CompetencyFramework framework, ReadOnlySpan<double> sums, ReadOnlySpan<int> counts)
    {
        double numerator = 0, denominator = 0;
        for (var b = 0; b < framework.BlockCount; b++)
        {
            if (BlockIndex(framework, b, sums, counts) is { } index)
            {
                var w = framework.Blocks[b].Weight;
                numerator += w * index;
                denominator += w;
            }
        }

        return denominator > 0 ? Math.Clamp(numerator / denominator, 0d, 100d) : null;
    }

    internal static double? OverallIndex(Assessment assessment)
    {
        var n = assessment.Framework.CriterionCount;
        if (n <= StackLimit)
        {
            Span<double> sums = stackalloc double[n];
            Span<int> counts = stackalloc int[n];
            Accumulate(assessment, sums, counts);
            return Overall(assessment.Framework, sums, counts);
        }

        var rentedSums = ArrayPool<double>.Shared.Rent(n);
        var rentedCounts = ArrayPool<int>.Shared.Rent(n);
        try
        {
            var sums = rentedSums.AsSpan(0, n);
            var counts = rentedCounts.AsSpan(0, n);
            Accumulate(assessment, sums, counts);
            return Overall(assessment.Framework, sums, counts);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rentedSums);
            ArrayPool<int>.Shared.Return(rentedCounts);
        }
    }
}
