using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.Numerics;
using Crm.Domain.Primitives;

namespace Crm.Domain.CustomerValue.Models.BgNbd;

/// <summary>
/// The BG/NBD log-likelihood of <see cref="BgNbdLikelihood"/> and its gradient in one vectorised pass over rows
/// grouped by x: everything that depends on x alone is computed once per group, and a row costs two logarithms (ln(α+T),
/// ln(α+t_x)), one exponential, one more logarithm and two divisions (one logarithm and one division when x = 0).
/// </summary>
/// <remarks>
/// <para>Per row, with d = ln a − ln(b+x−1) + (r+x)(ln(α+T) − ln(α+t_x)) = A2 − A1, ln(e^A1 + e^A2) = A1 + softplus(d) and
/// the gradient's weights are w2 = σ(d), w1 = 1 − w2. So a block of rows only needs five sums —
/// Σ w ln(α+T), Σ w softplus(d), Σ w w2, Σ w w2 (ln(α+T) − ln(α+t_x)), Σ w (w1/(α+T) + w2/(α+t_x)) — and the
/// per-x terms multiply the group's weight. For x = 0 the row reduces to r ln α − r ln(α+T).</para>
/// <para>The Hessian (<see cref="IHessianLikelihood"/>) needs seven more sums per block and no further logarithm or
/// exponential. With u = 1/(α+T), v = 1/(α+t_x), δ = u − v, σ = w2, σ' = σ(1 − σ) = w1 w2 (the derivative of σ),
/// ū = w1 u + w2 v and c = 1/(b+x−1), the derivatives of d are ∂d/∂r = diff, ∂d/∂α = (r+x) δ, ∂d/∂a = 1/a,
/// ∂d/∂b = −c, and one row (x &gt; 0) contributes
/// <code>
/// H_rr = ψ₁(r+x) − ψ₁(r) + σ' diff²
/// H_rα = 1/α − ū + (r+x) σ' diff δ
/// H_ra = σ' diff / a                       H_rb = −c σ' diff
/// H_αα = −r/α² + (r+x)(w1 u² + w2 v²) + (r+x)² σ' δ²
/// H_αa = (r+x) σ' δ / a                    H_αb = −c (r+x) σ' δ
/// H_aa = ψ₁(a+b) − ψ₁(a+b+x) + (σ' − σ)/a²
/// H_ab = ψ₁(a+b) − ψ₁(a+b+x) − c σ' / a
/// H_bb = ψ₁(b+x) − ψ₁(b) + ψ₁(a+b) − ψ₁(a+b+x) + c² (σ + σ')
/// </code>
/// (from ∂ū/∂α = −(w1 u² + w2 v²) − (r+x) σ' δ² and ∂c/∂b = −c²); a row with x = 0 only has H_rα = 1/α − u and
/// H_αα = −r/α² + r u². So a block adds Σ w (w1 u² + w2 v²), Σ w σ' δ², Σ w σ' diff δ, Σ w σ' diff², Σ w σ' diff,
/// Σ w σ' δ and Σ w σ' (Σ w u² for x = 0), and the trigamma terms are computed once per x.</para>
/// <para>Each block (<see cref="GroupedSummaries"/>) is summed on its own and the blocks are added in order, so a
/// parallel evaluation (<paramref name="parallelism"/> &gt; 1) returns the same bits as a sequential one.</para>
/// </remarks>
internal sealed class BgNbdFusedLikelihood(GroupedSummaries data, int parallelism) : IHessianLikelihood
{
    /// <summary>The sums of the value and gradient (the first <see cref="GradientSums"/>) and of the Hessian (all).</summary>
    private const int Sums = 12;
    private const int GradientSums = 5;
    private readonly double[] partials = new double[data.Blocks * Sums];
    private readonly double[] groupWeight = GroupWeights(data);
    private readonly double[] groupShift = new double[data.GroupX.Length];
    private readonly double[] groupRx = new double[data.GroupX.Length];

    public int Dimension => 4;

    public double TotalWeight => data.TotalWeight;

    public double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient) =>
        Evaluate(parameters, gradient, Span<double>.Empty);

    public double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient, Span<double> hessian)
    {
        double r = parameters[0], alpha = parameters[1], a = parameters[2], b = parameters[3];
        var xs = data.GroupX;
        for (int g = 0; g < xs.Length; g++)
        {
            groupRx[g] = r + xs[g];
            groupShift[g] = xs[g] == 0 ? 0d : Math.Log(a) - Math.Log(b + xs[g] - 1d);
        }

        bool curvature = !hessian.IsEmpty;
        FixedBlocks.For(data.Blocks, parallelism, k => Block(k, alpha, curvature));

        double ll = Reduce(r, alpha, a, b, gradient);
        if (curvature)
        {
            ReduceHessian(r, alpha, a, b, hessian);
        }

        return ll;
    }

    private static double[] GroupWeights(GroupedSummaries data)
    {
        var result = new double[data.GroupX.Length];
        for (int g = 0; g < result.Length; g++)
        {
            for (int i = data.GroupStart[g]; i < data.GroupStart[g + 1]; i++)
            {
                result[g] += data.Weight[i];
            }
        }

        return result;
    }

    /// <summary>Adds the blocks' sums group by group, in order, and applies the per-x terms.</summary>
    private double Reduce(double r, double alpha, double a, double b, Span<double> gradient)
    {
        double lnAlpha = Math.Log(alpha);
        double ll = 0d, gr = 0d, gAlpha = 0d, ga = 0d, gb = 0d;
        Span<double> s = stackalloc double[GradientSums];
        int k = 0;
        for (int g = 0; g < data.GroupX.Length; g++)
        {
            k = GroupSums(g, k, s);
            int x = data.GroupX[g];
            double w = groupWeight[g];
            double rx = groupRx[g];
            if (x == 0)
            {
                ll += (w * r * lnAlpha) - (r * s[0]);
                gr += (w * lnAlpha) - s[0];
                gAlpha += (w * r / alpha) - (r * s[4]);
                continue;
            }

            var perX = new BgNbdLikelihood.PerX(r, a, b, x);
            ll += (w * (perX.LogGammaRatio + perX.LogBetaRatio + (r * lnAlpha))) - (rx * s[0]) + s[1];
            gr += (w * (perX.DigammaRatioR + lnAlpha)) - s[0] + s[3];
            gAlpha += (w * r / alpha) - (rx * s[4]);
            ga += (w * perX.DA1Da) + (s[2] / a);
            gb += (w * perX.DA1Db) - (s[2] / (b + x - 1d));
        }

        gradient[0] = gr;
        gradient[1] = gAlpha;
        gradient[2] = ga;
        gradient[3] = gb;
        return ll;
    }

    /// <summary>Adds the first <c>s.Length</c> sums of group <paramref name="g"/>'s blocks, in order, from block <paramref name="k"/>; returns the next group's first block.</summary>
    private int GroupSums(int g, int k, Span<double> s)
    {
        s.Clear();
        for (; k < data.Blocks && data.BlockGroup[k] == g; k++)
        {
            for (int j = 0; j < s.Length; j++)
            {
                s[j] += partials[(k * Sums) + j];
            }
        }

        return k;
    }

    /// <summary>The Hessian of the log-likelihood in (r, α, a, b) from the blocks' sums (see the remarks), row-major.</summary>
    private void ReduceHessian(double r, double alpha, double a, double b, Span<double> hessian)
    {
        double rr = 0d, rAlpha = 0d, rA = 0d, rB = 0d, alphaAlpha = 0d, alphaA = 0d, alphaB = 0d, aa = 0d, ab = 0d, bb = 0d;
        Span<double> s = stackalloc double[Sums];
        int k = 0;
        for (int g = 0; g < data.GroupX.Length; g++)
        {
            k = GroupSums(g, k, s);
            int x = data.GroupX[g];
            double w = groupWeight[g];
            double rx = groupRx[g];
            rAlpha += (w / alpha) - s[4];
            alphaAlpha += (-w * r / (alpha * alpha)) + (rx * s[5]);
            if (x == 0)
            {
                continue;
            }

            double c = 1d / (b + x - 1d);
            double tAb = -GammaRatios.Trigamma(a + b, x);
            rr += (w * GammaRatios.Trigamma(r, x)) + s[8];
            rAlpha += rx * s[7];
            rA += s[9] / a;
            rB -= c * s[9];
            alphaAlpha += rx * rx * s[6];
            alphaA += rx * s[10] / a;
            alphaB -= c * rx * s[10];
            aa += (w * tAb) + ((s[11] - s[2]) / (a * a));
            ab += (w * tAb) - (c * s[11] / a);
            bb += (w * (GammaRatios.Trigamma(b, x) + tAb)) + (c * c * (s[2] + s[11]));
        }

        ReadOnlySpan<double> upper = [rr, rAlpha, rA, rB, alphaAlpha, alphaA, alphaB, aa, ab, bb];
        for (int i = 0, at = 0; i < 4; i++)
        {
            for (int j = i; j < 4; j++, at++)
            {
                hessian[(i * 4) + j] = upper[at];
                hessian[(j * 4) + i] = upper[at];
            }
        }
    }

    /// <summary>
    /// The five sums of block <paramref name="k"/> into <see cref="partials"/>, and the seven of the Hessian when
    /// <paramref name="curvature"/>, eight lanes wide where the hardware has them (<see cref="LaneBatch.Wide"/>), four
    /// otherwise: one source for both widths. The lanes' partial sums are added in a grouping that depends on the
    /// width, so the likelihood can differ between widths in its last bits (never between threads or runs).
    /// </summary>
    private void Block(int k, double alpha, bool curvature)
    {
        if (LaneBatch.Wide)
        {
            Block<Lane512>(k, alpha, curvature);
        }
        else
        {
            Block<Lane256>(k, alpha, curvature);
        }
    }

    private void Block<TLane>(int k, double alpha, bool curvature)
        where TLane : struct, ILane<TLane>
    {
        int start = data.BlockStart[k], end = data.BlockStart[k + 1], g = data.BlockGroup[k], n = TLane.Count;
        ref double age = ref MemoryMarshal.GetArrayDataReference(data.Age);
        ref double recency = ref MemoryMarshal.GetArrayDataReference(data.Recency);
        ref double weight = ref MemoryMarshal.GetArrayDataReference(data.Weight);
        var one = TLane.Create(1d);
        var zero = TLane.Create(0d);
        var va = TLane.Create(alpha);
        var shift = TLane.Create(groupShift[g]);
        var rx = TLane.Create(groupRx[g]);
        bool repeat = data.GroupX[g] != 0;
        TLane s0 = zero, s1 = zero, s2 = zero, s3 = zero, s4 = zero;
        TLane s5 = zero, s6 = zero, s7 = zero, s8 = zero, s9 = zero, s10 = zero, s11 = zero;
        Span<double> tail = stackalloc double[3 * n];
        for (int i = start; i < end; i += n)
        {
            TLane t, tx, w;
            if (i + n <= end)
            {
                t = TLane.LoadUnsafe(ref age, (nuint)i);
                tx = TLane.LoadUnsafe(ref recency, (nuint)i);
                w = TLane.LoadUnsafe(ref weight, (nuint)i);
            }
            else
            {
                // The tail's missing lanes are rows of weight 0 at T = t_x = 1: finite terms that add nothing.
                tail[..(2 * n)].Fill(1d);
                tail[(2 * n)..].Clear();
                for (int j = i; j < end; j++)
                {
                    tail[j - i] = Unsafe.Add(ref age, j);
                    tail[n + j - i] = Unsafe.Add(ref recency, j);
                    tail[(2 * n) + j - i] = Unsafe.Add(ref weight, j);
                }

                t = TLane.Load(tail[..n]);
                tx = TLane.Load(tail[n..(2 * n)]);
                w = TLane.Load(tail[(2 * n)..]);
            }

            var alphaT = va + t;
            var lnAlphaT = TLane.Log(alphaT);
            s0 += w * lnAlphaT;
            if (!repeat)
            {
                s4 += w / alphaT;
                if (curvature)
                {
                    s5 += w / (alphaT * alphaT);
                }

                continue;
            }

            var alphaTx = va + tx;
            var diff = lnAlphaT - TLane.Log(alphaTx);
            var d = shift + (rx * diff);
            var e = TLane.Exp(-TLane.Abs(d));
            var onePlus = one + e;
            var inverse = one / onePlus;
            var positive = TLane.GreaterThanOrEqual(d, zero);
            var w2 = TLane.ConditionalSelect(positive, inverse, e * inverse);
            var w1 = TLane.ConditionalSelect(positive, e * inverse, inverse);
            s1 += w * (TLane.Max(d, zero) + TLane.Log(onePlus));
            s2 += w * w2;
            s3 += w * w2 * diff;
            if (!curvature)
            {
                s4 += w * (((w1 * alphaTx) + (w2 * alphaT)) / (alphaT * alphaTx));
                continue;
            }

            var inverseProduct = one / (alphaT * alphaTx);
            var u = alphaTx * inverseProduct;
            var v = alphaT * inverseProduct;
            var delta = u - v;
            var ws = w * (w1 * w2);
            s4 += w * ((w1 * u) + (w2 * v));
            s5 += w * ((w1 * u * u) + (w2 * v * v));
            s6 += ws * delta * delta;
            s7 += ws * diff * delta;
            s8 += ws * diff * diff;
            s9 += ws * diff;
            s10 += ws * delta;
            s11 += ws;
        }

        int at = k * Sums;
        partials[at] = TLane.Sum(s0);
        partials[at + 1] = TLane.Sum(s1);
        partials[at + 2] = TLane.Sum(s2);
        partials[at + 3] = TLane.Sum(s3);
        partials[at + 4] = TLane.Sum(s4);
        if (curvature)
        {
            partials[at + 5] = TLane.Sum(s5);
            partials[at + 6] = TLane.Sum(s6);
            partials[at + 7] = TLane.Sum(s7);
            partials[at + 8] = TLane.Sum(s8);
            partials[at + 9] = TLane.Sum(s9);
            partials[at + 10] = TLane.Sum(s10);
            partials[at + 11] = TLane.Sum(s11);
        }
    }
}
