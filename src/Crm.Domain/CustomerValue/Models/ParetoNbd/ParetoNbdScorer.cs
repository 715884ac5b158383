using System.Runtime.CompilerServices;
using Crm.Domain.CustomerValue.Models.Numerics;

namespace Crm.Domain.CustomerValue.Models.ParetoNbd;

/// <summary>
/// The scoring hot path of the Pareto/NBD: P(alive) and E[Y(t) | history] for a vector of customers at a time, one per lane, at
/// any width (<see cref="ILane{TSelf}"/>), with the per-model constants computed once. A single customer is scored as a
/// vector of copies of itself and every lane's work reads only its own values, so batch and single results are identical bit for bit.
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

    // Above this c (= r+s+x+1) the paired divisor (c+n)(c+n+1) could overflow: such lanes take the general path.
    private const double PairedDivisorLimit = 1e150;

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
    public (TLane Alive, TLane Expected) Lanes<TLane>(TLane x, TLane tx, TLane age, double t, bool wantExpected)
        where TLane : struct, ILane<TLane>
    {
        var alive = ProbabilityAlive(x, tx, age);
        if (!wantExpected || t == 0d)
        {
            return (alive, TLane.Create(0d));
        }

        // E[Y(t) | alive, x, T] = (r+x)(β+T)/(α+T) · (1 − ((β+T)/(β+T+t))^(s−1))/(s−1), continuous at s = 1 (where the
        // last factor is ln(1 + t/(β+T))): one logarithm and one exponential.
        var scale = TLane.Create(beta) + age;
        var logBase = -LaneMath.Log1P(TLane.Create(t) / scale);
        TLane shape;
        if (epsilon == 0d)
        {
            shape = -logBase;
        }
        else
        {
            var u = TLane.Create(epsilon) * logBase;
            shape = -LaneMath.ExpM1(u, TLane.Exp(u)) / TLane.Create(epsilon);
        }

        var givenAlive = (TLane.Create(r) + x) / (TLane.Create(alpha) + age) * scale * shape;
        return (alive, TLane.Min(givenAlive, TLane.Create(double.MaxValue)) * alive);
    }

    /// <summary>P(alive | x, t_x, T) per lane, in [0, 1].</summary>
    private TLane ProbabilityAlive<TLane>(TLane x, TLane tx, TLane age)
        where TLane : struct, ILane<TLane>
    {
        var one = TLane.Create(1d);
        var pivot = TLane.Create(alphaAtLeastBeta ? alpha : beta);
        var zTx = TLane.Create(difference) / (pivot + tx);
        var zAge = TLane.Create(difference) / (pivot + age);
        var rx = TLane.Create(r) + x;
        var a = rx + TLane.Create(s);
        var b = alphaAtLeastBeta ? rx : TLane.Create(s + 1d);
        var c = a + one;

        // One loop sums both series; a lane stops (for good) at the first term its tail bound finds negligible.
        var termTx = one;
        var termAge = one;
        var sumTx = one;
        var sumAge = one;
        var stop = TLane.Create(TailTolerance) * (one - zTx) / zTx;
        var active = TLane.GreaterThan(termTx, stop * sumTx);

        // Two terms per step with one division: q_n = (b+n)/(c+n) and q_(n+1) = (b+n+1)/(c+n+1) share the divisor
        // (c+n)(c+n+1), so q_n = (b+n)(c+n+1)/D and q_(n+1) = (b+n+1)(c+n)/D (the divisions are most of a step's
        // latency). The tail test runs once per step, on the second term, so a lane may add one term past its bound
        // (below 1e-16 of its sum). A lane's sums read only its own values: batch and single still agree bit for bit.
        for (int n = 0; n < MaxTerms && TLane.AnySet(active); n += 2)
        {
            var bn = b + TLane.Create(n);
            var cn = c + TLane.Create(n);
            var bn1 = bn + one;
            var cn1 = cn + one;
            var inverse = one / (cn * cn1);
            var q0 = bn * cn1 * inverse;
            var q1 = bn1 * cn * inverse;
            termTx *= q0 * zTx;
            termAge *= q0 * zAge;
            sumTx += termTx & active;
            sumAge += termAge & active;
            termTx *= q1 * zTx;
            termAge *= q1 * zAge;
            sumTx += termTx & active;
            sumAge += termAge & active;
            active &= TLane.GreaterThan(termTx, stop * sumTx);
        }

        var e = TLane.Exp((rx * TLane.Log((TLane.Create(alpha) + age) / (TLane.Create(alpha) + tx)))
            + (TLane.Create(s) * TLane.Log((TLane.Create(beta) + age) / (TLane.Create(beta) + tx))));
        var k = alphaAtLeastBeta
            ? (e * sumTx) - sumAge
            : (e * ((TLane.Create(alpha) + tx) / (TLane.Create(beta) + tx)) * sumTx) - ((TLane.Create(alpha) + age) / (TLane.Create(beta) + age) * sumAge);

        // A₀ ≥ 0 exactly; a negative difference is rounding when t_x ≈ T.
        var alive = one / (one + (TLane.Create(s) / a * TLane.Max(k, TLane.Create(0d))));
        var atEnd = TLane.GreaterThanOrEqual(tx, age);
        alive = TLane.ConditionalSelect(atEnd, one, alive);

        // Lanes with z_tx > 0.8 (α or β far above the other plus t_x) or a series still running take the general
        // log-space path of the likelihood, one by one; so do lanes whose c is so large that the paired divisor
        // (c+n)(c+n+1) could overflow.
        var slow = TLane.AndNot(TLane.GreaterThan(zTx, TLane.Create(SlowSeries)) | active | TLane.GreaterThan(c, TLane.Create(PairedDivisorLimit)), atEnd);
        return TLane.AnySet(slow) ? Slow(alive, slow, x, tx, age) : alive;
    }

    private TLane Slow<TLane>(TLane alive, TLane slow, TLane x, TLane tx, TLane age)
        where TLane : struct, ILane<TLane>
    {
        Span<double> lanes = stackalloc double[TLane.Count];
        alive.Store(lanes);
        for (int lane = 0; lane < lanes.Length; lane++)
        {
            if (slow.GetElement(lane) != 0d)
            {
                lanes[lane] = ParetoNbdLikelihood.ProbabilityAlive(r, alpha, s, beta, (int)x.GetElement(lane), tx.GetElement(lane), age.GetElement(lane));
            }
        }

        return TLane.Load(lanes);
    }
}
