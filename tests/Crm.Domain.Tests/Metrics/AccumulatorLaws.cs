using Crm.Domain.Metrics;
using Crm.Domain.Serialization;

namespace Crm.Domain.Tests.Metrics;

/// <summary>
/// The laws every accumulator obeys (the remarks of <see cref="IAccumulator{TSelf, TObservation, TResult}"/> and
/// <see cref="IAccumulatorState{TSelf, TState}"/>), checked in one place for all of them on three batches of
/// observations fed to a starting accumulator (an empty one, possibly bound to a scale, a zone or an index
/// definition). Mark the test class with <see cref="AccumulatorLawsForAttribute"/>: a convention test checks that
/// every accumulator of the library is covered.
/// </summary>
public static class AccumulatorLaws
{
    /// <summary>
    /// Asserts: batch equals per item; the IEnumerable path (array, list and a lazy sequence that goes through pooled
    /// chunks) equals the span path; Count counts; Combine is associative and commutative with Empty (and the start)
    /// as identity; the parts of a split combine to the whole; the state round-trips (<c>FromState(x.ToState()) == x</c>,
    /// the accumulator's JSON is its state's JSON, and both JSON round trips give equal values that still combine);
    /// the result is within bounds. Returns true so that it can end an FsCheck property.
    /// </summary>
    public static bool Hold<TAcc, TObs, TRes, TState>(
        TAcc start, TObs[] a, TObs[] b, TObs[] c,
        Func<TAcc, IEnumerable<TObs>, TAcc> enumerablePath,
        Func<TRes, bool>? withinBounds = null)
        where TAcc : struct, IAccumulator<TAcc, TObs, TRes>, IAccumulatorState<TAcc, TState>, IEquatable<TAcc>
        where TState : notnull
    {
        // Batch equals item by item; the IEnumerable path equals the span path.
        var perItem = a.Aggregate(start, (acc, o) => acc.Add(o));
        var x = start.AddRange(a);
        Assert.Equal(perItem, x);
        Assert.Equal(perItem.Result, x.Result);
        Assert.Equal(x, enumerablePath(start, a));
        Assert.Equal(x, enumerablePath(start, a.ToList()));
        Assert.Equal(x, enumerablePath(start, a.Select(o => o)));
        Assert.Equal(a.Length, x.Count);

        // Combine is associative and commutative, and Empty (scale-, zone- or definition-less or not) is its identity.
        var y = start.AddRange(b);
        var z = start.AddRange(c);
        Assert.Equal(TAcc.Combine(TAcc.Combine(x, y), z), TAcc.Combine(x, TAcc.Combine(y, z)));
        Assert.Equal(x + y, y + x);
        Assert.Equal(x, TAcc.Combine(TAcc.Empty, x));
        Assert.Equal(x, TAcc.Combine(x, TAcc.Empty));
        Assert.Equal(x, x + start);

        // The parts of a split combine to one pass over the whole.
        var whole = start.AddRange([.. a, .. b, .. c]);
        Assert.Equal(whole, x + y + z);
        Assert.Equal(whole, x.AddRange(b).AddRange(c));
        Assert.Equal(a.Length + b.Length + c.Length, whole.Count);

        // The state round-trips, in memory and through CrmJson, and what comes back still combines.
        foreach (var acc in new[] { TAcc.Empty, start, x, whole })
        {
            StateRoundTrips<TAcc, TState>(acc);
        }

        var copy = CrmJson.Deserialize<TAcc>(CrmJson.Serialize(x));
        Assert.Equal(whole, copy + y + z);
        Assert.Equal(whole, copy.AddRange(b).AddRange(c));

        if (withinBounds is not null)
        {
            Assert.True(withinBounds(x.Result), $"result out of bounds: {x.Result}");
            Assert.True(withinBounds(whole.Result), $"result out of bounds: {whole.Result}");
        }

        return true;
    }

    /// <summary>Asserts <c>FromState(acc.ToState()) == acc</c>; that the accumulator's JSON is its state's JSON; and that
    /// the accumulator and its state each survive a JSON round trip equal and with the same JSON.</summary>
    public static void StateRoundTrips<TAcc, TState>(TAcc acc)
        where TAcc : struct, IAccumulatorState<TAcc, TState>, IEquatable<TAcc>
        where TState : notnull
    {
        var state = acc.ToState();
        Assert.Equal(acc, TAcc.FromState(state));
        Assert.Equal(state, TAcc.FromState(state).ToState());

        var json = CrmJson.Serialize(acc);
        Assert.Equal(CrmJson.Serialize(state), json);
        var accCopy = CrmJson.Deserialize<TAcc>(json);
        Assert.Equal(acc, accCopy);
        Assert.Equal(json, CrmJson.Serialize(accCopy));
        var stateCopy = CrmJson.Deserialize<TState>(json);
        Assert.Equal(state, stateCopy);
        Assert.Equal(acc, TAcc.FromState(stateCopy));
    }

    /// <summary>
    /// The same laws for a mutable accumulator that merges (a builder: <c>CustomerSummaryBuilder</c>), where equality
    /// is that of a canonical form (<paramref name="canonical"/>: e.g. its state with rows in key order): batch equals
    /// per item, the IEnumerable path equals the span path, the count counts, <paramref name="combine"/> is associative
    /// and commutative with an empty builder as identity and leaves its inputs unchanged, the parts of a split combine
    /// to the whole, and the state round-trips (<c>FromState(x.ToState())</c>, the builder's JSON is its state's JSON,
    /// both JSON round trips) with what comes back still accumulating and combining. Returns true to end a property.
    /// </summary>
    public static bool HoldForBuilder<TAcc, TObs, TState>(
        Func<TAcc> empty, TObs[] a, TObs[] b, TObs[] c,
        Action<TAcc, TObs> add,
        Action<TAcc, TObs[]> addSpan,
        Action<TAcc, IEnumerable<TObs>> addEnumerable,
        Func<TAcc, long> count,
        Func<TAcc, TAcc, TAcc> combine,
        Func<TAcc, string> canonical)
        where TAcc : class, IAccumulatorState<TAcc, TState>
        where TState : notnull
    {
        TAcc Of(TObs[] items)
        {
            var acc = empty();
            addSpan(acc, items);
            return acc;
        }

        // Batch equals item by item; the IEnumerable path equals the span path.
        var perItem = empty();
        foreach (var o in a)
        {
            add(perItem, o);
        }

        var x = Of(a);
        Assert.Equal(canonical(perItem), canonical(x));
        foreach (var items in new[] { a, a.ToList(), a.Select(o => o) })
        {
            var viaEnumerable = empty();
            addEnumerable(viaEnumerable, items);
            Assert.Equal(canonical(x), canonical(viaEnumerable));
        }

        Assert.Equal(a.Length, count(x));

        // Combine is associative and commutative, an empty builder is its identity, and its inputs stay as they were.
        var y = Of(b);
        var z = Of(c);
        var (cx, cy, cz) = (canonical(x), canonical(y), canonical(z));
        Assert.Equal(canonical(combine(combine(x, y), z)), canonical(combine(x, combine(y, z))));
        Assert.Equal(canonical(combine(x, y)), canonical(combine(y, x)));
        Assert.Equal(cx, canonical(combine(empty(), x)));
        Assert.Equal(cx, canonical(combine(x, empty())));
        Assert.Equal((cx, cy, cz), (canonical(x), canonical(y), canonical(z)));

        // The parts of a split combine to one pass over the whole.
        var whole = Of([.. a, .. b, .. c]);
        Assert.Equal(canonical(whole), canonical(combine(combine(x, y), z)));
        Assert.Equal(a.Length + b.Length + c.Length, count(whole));

        // The state round-trips, in memory and through CrmJson, and what comes back still accumulates and combines.
        foreach (var acc in new[] { empty(), x, whole })
        {
            var state = acc.ToState();
            Assert.Equal(canonical(acc), canonical(TAcc.FromState(state)));
            var json = CrmJson.Serialize(acc);
            Assert.Equal(CrmJson.Serialize(state), json);
            Assert.Equal(canonical(acc), canonical(CrmJson.Deserialize<TAcc>(json)));
            Assert.Equal(canonical(acc), canonical(TAcc.FromState(CrmJson.Deserialize<TState>(json))));
        }

        var copy = CrmJson.Deserialize<TAcc>(CrmJson.Serialize(x));
        Assert.Equal(canonical(whole), canonical(combine(combine(copy, y), z)));
        addSpan(copy, [.. b, .. c]);
        Assert.Equal(canonical(whole), canonical(copy));
        return true;
    }

    /// <summary>A rate is either "no data" or a value in [0, 1].</summary>
    public static bool IsRate(Crm.Domain.Primitives.Ratio ratio) =>
        ratio.HasValue ? ratio.Value is >= 0d and <= 1d && ratio.Numerator <= ratio.Denominator : ratio.Value is null;
}
