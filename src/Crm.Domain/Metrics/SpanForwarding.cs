using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;

namespace Crm.Domain.Metrics;

/// <summary>Turns an <see cref="IEnumerable{T}"/> into span batches, so that the enumerable conveniences of the
/// accumulators run the same (vectorised) span path: arrays and lists without copying, anything else in pooled
/// chunks.</summary>
internal static class SpanForwarding
{
    private const int ChunkSize = 4096;

    /// <summary>A span batch step: the accumulator after adding <c>items</c>.</summary>
    internal delegate TAccumulator SpanStep<TAccumulator, T>(TAccumulator accumulator, ReadOnlySpan<T> items);

    /// <summary>Feeds <paramref name="items"/> to <paramref name="step"/> in spans; a null sequence is refused naming
    /// the caller's parameter (<paramref name="parameterName"/>), not this helper's.</summary>
    public static TAccumulator Aggregate<TAccumulator, T>(TAccumulator seed, IEnumerable<T> items, SpanStep<TAccumulator, T> step, [CallerArgumentExpression(nameof(items))] string? parameterName = null)
    {
        Guard.Against.Null(items, parameterName);
        switch (items)
        {
            case T[] array:
                return step(seed, array);
            case List<T> list:
                return step(seed, CollectionsMarshal.AsSpan(list));
        }

        var buffer = ArrayPool<T>.Shared.Rent(ChunkSize);
        try
        {
            var accumulator = seed;
            var n = 0;
            foreach (var item in items)
            {
                buffer[n++] = item;
                if (n == buffer.Length)
                {
                    accumulator = step(accumulator, buffer.AsSpan(0, n));
                    n = 0;
                }
            }

            return n > 0 ? step(accumulator, buffer.AsSpan(0, n)) : accumulator;
        }
        finally
        {
            ArrayPool<T>.Shared.Return(buffer, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }
}
