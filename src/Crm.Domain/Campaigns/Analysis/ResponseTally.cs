using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using System.Runtime.InteropServices;
using Crm.Domain.Guards;
using Ardalis.GuardClauses;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Json;

namespace Crm.Domain.Campaigns.Analysis;

/// <summary>
/// The mergeable accumulator of campaign responses: the <see cref="GroupTally"/> of the treated and of the control
/// members, from one <see cref="ResponseOutcome"/> byte per member. Its <see cref="Result"/> is the rates with Wilson
/// intervals and the conversion lift test at 95 %.
/// </summary>
/// <remarks>
/// <para>A commutative monoid: <see cref="Combine"/> adds counts, <see cref="Empty"/> is all zeros, so the tally of a
/// campaign is the <c>Combine</c> of the tallies of any partition of its members (by segment, by shard, by day of
/// processing), exactly.</para>
/// <para>The span path reinterprets the outcomes as bytes and counts each flag, split by the control bit, with
/// <see cref="Vector{T}"/> byte lanes: a lane gains 1 per set flag through a compare-and-subtract, and the byte lanes
/// are widened into the 64-bit totals every 255 vectors, before they can wrap.</para>
/// <para>Persisted or shipped between workers as its <see cref="ResponseTallyState"/> (<see cref="ToState"/>,
/// <see cref="FromState"/>); its JSON is that state's, <c>{"treated":{...},"control":{...}}</c>.</para>
/// <para><c>default</c> equals <see cref="Empty"/>. Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(AccumulatorStateJsonConverter<ResponseTally, ResponseTallyState>))]
public readonly record struct ResponseTally
    : IAccumulator<ResponseTally, ResponseOutcome, ResponseRates>, IAccumulatorState<ResponseTally, ResponseTallyState>
{
    private ResponseTally(GroupTally treated, GroupTally control)
    {
        Treated = treated;
        Control = control;
    }

    /// <summary>The accumulator of no members.</summary>
    public static ResponseTally Empty => default;

    /// <summary>The treated members' counts.</summary>
    public GroupTally Treated { get; }

    /// <summary>The control members' counts.</summary>
    public GroupTally Control { get; }

    /// <summary>The number of members (treated plus control) accumulated.</summary>
    public long Count => Treated.Members + Control.Members;

    /// <summary>The rates and lift at 95 % confidence (see <see cref="ResultAt"/> for another level).</summary>
    public ResponseRates Result => ResponseRates.From(this);

    /// <summary>The two groups' counts, to persist or ship (see <see cref="ResponseTallyState"/>).</summary>
    public ResponseTallyState ToState() => new(Treated, Control);

    /// <summary>Rebuilds a tally from the two groups' counts (each already checked by <see cref="GroupTally"/>: every
    /// count in [0, members]).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The two groups' members add up past <see cref="long.MaxValue"/>.</exception>
    public static ResponseTally FromState(ResponseTallyState state)
    {
        CountGuards.TotalPlus(state.Treated.Members, state.Control.Members, "state.Control.Members");
        return new(state.Treated, state.Control);
    }

    /// <summary>The rates and lift at <paramref name="confidence"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public ResponseRates ResultAt(double confidence) => ResponseRates.From(this, confidence);

    /// <summary>Adds one member's outcome.</summary>
    public ResponseTally Add(ResponseOutcome observation)
    {
        var b = observation.Code;
        var one = new GroupTally(true, 1, b & 1, (b >> 1) & 1, (b >> 2) & 1, (b >> 3) & 1, (b >> 4) & 1, (b >> 5) & 1, (b >> 6) & 1);
        return observation.IsControl ? new ResponseTally(Treated, Control + one) : new ResponseTally(Treated + one, Control);
    }

    /// <summary>Adds a batch of outcomes with vector instructions; equal to adding them one by one.</summary>
    public ResponseTally AddRange(ReadOnlySpan<ResponseOutcome> observations)
    {
        Span<long> all = stackalloc long[8];
        Span<long> control = stackalloc long[8];
        CountFlags(MemoryMarshal.AsBytes(observations), all, control);

        // all[7] counts control members; control[f] counts flag f among control members.
        var controlMembers = all[7];
        var c = new GroupTally(true, controlMembers, control[0], control[1], control[2], control[3], control[4], control[5], control[6]);
        var t = new GroupTally(true, observations.Length - controlMembers, all[0] - control[0], all[1] - control[1], all[2] - control[2], all[3] - control[3], all[4] - control[4], all[5] - control[5], all[6] - control[6]);
        return new ResponseTally(Treated + t, Control + c);
    }

    /// <summary>Adds outcomes from any sequence, through the span path.</summary>
    public ResponseTally AddRange(IEnumerable<ResponseOutcome> observations) =>
        SpanForwarding.Aggregate(this, observations, static (acc, span) => acc.AddRange(span));

    /// <summary>The same as <see cref="AddRange(ReadOnlySpan{ResponseOutcome})"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public ResponseTally AddRange(ResponseOutcome[] observations) =>
        AddRange(new ReadOnlySpan<ResponseOutcome>(Guard.Against.Null(observations)));

    /// <summary>Merges two tallies.</summary>
    public static ResponseTally Combine(ResponseTally left, ResponseTally right) =>
        new(left.Treated + right.Treated, left.Control + right.Control);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"treated: {Treated}; control: {Control}");

    /// <summary>Merges (see <see cref="Combine"/>).</summary>
    public static ResponseTally operator +(ResponseTally left, ResponseTally right) => Combine(left, right);

    /// <summary>all[f] += members with bit f set (f = 0..7); control[f] += control members with bit f set (f = 0..6).</summary>
    internal static void CountFlags(ReadOnlySpan<byte> codes, Span<long> all, Span<long> control)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && codes.Length >= Vector<byte>.Count)
        {
            var vectors = MemoryMarshal.Cast<byte, Vector<byte>>(codes);
            i = vectors.Length * Vector<byte>.Count;
            CountVectors(vectors, all, control);
        }

        for (; i < codes.Length; i++)
        {
            var b = codes[i];
            var isControl = b >> 7;
            for (var f = 0; f < 7; f++)
            {
                var bit = (b >> f) & 1;
                all[f] += bit;
                control[f] += bit & isControl;
            }

            all[7] += isControl;
        }
    }

    private static void CountVectors(ReadOnlySpan<Vector<byte>> vectors, Span<long> all, Span<long> control)
    {
        var m0 = new Vector<byte>(1);
        var m1 = new Vector<byte>(2);
        var m2 = new Vector<byte>(4);
        var m3 = new Vector<byte>(8);
        var m4 = new Vector<byte>(16);
        var m5 = new Vector<byte>(32);
        var m6 = new Vector<byte>(64);
        var m7 = new Vector<byte>(128);
        var v = 0;
        while (v < vectors.Length)
        {
            // Byte lanes wrap at 256: flush to the 64-bit totals at least every 255 vectors.
            var end = Math.Min(vectors.Length, v + 255);
            Vector<byte> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
            Vector<byte> c0 = default, c1 = default, c2 = default, c3 = default, c4 = default, c5 = default, c6 = default;
            for (; v < end; v++)
            {
                var x = vectors[v];
                var ctl = Vector.Equals(x & m7, m7); // 0xFF in control lanes
                a7 -= ctl;

                // Equals gives 0xFF (-1) where the flag is set: subtracting it adds 1.
                var e = Vector.Equals(x & m0, m0);
                a0 -= e;
                c0 -= e & ctl;
                e = Vector.Equals(x & m1, m1);
                a1 -= e;
                c1 -= e & ctl;
                e = Vector.Equals(x & m2, m2);
                a2 -= e;
                c2 -= e & ctl;
                e = Vector.Equals(x & m3, m3);
                a3 -= e;
                c3 -= e & ctl;
                e = Vector.Equals(x & m4, m4);
                a4 -= e;
                c4 -= e & ctl;
                e = Vector.Equals(x & m5, m5);
                a5 -= e;
                c5 -= e & ctl;
                e = Vector.Equals(x & m6, m6);
                a6 -= e;
                c6 -= e & ctl;
            }

            all[0] += SumLanes(a0);
            all[1] += SumLanes(a1);
            all[2] += SumLanes(a2);
            all[3] += SumLanes(a3);
            all[4] += SumLanes(a4);
            all[5] += SumLanes(a5);
            all[6] += SumLanes(a6);
            all[7] += SumLanes(a7);
            control[0] += SumLanes(c0);
            control[1] += SumLanes(c1);
            control[2] += SumLanes(c2);
            control[3] += SumLanes(c3);
            control[4] += SumLanes(c4);
            control[5] += SumLanes(c5);
            control[6] += SumLanes(c6);
        }
    }

    private static long SumLanes(Vector<byte> lanes)
    {
        // Each lane is at most 255; widened pairs at most 510, and at most 64 of them: no ushort overflow.
        Vector.Widen(lanes, out var low, out var high);
        return Vector.Sum(low + high);
    }
}
