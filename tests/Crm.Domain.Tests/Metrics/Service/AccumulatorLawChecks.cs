using Crm.Domain.Metrics;

namespace Crm.Domain.Tests.Metrics.Service;

/// <summary>The accumulator laws of <see cref="IAccumulator{TSelf, TObservation, TResult}"/>, checked on three batches
/// of observations fed to a starting accumulator (an empty one, possibly bound to a zone or an index definition).</summary>
public static class AccumulatorLawChecks
{
    /// <summary>Asserts every law; returns true so that it can end an FsCheck property.</summary>
    public static bool Hold<TAcc, TObs, TResult>(TAcc start, TObs[] a, TObs[] b, TObs[] c, Func<TAcc, IEnumerable<TObs>, TAcc> addEnumerable)
        where TAcc : struct, IAccumulator<TAcc, TObs, TResult>, IEquatable<TAcc>
    {
        var accA = start.AddRange(a);
        var accB = start.AddRange(b);
        var accC = start.AddRange(c);

        // Combine is associative and commutative, and Empty (zone-less or not) is its identity.
        Assert.Equal(TAcc.Combine(TAcc.Combine(accA, accB), accC), TAcc.Combine(accA, TAcc.Combine(accB, accC)));
        Assert.Equal(accA + accB, accB + accA);
        Assert.Equal(accA, TAcc.Empty + accA);
        Assert.Equal(accA, accA + TAcc.Empty);
        Assert.Equal(accA, accA + start);

        // The parts of a split combine to one pass over the whole.
        var whole = start.AddRange([.. a, .. b, .. c]);
        Assert.Equal(whole, accA + accB + accC);
        Assert.Equal(a.Length + b.Length + c.Length, whole.Count);

        // The span batch equals item by item, and the IEnumerable path equals the span path.
        var perItem = a.Aggregate(start, (acc, o) => acc.Add(o));
        Assert.Equal(accA, perItem);
        Assert.Equal(accA, addEnumerable(start, a.Where(_ => true)));
        Assert.Equal(accA.Result, perItem.Result);
        return true;
    }
}
