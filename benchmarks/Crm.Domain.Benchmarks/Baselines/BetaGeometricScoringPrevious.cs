using System.Runtime.CompilerServices;
using Crm.Domain.CustomerValue.Models.Numerics;

namespace Crm.Domain.Benchmarks.Baselines;

/// <summary>
/// The previous scoring kernel of the beta-geometric models, frozen as of performance round 2 (main at 0c4a80b): the
/// benchmarks' baseline row (<c>LaneScoringBenchmarks.BgNbdPrevious</c>) and the tests' bit-for-bit reference for
/// <see cref="BetaGeometricScoring"/>, which computes the same values with fewer divisions and per-model constants
/// taken from a table. Kept beside the benchmarks, not in the library: no path of the library uses it, so in the
/// package it would only be dead weight (and mutants no test of the library could kill); the tests link this file in.
/// The kernel: P(alive) and E[Y(t) | x, t_x, T] for a vector of customers at a time, one per lane, at any width
/// (<see cref="ILane{TSelf}"/>). A single customer is scored as a vector of copies of itself, so every path (single,
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
/// </remarks>
internal readonly struct BetaGeometricScoringPrevious : ILaneScorer
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

    /// <summary>A kernel for the given parameters.</summary>
    /// <param name="r">r of the purchase-rate distribution.</param>
    /// <param name="alpha">α of the purchase-rate distribution.</param>
    /// <param name="a">a of the drop-out distribution.</param>
    /// <param name="b">b of the drop-out distribution (the MBG/NBD passes its b + 1).</param>
    /// <param name="canDropAtStart">
    /// False for the BG/NBD (a customer without repeat purchases is alive); true for the MBG/NBD, whose customers may drop
    /// out right after the first purchase, so that P(alive) has the same form for x = 0 as for x &gt; 0.
    /// </param>
    public BetaGeometricScoringPrevious(double r, double alpha, double a, double b, bool canDropAtStart)
    {
        (_r, _alpha, _a, _b) = (r, alpha, a, b);
        _epsilon = a - 1d;
        _aPrime = a + b - 1d - r;
        _canDropAtStart = canDropAtStart;
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

        var tv = TLane.Create(t);
        var logBase = -LaneMath.Log1P(tv / baseTime);
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
        var ceiling = (TLane.Create(_r) + x) * tv / baseTime * TLane.Create(1d + 1e-6);
        var fine = converged
            & TLane.GreaterThan(value, zero)
            & TLane.LessThanOrEqual(value, ceiling)
            & TLane.Equal(value - value, zero)
            & TLane.LessThanOrEqual(largest, TLane.Create(1e4) * TLane.Abs(value));
        if (!TLane.AllSet(fine))
        {
            value = Fallback(value, fine, x, age, t);
        }

        return (alive, TLane.Max(value, zero) * alive);
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
            // scalar.
            var grow1 = TLane.Create((_aPrime + n) * (_a + n - 1d)) * z;
            var scale1 = (c + TLane.Create((double)n)) * TLane.Create(n + 1d);
            var grow = TLane.Create((_aPrime + n + 1d) * (_a + n)) * z;
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
            largest = TLane.ConditionalSelect(done, largest, TLane.Max(largest, absTerm / denominator));
            var converged = TLane.LessThanOrEqual(absTerm * absGrow, TLane.Create(Tolerance) * (scale - absGrow) * ((absLead * denominator) + TLane.Abs(sum)))
                | TLane.Equal(term, TLane.Create(0d))
                | ~TLane.Equal((sum - sum) + (denominator - denominator), TLane.Create(0d));
            var finishing = TLane.AndNot(converged, done);
            if (TLane.AnySet(finishing))
            {
                result = TLane.ConditionalSelect(finishing, sum / denominator, result);
                done |= finishing;
                if (TLane.AllSet(done))
                {
                    break;
                }
            }

            // D grows like (n!)²: scale the three together by 2^-512 (exact) before it can overflow.
            var shrink = TLane.ConditionalSelect(TLane.GreaterThan(denominator, TLane.Create(Big)), TLane.Create(1d / Big), TLane.Create(1d));
            denominator *= shrink;
            sum *= shrink;
            term *= shrink;
        }

        // Lanes still running after MaxTerms (z within ~1e-2 of 1, a window far longer than α + T) are left to the fallback.
        return (TLane.ConditionalSelect(done, result, sum / denominator), largest, done);
    }

    private TLane Fallback<TLane>(TLane value, TLane fine, TLane x, TLane age, double t)
        where TLane : struct, ILane<TLane>
    {
        Span<double> lanes = stackalloc double[TLane.Count];
        value.Store(lanes);
        for (int lane = 0; lane < lanes.Length; lane++)
        {
            if (fine.GetElement(lane) == 0d)
            {
                lanes[lane] = BetaGeometricExpectation.Fallback(_r, _a, _b, (int)x.GetElement(lane), _alpha + age.GetElement(lane), t);
            }
        }

        return TLane.Load(lanes);
    }
}
