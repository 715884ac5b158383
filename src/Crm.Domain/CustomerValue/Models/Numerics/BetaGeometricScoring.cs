using System.Runtime.CompilerServices;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// The scoring kernel of the beta-geometric models (BG/NBD and MBG/NBD): P(alive) and E[Y(t) | x, t_x, T] for a vector of customers at a time, one per lane, at
/// any width (<see cref="ILane{TSelf}"/>). A single customer is scored as a vector of copies of itself, so every public path (single,
/// span batch, combined score) computes a customer's values with the same operations in the same order: batch equals
/// single bit for bit, wherever the customer sits in the batch.
/// </summary>
/// <remarks>
/// E[Y(t)] is (a+b+x−1)/(a−1) [1 − ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x−1; z)], z = t/(α+T+t), after Euler's
/// transformation: c φ(a−1, L) − e^((a−1)L) Σ_{n≥1} (a+b−1−r)_n (a)_{n−1} / ((c+1)_{n−1} n!) zⁿ, with c = a+b+x−1 and
/// L = ln((α+T)/(α+T+t)); φ(ε, L) = (1 − e^(εL))/ε. Both pieces are regular at a = 1 and a + b = 1. The series runs
/// per lane until the lane's tail bound falls below 1e-16 of its magnitude; converged lanes are frozen while the
/// others go on. Lanes whose terms cancel badly (r ≫ a + b) fall back to <see cref="BetaGeometricExpectation"/>. The MBG/NBD
/// uses the same kernel with b + 1 (Batislam, Denizel &amp; Filiztekin 2007).
/// <para>Issue 18, tenth session: where a + b − 1 − r ≥ 0 the expectation is read from Taylor rows at fixed anchors
/// τ = k/64 instead (BetaGeometricScoring.Anchors.cs; a batch shares its rows through a <see cref="TaylorAnchors"/>
/// table; single customers and small batches read and fill the model's <see cref="TaylorMemo"/> (eleventh session), or
/// build their rows per vector, about half a microsecond, where there is none yet): the series above then serves only
/// lanes the rows do not reach, and builds the rows' first coefficient. The expectation's bits therefore differ from
/// the series' (within 5e-14 relative on CDNOW-like customers, both within 1.5e-14 of a 40-digit reference);
/// P(alive)'s do not.</para>
/// <para>Issue 18 item 6 (single core): the same bits as the previous kernel (<c>BetaGeometricScoringPrevious</c>, kept
/// in benchmarks/Crm.Domain.Benchmarks/Baselines, checked bit for bit by a property) with less work per vector: the
/// series' lane-independent factors come from a table built once per kernel (<see cref="KernelConstants"/>) instead of
/// scalar arithmetic per term, the largest term is divided out only at checks where a running lane's term can exceed
/// the largest so far (the series usually falls from its first term), the last division of the sum is skipped when
/// every lane converged, and the plausibility ceiling reuses t/(α+T) (a mask bound with 1e-6 slack; the old form
/// rounded differently by an ulp).</para>
/// </remarks>
internal readonly partial struct BetaGeometricScoring : ILaneScorer
{
    private const double Tolerance = 1e-16;
    private const int MaxTerms = 4_000;
    private const double Big = 1.3407807929942597e154; // 2^512

    private readonly double _r;
    private readonly double _alpha;
    private readonly double _a;
    private readonly double _b;
    private readonly double _epsilon;
    private readonly double _aPrime;
    private readonly bool _canDropAtStart;
    private readonly KernelConstants _growth;
    private readonly bool _anchored;
    private readonly TaylorAnchors _anchors;
    private readonly TaylorMemo? _memo;

    /// <summary>A kernel for the given parameters.</summary>
    /// <param name="r">r of the purchase-rate distribution.</param>
    /// <param name="alpha">α of the purchase-rate distribution.</param>
    /// <param name="a">a of the drop-out distribution.</param>
    /// <param name="b">b of the drop-out distribution (the MBG/NBD passes its b + 1).</param>
    /// <param name="canDropAtStart">
    /// False for the BG/NBD (a customer without repeat purchases is alive); true for the MBG/NBD, whose customers may drop
    /// out right after the first purchase, so that P(alive) has the same form for x = 0 as for x &gt; 0.
    /// </param>
    /// <param name="memo">
    /// The model's own Taylor rows (<see cref="TaylorMemo"/>, kept by the model between calls), read and filled where no
    /// batch table is open; null builds those rows per call. Either way the same bits.
    /// </param>
    public BetaGeometricScoring(double r, double alpha, double a, double b, bool canDropAtStart, TaylorMemo? memo = null)
    {
        (_r, _alpha, _a, _b) = (r, alpha, a, b);
        _epsilon = a - 1d;
        _aPrime = a + b - 1d - r;
        _canDropAtStart = canDropAtStart;
        _growth = Growth(_aPrime, a);
        _anchored = RowsApply(r, a, b);
        _memo = _anchored ? memo : null;
    }

    /// <summary>This kernel with a batch's table of Taylor rows (same results; see <see cref="TaylorAnchors"/>).</summary>
    private BetaGeometricScoring(in BetaGeometricScoring source, TaylorAnchors anchors)
    {
        this = source;
        _anchors = anchors;
    }

    /// <summary>
    /// The series' first lane-independent ratio factors, (a′+n)(a+n−1) at n − 1 and (a′+n+1)(a+n) at n for odd n: the
    /// same expressions (same bits) as <see cref="Series{TLane}"/> evaluates beyond the table.
    /// </summary>
    private static KernelConstants Growth(double aPrime, double a)
    {
        var table = default(KernelConstants);
        for (int n = 1; n < KernelConstants.Length; n += 2)
        {
            table[n - 1] = (aPrime + n) * (a + n - 1d);
            table[n] = (aPrime + n + 1d) * (a + n);
        }

        return table;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (TLane Alive, TLane Expected) Lanes<TLane>(TLane x, TLane tx, TLane age, double t, bool wantExpected)
        where TLane : struct, ILane<TLane>
    {
        var one = TLane.Create(1d);
        var zero = TLane.Create(0d);
        var baseTime = TLane.Create(_alpha) + age;

        // P(alive) = 1 / (1 + a/(b+x−1) ((α+T)/(α+t_x))^(r+x)) for x > 0. The power overflows to +∞ only where
        // P(alive) is below 1e-300: 1/(1+∞) = 0 is then the right answer.
        var power = TLane.Exp((TLane.Create(_r) + x) * TLane.Log(baseTime / (TLane.Create(_alpha) + tx)));
        var odds = power * (TLane.Create(_a) / (TLane.Create(_b - 1d) + x));
        var alive = _canDropAtStart ? one / (one + odds) : TLane.ConditionalSelect(TLane.Equal(x, zero), one, one / (one + odds));
        if (!wantExpected || t == 0d)
        {
            return (alive, zero);
        }

        var value = GivenAlive(x, baseTime, TLane.Create(t));
        return (alive, TLane.Max(value, zero) * alive);
    }

    /// <summary>
    /// E[Y(t) | alive, x] per lane, from the Taylor rows where the model and the lane have them, else from the series
    /// (<see cref="Direct{TLane}"/>); lanes whose value fails the plausibility checks are redone by the fallback. The
    /// value depends on t and α + T only through τ = t/(α+T).
    /// </summary>
    /// <param name="x">Repeat purchases per lane.</param>
    /// <param name="baseTime">α + T per lane.</param>
    /// <param name="tv">t per lane (0 &lt; t).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TLane GivenAlive<TLane>(TLane x, TLane baseTime, TLane tv)
        where TLane : struct, ILane<TLane> =>
        GivenAlive(x, baseTime, tv, tv / baseTime);

    /// <summary><see cref="GivenAlive{TLane}(TLane, TLane, TLane)"/> at α + T = 1, t = τ (the same bits, without the division).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TLane GivenAliveAt<TLane>(TLane x, TLane tau)
        where TLane : struct, ILane<TLane> =>
        GivenAlive(x, TLane.Create(1d), tau, tau);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TLane GivenAlive<TLane>(TLane x, TLane baseTime, TLane tv, TLane span)
        where TLane : struct, ILane<TLane>
    {
        if (!_anchored)
        {
            return Direct(x, baseTime, tv, span);
        }

        var value = Anchored(x, span, out var missing);
        var zero = TLane.Create(0d);
        var ceiling = (TLane.Create(_r) + x) * span * TLane.Create(1d + 1e-6);
        var fine = TLane.AndNot(TLane.GreaterThan(value, zero) & TLane.LessThanOrEqual(value, ceiling), missing);
        if (!TLane.AllSet(fine))
        {
            if (TLane.AnySet(missing))
            {
                value = TLane.ConditionalSelect(missing, Direct(x, baseTime, tv, span), value);
            }

            var failed = TLane.AndNot(~fine, missing);
            if (TLane.AnySet(failed))
            {
                value = Fallback(value, ~failed, x, baseTime, tv);
            }
        }

        return value;
    }

    /// <summary>E[Y(t) | alive, x] per lane from the Euler-transformed series (the kernel before the Taylor rows).</summary>
    private TLane Direct<TLane>(TLane x, TLane baseTime, TLane tv, TLane span)
        where TLane : struct, ILane<TLane>
    {
        var zero = TLane.Create(0d);
        var logBase = -LaneMath.Log1P(span);
        var z = tv / (baseTime + tv);
        var y = TLane.Create(_epsilon) * logBase;
        var expY = TLane.Exp(y);
        var phi = _epsilon == 0d ? -logBase : -LaneMath.ExpM1(y, expY) / TLane.Create(_epsilon);
        var c = TLane.Create(_a + _b - 1d) + x;
        var lead = c * phi;
        var (sum, largest, converged) = Series(c, z, TLane.Abs(lead));
        var value = lead - (expY * sum);

        // Lanes whose alternating terms cancelled (or overflowed) are redone one by one by the fallback. The expectation
        // lies in (0, (r+x) t/(α+T)] for t > 0 (above: a customer who never drops out, the Gamma-Poisson mean), so a
        // value outside is cancellation too, whatever the terms' size says (tiny a with z near 1, or r ≫ 1 with tiny α:
        // the largest term sampled is not the series' scale there).
        var ceiling = (TLane.Create(_r) + x) * span * TLane.Create(1d + 1e-6);
        var fine = converged
            & TLane.GreaterThan(value, zero)
            & TLane.LessThanOrEqual(value, ceiling)
            & TLane.Equal(value - value, zero)
            & TLane.LessThanOrEqual(largest, TLane.Create(1e4) * TLane.Abs(value));
        return TLane.AllSet(fine) ? value : Fallback(value, fine, x, baseTime, tv);
    }

    /// <summary>Σ_{n≥1} (a+b−1−r)_n (a)_{n−1} / ((c+1)_{n−1} n!) zⁿ per lane, and the largest term's magnitude.</summary>
    /// <remarks>
    /// Division-free: the partial sum is kept as S/D and the current term as N/D, with D = Π (c+j)(j+1); two terms per
    /// step cost a handful of multiplications and the chain through S is one multiply-add per two terms. The
    /// convergence test runs every eighth term, at fixed n, on the lane's own values; a lane's sum is taken (S/D) at
    /// the test that finds it converged, whatever its neighbours still do. Rescaling is by powers of two, which is
    /// exact. A lane's sum therefore never depends on the other lanes.
    /// </remarks>
    private (TLane Sum, TLane Largest, TLane Converged) Series<TLane>(TLane c, TLane z, TLane absLead)
        where TLane : struct, ILane<TLane>
    {
        // Constants are written at their uses (not held in locals) so that the JIT keeps the loop's state in registers.
        var term = TLane.Create(_aPrime) * z;
        var sum = term;
        var denominator = TLane.Create(1d);
        var largest = TLane.Abs(term);
        var done = TLane.Equal(term, TLane.Create(0d));
        var result = sum;
        for (int n = 1; n < MaxTerms; n += 2)
        {
            // Two terms per step. Term ratio (a'+n)(a+n−1) z / ((c+n)(n+1)): the numerator's lane-independent part is
            // scalar (from the table while it lasts).
            bool tabled = n < KernelConstants.Length;
            var grow1 = TLane.Create(tabled ? _growth[n - 1] : (_aPrime + n) * (_a + n - 1d)) * z;
            var scale1 = (c + TLane.Create((double)n)) * TLane.Create(n + 1d);
            var grow = TLane.Create(tabled ? _growth[n] : (_aPrime + n + 1d) * (_a + n)) * z;
            var scale = (c + TLane.Create(n + 1d)) * TLane.Create(n + 2d);
            var term1 = term * grow1;
            term *= grow1 * grow;
            var step = scale1 * scale;
            denominator *= step;
            sum = (sum * step) + ((term1 * scale) + term);
            if (((n + 1) & 7) != 0)
            {
                continue;
            }

            // Converged when the geometric tail bound |u| q/(1−q), u = N/D, q = grow/scale, is below the tolerance
            // (multiplied out by D and scale), when the terms vanish, or when a value is no longer finite (the
            // fallback then takes over).
            var absTerm = TLane.Abs(term);
            var absGrow = TLane.Abs(grow);
            // The largest term so far: u = N/D needs a division only where a running lane's term may exceed it. Below
            // 0.999 of largest·D the rounded quotient cannot exceed largest, so skipping is exact (NaN and ∞ divide).
            if (TLane.AnySet(TLane.AndNot(~TLane.LessThan(absTerm, largest * denominator * TLane.Create(0.999)), done)))
            {
                largest = TLane.ConditionalSelect(done, largest, TLane.Max(largest, absTerm / denominator));
            }

            var converged = TLane.LessThanOrEqual(absTerm * absGrow, TLane.Create(Tolerance) * (scale - absGrow) * ((absLead * denominator) + TLane.Abs(sum)))
                | TLane.Equal(term, TLane.Create(0d))
                | ~TLane.Equal((sum - sum) + (denominator - denominator), TLane.Create(0d));
            if (LaneMath.Settle(converged, sum, denominator, ref done, ref result))
            {
                break;
            }

            // D grows like (n!)²: scale the three together by 2^-512 (exact) before it can overflow.
            var shrink = TLane.ConditionalSelect(TLane.GreaterThan(denominator, TLane.Create(Big)), TLane.Create(1d / Big), TLane.Create(1d));
            denominator *= shrink;
            sum *= shrink;
            term *= shrink;
        }

        // Lanes still running after MaxTerms (z within ~1e-2 of 1, a window far longer than α + T) are left to the fallback.
        return (TLane.AllSet(done) ? result : TLane.ConditionalSelect(done, result, sum / denominator), largest, done);
    }

    private TLane Fallback<TLane>(TLane value, TLane fine, TLane x, TLane baseTime, TLane tv)
        where TLane : struct, ILane<TLane>
    {
        Span<double> lanes = stackalloc double[TLane.Count];
        value.Store(lanes);
        for (int lane = 0; lane < lanes.Length; lane++)
        {
            if (fine.GetElement(lane) == 0d)
            {
                lanes[lane] = BetaGeometricExpectation.Fallback(_r, _a, _b, (int)x.GetElement(lane), baseTime.GetElement(lane), tv.GetElement(lane));
            }
        }

        return TLane.Load(lanes);
    }
}
