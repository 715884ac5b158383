using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Crm.Domain.CustomerValue.Models.Numerics;

namespace Crm.Domain.CustomerValue.Models.ParetoNbd;

/// <summary>
/// The scoring hot path of the Pareto/NBD: P(alive) and E[Y(t) | history] for four customers at a time in the lanes of
/// a <see cref="Vector256{T}"/>, with the per-model constants computed once. A single customer is scored as four copies
/// of itself and every lane's work reads only its own values, so batch and single results are identical bit for bit.
/// </summary>
/// <remarks>
/// P(alive) = 1 / (1 + K), K = s/(r+s+x) (α+T)^(r+x) (β+T)^s A₀ (Fader &amp; Hardie 2005 note, eq. 18 and 24). With
/// Euler's transformation 2F1(a, b; a+1; z) = (1−z)^(1−b) 2F1(1, a+1−b; a+1; z) (a = r+s+x) all powers collapse into
/// E = ((α+T)/(α+t_x))^(r+x) ((β+T)/(β+t_x))^s ≥ 1:
/// <code>
/// α ≥ β: K = s/a [E H(z_tx) − H(z_T)],                         z_y = (α−β)/(α+y), H = Σ (r+x)_n/(a+1)_n zⁿ
/// α &lt; β: K = s/a [E w_tx H(z_tx) − w_T H(z_T)], w_y = (α+y)/(β+y), z_y = (β−α)/(β+y), H = Σ (s+1)_n/(a+1)_n zⁿ
/// </code>
/// H has positive terms falling at least as fast as zⁿ, and both series share their coefficients, so one loop with
/// one division per term sums both; a lane stops at its own tail bound while the others go on. Cost: two logarithms and
/// one exponential for E (which overflows to +∞ only when
/// P(alive) is below 1e-308, giving the right limit 0), plus a short loop (z ≈ 0.02–0.1 on CDNOW). For z_tx &gt; 0.8
/// (α or β far above the other plus t_x) the series is slow and the general log-space path of the likelihood is used.
/// </remarks>
internal readonly struct ParetoNbdScorer : ILaneScorer
{
    private const double SlowSeries = 0.8;

    // The series stop when their tail (≤ term z/(1−z), the terms falling at least as fast as zⁿ) is below this
    // fraction of the sum.
    private const double TailTolerance = 1e-16;
    private const int MaxTerms = 4_000;

    private readonly double r;
    private readonly double alpha;
    private readonly double s;
    private readonly double beta;
    private readonly double difference;
    private readonly double epsilon;
    private readonly bool alphaAtLeastBeta;

    public ParetoNbdScorer(double r, double alpha, double s, double beta)
    {
        this.r = r;
        this.alpha = alpha;
        this.s = s;
        this.beta = beta;
        alphaAtLeastBeta = alpha >= beta;
        difference = alphaAtLeastBeta ? alpha - beta : beta - alpha;
        epsilon = s - 1d;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (Vector256<double> Alive, Vector256<double> Expected) Lanes(Vector256<double> x, Vector256<double> tx, Vector256<double> age, double t, bool wantExpected)
    {
        var alive = ProbabilityAlive(x, tx, age);
        if (!wantExpected || t == 0d)
        {
            return (alive, Vector256<double>.Zero);
        }

        // E[Y(t) | alive, x, T] = (r+x)(β+T)/(α+T) · (1 − ((β+T)/(β+T+t))^(s−1))/(s−1), continuous at s = 1 (where the
        // last factor is ln(1 + t/(β+T))): one logarithm and one exponential.
        var scale = Vector256.Create(beta) + age;
        var logBase = -LaneMath.Log1P(Vector256.Create(t) / scale);
        Vector256<double> shape;
        if (epsilon == 0d)
        {
            shape = -logBase;
        }
        else
        {
            var u = Vector256.Create(epsilon) * logBase;
            shape = -LaneMath.ExpM1(u, LaneMath.Exp(u)) / Vector256.Create(epsilon);
        }

        var givenAlive = (Vector256.Create(r) + x) / (Vector256.Create(alpha) + age) * scale * shape;
        return (alive, Vector256.Min(givenAlive, Vector256.Create(double.MaxValue)) * alive);
    }

    /// <summary>P(alive | x, t_x, T) per lane, in [0, 1].</summary>
    private Vector256<double> ProbabilityAlive(Vector256<double> x, Vector256<double> tx, Vector256<double> age)
    {
        var one = Vector256<double>.One;
        var pivot = Vector256.Create(alphaAtLeastBeta ? alpha : beta);
        var zTx = Vector256.Create(difference) / (pivot + tx);
        var zAge = Vector256.Create(difference) / (pivot + age);
        var rx = Vector256.Create(r) + x;
        var a = rx + Vector256.Create(s);
        var b = alphaAtLeastBeta ? rx : Vector256.Create(s + 1d);
        var c = a + one;

        // One loop sums both series; a lane stops (for good) at the first term its tail bound finds negligible.
        var termTx = one;
        var termAge = one;
        var sumTx = one;
        var sumAge = one;
        var stop = Vector256.Create(TailTolerance) * (one - zTx) / zTx;
        var active = Vector256.GreaterThan(termTx, stop * sumTx);
        for (int n = 0; n < MaxTerms && !Vector256.EqualsAll(active, Vector256<double>.Zero); n++)
        {
            var q = (b + Vector256.Create((double)n)) / (c + Vector256.Create((double)n));
            termTx *= q * zTx;
            termAge *= q * zAge;
            sumTx += termTx & active;
            sumAge += termAge & active;
            active &= Vector256.GreaterThan(termTx, stop * sumTx);
        }

        var e = LaneMath.Exp((rx * LaneMath.Log((Vector256.Create(alpha) + age) / (Vector256.Create(alpha) + tx)))
            + (Vector256.Create(s) * LaneMath.Log((Vector256.Create(beta) + age) / (Vector256.Create(beta) + tx))));
        var k = alphaAtLeastBeta
            ? (e * sumTx) - sumAge
            : (e * ((Vector256.Create(alpha) + tx) / (Vector256.Create(beta) + tx)) * sumTx) - ((Vector256.Create(alpha) + age) / (Vector256.Create(beta) + age) * sumAge);

        // A₀ ≥ 0 exactly; a negative difference is rounding when t_x ≈ T.
        var alive = one / (one + (Vector256.Create(s) / a * Vector256.Max(k, Vector256<double>.Zero)));
        alive = Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(tx, age), one, alive);

        // Lanes with z_tx > 0.8 (α or β far above the other plus t_x) or a series still running take the general
        // log-space path of the likelihood, one by one.
        var slow = Vector256.GreaterThan(zTx, Vector256.Create(SlowSeries)) | active;
        slow = Vector256.AndNot(slow, Vector256.GreaterThanOrEqual(tx, age));
        return Vector256.EqualsAll(slow, Vector256<double>.Zero) ? alive : Slow(alive, slow, x, tx, age);
    }

    private Vector256<double> Slow(Vector256<double> alive, Vector256<double> slow, Vector256<double> x, Vector256<double> tx, Vector256<double> age)
    {
        Span<double> lanes = stackalloc double[4];
        alive.CopyTo(lanes);
        for (int lane = 0; lane < 4; lane++)
        {
            if (slow.GetElement(lane) != 0d)
            {
                lanes[lane] = ParetoNbdLikelihood.ProbabilityAlive(r, alpha, s, beta, (int)x.GetElement(lane), tx.GetElement(lane), age.GetElement(lane));
            }
        }

        return Vector256.Create(lanes[0], lanes[1], lanes[2], lanes[3]);
    }
}
