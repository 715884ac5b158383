using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// The scoring kernel of the beta-geometric models (BG/NBD and MBG/NBD): P(alive) and E[Y(t) | x, t_x, T] for four customers at a time in the lanes of a
/// <see cref="Vector256{T}"/>. A single customer is scored as four copies of itself, so every public path (single,
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
internal readonly struct BetaGeometricScoring : ILaneScorer
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
    public BetaGeometricScoring(double r, double alpha, double a, double b, bool canDropAtStart)
    {
        (_r, _alpha, _a, _b) = (r, alpha, a, b);
        _epsilon = a - 1d;
        _aPrime = a + b - 1d - r;
        _canDropAtStart = canDropAtStart;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (Vector256<double> Alive, Vector256<double> Expected) Lanes(Vector256<double> x, Vector256<double> tx, Vector256<double> age, double t, bool wantExpected)
    {
        var one = Vector256<double>.One;
        var baseTime = Vector256.Create(_alpha) + age;

        // P(alive) = 1 / (1 + a/(b+x−1) ((α+T)/(α+t_x))^(r+x)) for x > 0. The power overflows to +∞ only where
        // P(alive) is below 1e-300: 1/(1+∞) = 0 is then the right answer.
        var power = LaneMath.Exp((Vector256.Create(_r) + x) * LaneMath.Log(baseTime / (Vector256.Create(_alpha) + tx)));
        var odds = power * (Vector256.Create(_a) / (Vector256.Create(_b - 1d) + x));
        var alive = _canDropAtStart ? one / (one + odds) : Vector256.ConditionalSelect(Vector256.Equals(x, Vector256<double>.Zero), one, one / (one + odds));
        if (!wantExpected || t == 0d)
        {
            return (alive, Vector256<double>.Zero);
        }

        var tv = Vector256.Create(t);
        var logBase = -LaneMath.Log1P(tv / baseTime);
        var z = tv / (baseTime + tv);
        var y = Vector256.Create(_epsilon) * logBase;
        var expY = LaneMath.Exp(y);
        var phi = _epsilon == 0d ? -logBase : -LaneMath.ExpM1(y, expY) / Vector256.Create(_epsilon);
        var c = Vector256.Create(_a + _b - 1d) + x;
        var lead = c * phi;
        var (sum, largest, converged) = Series(c, z, Vector256.Abs(lead));
        var value = lead - (expY * sum);

        // Lanes whose alternating terms cancelled (or overflowed) are redone one by one by the fallback. The expectation
        // lies in (0, (r+x) t/(α+T)] for t > 0 (above: a customer who never drops out, the Gamma-Poisson mean), so a
        // value outside is cancellation too, whatever the terms' size says (tiny a with z near 1, or r ≫ 1 with tiny α:
        // the largest term sampled is not the series' scale there).
        var ceiling = (Vector256.Create(_r) + x) * tv / baseTime * Vector256.Create(1d + 1e-6);
        var fine = converged
            & Vector256.GreaterThan(value, Vector256<double>.Zero)
            & Vector256.LessThanOrEqual(value, ceiling)
            & Vector256.Equals(value - value, Vector256<double>.Zero)
            & Vector256.LessThanOrEqual(largest, Vector256.Create(1e4) * Vector256.Abs(value));
        if (!Vector256.EqualsAll(fine.AsInt64(), Vector256<long>.AllBitsSet))
        {
            value = Fallback(value, fine, x, age, t);
        }

        return (alive, Vector256.Max(value, Vector256<double>.Zero) * alive);
    }

    /// <summary>Σ_{n≥1} (a+b−1−r)_n (a)_{n−1} / ((c+1)_{n−1} n!) zⁿ per lane, and the largest term's magnitude.</summary>
    /// <remarks>
    /// Division-free: the partial sum is kept as S/D and the current term as N/D, with D = Π (c+j)(j+1); two terms per
    /// step cost a handful of multiplications and the chain through S is one multiply-add per two terms. The
    /// convergence test runs every eighth term, at fixed n, on the lane's own values; a lane's sum is taken (S/D) at
    /// the test that finds it converged, whatever its neighbours still do. Rescaling is by powers of two, which is
    /// exact. A lane's sum therefore never depends on the other lanes.
    /// </remarks>
    private (Vector256<double> Sum, Vector256<double> Largest, Vector256<double> Converged) Series(Vector256<double> c, Vector256<double> z, Vector256<double> absLead)
    {
        // Constants are written at their uses (not held in locals) so that the JIT keeps the loop's state in registers.
        var term = Vector256.Create(_aPrime) * z;
        var sum = term;
        var denominator = Vector256<double>.One;
        var largest = Vector256.Abs(term);
        var done = Vector256.Equals(term, Vector256<double>.Zero);
        var result = sum;
        for (int n = 1; n < MaxTerms; n += 2)
        {
            // Two terms per step. Term ratio (a'+n)(a+n−1) z / ((c+n)(n+1)): the numerator's lane-independent part is
            // scalar.
            var grow1 = Vector256.Create((_aPrime + n) * (_a + n - 1d)) * z;
            var scale1 = (c + Vector256.Create((double)n)) * Vector256.Create(n + 1d);
            var grow = Vector256.Create((_aPrime + n + 1d) * (_a + n)) * z;
            var scale = (c + Vector256.Create(n + 1d)) * Vector256.Create(n + 2d);
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
            var absTerm = Vector256.Abs(term);
            var absGrow = Vector256.Abs(grow);
            largest = Vector256.ConditionalSelect(done, largest, Vector256.Max(largest, absTerm / denominator));
            var converged = Vector256.LessThanOrEqual(absTerm * absGrow, Vector256.Create(Tolerance) * (scale - absGrow) * ((absLead * denominator) + Vector256.Abs(sum)))
                | Vector256.Equals(term, Vector256<double>.Zero)
                | ~Vector256.Equals((sum - sum) + (denominator - denominator), Vector256<double>.Zero);
            var finishing = Vector256.AndNot(converged, done);
            if (!Vector256.EqualsAll(finishing, Vector256<double>.Zero))
            {
                result = Vector256.ConditionalSelect(finishing, sum / denominator, result);
                done |= finishing;
                if (Vector256.EqualsAll(done.AsInt64(), Vector256<long>.AllBitsSet))
                {
                    break;
                }
            }

            // D grows like (n!)²: scale the three together by 2^-512 (exact) before it can overflow.
            var shrink = Vector256.ConditionalSelect(Vector256.GreaterThan(denominator, Vector256.Create(Big)), Vector256.Create(1d / Big), Vector256<double>.One);
            denominator *= shrink;
            sum *= shrink;
            term *= shrink;
        }

        // Lanes still running after MaxTerms (z within ~1e-2 of 1, a window far longer than α + T) are left to the fallback.
        return (Vector256.ConditionalSelect(done, result, sum / denominator), largest, done);
    }

    private Vector256<double> Fallback(Vector256<double> value, Vector256<double> fine, Vector256<double> x, Vector256<double> age, double t)
    {
        Span<double> lanes = stackalloc double[4];
        value.CopyTo(lanes);
        for (int lane = 0; lane < 4; lane++)
        {
            if (fine.GetElement(lane) == 0d)
            {
                lanes[lane] = BetaGeometricExpectation.Fallback(_r, _alpha, _a, _b, (int)x.GetElement(lane), age.GetElement(lane), t);
            }
        }

        return Vector256.Create(lanes[0], lanes[1], lanes[2], lanes[3]);
    }
}
