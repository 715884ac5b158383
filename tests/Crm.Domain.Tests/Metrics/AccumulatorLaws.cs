using Crm.Domain.Metrics;

namespace Crm.Domain.Tests.Metrics;

/// <summary>The laws every accumulator obeys (IAccumulator's remarks), checked on three batches of observations.</summary>
public static class AccumulatorLaws
{
    /// <summary>
    /// Batch equals per item; the IEnumerable path (array, list and a lazy sequence that goes through pooled chunks)
    /// equals the span path; Count counts; Combine is associative and commutative with Empty as identity; the
    /// accumulators of the parts of a split combine to the accumulator of the whole; the result is within bounds.
    /// </summary>
    public static void Hold<TAcc, TObs, TRes>(
        TAcc seed, TObs[] a, TObs[] b, TObs[] c,
        Func<TAcc, IEnumerable<TObs>, TAcc> enumerablePath,
        Func<TRes, bool> withinBounds)
        where TAcc : struct, IAccumulator<TAcc, TObs, TRes>, IEquatable<TAcc>
    {
        var perItem = a.Aggregate(seed, (acc, x) => acc.Add(x));
        var x = seed.AddRange(a);
        Assert.Equal(perItem, x);
        Assert.Equal(x, enumerablePath(seed, a));
        Assert.Equal(x, enumerablePath(seed, a.ToList()));
        Assert.Equal(x, enumerablePath(seed, a.Select(o => o)));
        Assert.Equal(a.Length, x.Count);

        var y = seed.AddRange(b);
        var z = seed.AddRange(c);
        Assert.Equal(TAcc.Combine(TAcc.Combine(x, y), z), TAcc.Combine(x, TAcc.Combine(y, z)));
        Assert.Equal(x + y, y + x);
        Assert.Equal(x, TAcc.Combine(TAcc.Empty, x));
        Assert.Equal(x, TAcc.Combine(x, TAcc.Empty));

        var whole = seed.AddRange([.. a, .. b, .. c]);
        Assert.Equal(whole, x + y + z);
        Assert.Equal(whole, x.AddRange(b).AddRange(c));
        Assert.Equal(a.Length + b.Length + c.Length, whole.Count);

        Assert.True(withinBounds(x.Result), $"result out of bounds: {x.Result}");
        Assert.True(withinBounds(whole.Result), $"result out of bounds: {whole.Result}");
        Assert.True(withinBounds(TAcc.Empty.Result), $"empty result out of bounds: {TAcc.Empty.Result}");
    }

    /// <summary>A rate is either "no data" or a value in [0, 1].</summary>
    public static bool IsRate(Crm.Domain.Primitives.Ratio ratio) =>
        ratio.HasValue ? ratio.Value is >= 0d and <= 1d && ratio.Numerator <= ratio.Denominator : ratio.Value is null;
}
