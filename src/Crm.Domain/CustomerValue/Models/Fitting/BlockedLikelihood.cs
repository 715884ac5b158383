using Crm.Domain.Primitives;

namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>
/// A row-range likelihood summed in the fixed blocks of <see cref="FixedBlocks"/> (8,192 rows, whatever the thread
/// count): each block's value and gradient go to a slot of their own and the slots are added in block order, so a fit
/// gives the same bits at every <see cref="FitOptions.MaxDegreeOfParallelism"/>. With one block (up to 8,192 distinct
/// rows, e.g. CDNOW's 1,016) the sum is the inner likelihood's own, bit for bit.
/// </summary>
internal sealed class BlockedLikelihood : ILikelihood
{
    private readonly IRowRangeLikelihood inner;
    private readonly int parallelism;
    private readonly int blocks;
    private readonly double[] point;
    private readonly double[] slots;

    private BlockedLikelihood(IRowRangeLikelihood inner, int parallelism)
    {
        this.inner = inner;
        this.parallelism = parallelism;
        blocks = FixedBlocks.Count(inner.Rows);
        point = new double[inner.Dimension];
        slots = new double[blocks * (inner.Dimension + 1)];
    }

    public int Dimension => inner.Dimension;

    public double TotalWeight => inner.TotalWeight;

    /// <summary>The likelihood summed in fixed blocks when it can be (<see cref="IRowRangeLikelihood"/>), else itself.</summary>
    public static ILikelihood Wrap(ILikelihood likelihood, int parallelism) =>
        likelihood is IRowRangeLikelihood rows ? new BlockedLikelihood(rows, parallelism) : likelihood;

    public double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        parameters.CopyTo(point);
        int k = Dimension, stride = k + 1;
        FixedBlocks.For(blocks, parallelism, b =>
        {
            var (start, end) = FixedBlocks.Range(b, inner.Rows);
            slots[b * stride] = inner.Evaluate(point, start, end, slots.AsSpan((b * stride) + 1, k));
        });

        double total = 0d;
        gradient.Clear();
        for (int b = 0; b < blocks; b++)
        {
            total += slots[b * stride];
            for (int j = 0; j < k; j++)
            {
                gradient[j] += slots[(b * stride) + 1 + j];
            }
        }

        return total;
    }
}
