using System.Runtime.CompilerServices;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// Feeds customers to an <see cref="ILaneScorer"/> one vector at a time, at the width chosen once for the process:
/// eight lanes (<see cref="Lane512"/>) where the hardware has AVX-512 and the runtime vectorised log/exp (.NET 9+),
/// else four (<see cref="Lane256"/>; on .NET 8 its log/exp go through <see cref="Math"/> lane by lane, as before).
/// A single customer is scored as a vector of copies of itself, and a batch's tail as one vector padded with copies of
/// its last customer; since a lane's result depends only on its own inputs, batch equals single bit for bit wherever
/// the customer sits (and the two widths give the same bits: see <see cref="ILane{TSelf}"/>).
/// </summary>
internal static class LaneBatch
{
    /// <summary>True when the eight-lane width runs (a JIT-time constant).</summary>
    public static bool Wide
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
#if NET9_0_OR_GREATER
        get => Lane512.IsAccelerated;
#else
        get => false;
#endif
    }

    /// <summary>
    /// Scores one customer as a vector of four copies of itself (<see cref="Lane256"/>, whatever width batches use): the
    /// bits are the same at every width (a tested property), and the narrower vector does half the work where eight
    /// lanes would only repeat the customer (eleventh session: 65 against 84 ns a call with the model's rows built).
    /// </summary>
    public static (double Alive, double Expected) Single<TScorer>(in TScorer scorer, int x, double tx, double age, double t, bool wantExpected)
        where TScorer : struct, ILaneScorer =>
        Single<TScorer, Lane256>(scorer, x, tx, age, t, wantExpected);

    /// <summary>Scores one customer (lane 0 of a vector of equal lanes) at the width <typeparamref name="TLane"/>.</summary>
    // Not inlined: inlined into the models' generic wrappers (CountModels), the kernel's inlined body made those
    // callers too large to optimise well: 131-175 ns a warm single call against 88 ns (eleventh session, BenchmarkDotNet).
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (double Alive, double Expected) Single<TScorer, TLane>(in TScorer scorer, int x, double tx, double age, double t, bool wantExpected)
        where TScorer : struct, ILaneScorer
        where TLane : struct, ILane<TLane>
    {
        var (alive, expected) = scorer.Lanes(TLane.Create(x), TLane.Create(tx), TLane.Create(age), t, wantExpected);
        return (alive.ToScalar(), expected.ToScalar());
    }

    /// <summary>
    /// Scores a batch at the chosen width. Either destination may be empty (not wanted); a non-empty one has the length
    /// of <paramref name="customers"/>.
    /// </summary>
    public static void Run<TScorer>(in TScorer scorer, ReadOnlySpan<CustomerSummary> customers, double t, Span<double> alive, Span<double> expected)
        where TScorer : struct, ILaneScorer
    {
        if (Wide)
        {
            Run<TScorer, Lane512>(scorer, customers, t, alive, expected);
        }
        else
        {
            Run<TScorer, Lane256>(scorer, customers, t, alive, expected);
        }
    }

    /// <summary>Scores a batch at the width <typeparamref name="TLane"/>; see <see cref="Run{TScorer}"/>.</summary>
    public static void Run<TScorer, TLane>(in TScorer scorer, ReadOnlySpan<CustomerSummary> customers, double t, Span<double> alive, Span<double> expected)
        where TScorer : struct, ILaneScorer
        where TLane : struct, ILane<TLane>
    {
        bool wantAlive = !alive.IsEmpty, wantExpected = !expected.IsEmpty;
        int width = TLane.Count;
        if (wantExpected && t > 0d && TaylorAnchors.PaysFor(customers.Length) && NeedsAnchors(scorer))
        {
            using var anchors = TaylorAnchors.Rent();
            Run<TScorer, TLane>(WithAnchors(scorer, anchors), customers, t, alive, expected);
            return;
        }

        Span<double> lanes = stackalloc double[5 * width];
        var xs = lanes[..width];
        var txs = lanes.Slice(width, width);
        var ages = lanes.Slice(2 * width, width);
        for (int i = 0; i < customers.Length; i += width)
        {
            int count = Math.Min(width, customers.Length - i);
            for (int j = 0; j < width; j++)
            {
                // The tail's missing lanes repeat its last customer: real inputs, finite work, results dropped.
                ref readonly var c = ref customers[i + Math.Min(j, count - 1)];
                xs[j] = c.Frequency;
                txs[j] = c.Recency;
                ages[j] = c.Age;
            }

            var (a, e) = scorer.Lanes(TLane.Load(xs), TLane.Load(txs), TLane.Load(ages), t, wantExpected);
            if (count == width)
            {
                if (wantAlive)
                {
                    a.Store(alive.Slice(i, width));
                }

                if (wantExpected)
                {
                    e.Store(expected.Slice(i, width));
                }

                continue;
            }

            var outAlive = lanes.Slice(3 * width, width);
            var outExpected = lanes.Slice(4 * width, width);
            a.Store(outAlive);
            e.Store(outExpected);
            if (wantAlive)
            {
                outAlive[..count].CopyTo(alive.Slice(i, count));
            }

            if (wantExpected)
            {
                outExpected[..count].CopyTo(expected.Slice(i, count));
            }
        }
    }

    /// <summary>Whether the scorer values expectations from Taylor rows and has no table yet (a JIT-time type test).</summary>
    public static bool NeedsAnchors<TScorer>(in TScorer scorer)
        where TScorer : struct, ILaneScorer =>
        typeof(TScorer) == typeof(BetaGeometricScoring) && Unsafe.As<TScorer, BetaGeometricScoring>(ref Unsafe.AsRef(in scorer)).NeedsAnchors;

    /// <summary>The scorer reading and filling <paramref name="anchors"/> (itself for scorers without Taylor rows).</summary>
    public static TScorer WithAnchors<TScorer>(in TScorer scorer, TaylorAnchors anchors)
        where TScorer : struct, ILaneScorer
    {
        if (typeof(TScorer) != typeof(BetaGeometricScoring))
        {
            return scorer;
        }

        var anchored = Unsafe.As<TScorer, BetaGeometricScoring>(ref Unsafe.AsRef(in scorer)).WithAnchors(anchors);
        return Unsafe.As<BetaGeometricScoring, TScorer>(ref anchored);
    }
}
