using System.Runtime.CompilerServices;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <content>
/// The expectation given alive from Taylor rows at fixed anchors (issue 18 items 4 and 6, single core): G(τ; x) =
/// E[Y(t) | alive, x] depends on the customer only through x and τ = t/(α+T), and is analytic in τ except at τ = −1,
/// so around an anchor τₖ = k/64 it is a power series with radius 1 + τₖ. Nine coefficients per (x, k), built once per
/// batch (<see cref="TaylorAnchors"/>) or once per model for single customers and small batches (<see cref="TaylorMemo"/>),
/// give G at |τ − τₖ| ≤ 1/128 to the last bit or so by one Horner scheme, where the series at z = τ/(1+τ) needs about
/// fifty terms for CDNOW-like customers.
/// </content>
/// <remarks>
/// <para>A row is [G(τₖ), G′(τₖ), G″(τₖ)/2!, …]. At k = 0 these are the series at 0 (G(0) = 0, G′(0) = ρ). Else G(τₖ)
/// comes from the kernel's series (<see cref="Direct{TLane}"/>), G′(τₖ) = ρ (1+τₖ)^(−a) 2F1(a, a′; c+1; τₖ/(1+τₖ))
/// (differentiate G = c/ε [1 − 2F1(ρ, ε; c; −τ)] and apply Pfaff's transformation; a′ = a+b−1−r, positive terms
/// when a′ ≥ 0), and the rest from the differential equation τ(1+τ) G″ + (c + (ρ+a)τ) G′ + ρεG = ρc
/// (<see cref="BetaGeometricWindows"/>), differentiated m times:
/// d_(m+2) = ([m = 0] ρc − (m(1+2τₖ) + c + (ρ+a)τₖ)(m+1) d_(m+1) − (m+ρ)(m+ε) dₘ) / (τₖ(1+τₖ)(m+1)(m+2)).
/// The recurrence's other solution is singular at τ = 0; its rounding-excited part grows like τₖ⁻ᵐ, which |h| ≤ 1/128
/// ≤ τₖ/2 keeps below the rounding of G itself.</para>
/// <para>Rows are used only for models with a′ ≥ 0 (no cancellation in either series), x &lt; 64 and τ &lt; 7.99, and
/// only when the row's omitted tail at |h| = 1/128 is below 2⁻⁶⁰ of G (else the lane takes the series path). A row is
/// a pure function of the model, x and k, built lane-wise (<see cref="BuildRows{TLane}"/>), so every path (single,
/// small batch, table, parallel, either width) gives a customer the same bits.</para>
/// </remarks>
internal readonly partial struct BetaGeometricScoring
{
    private const double HalfSpacing = 0.5 / TaylorAnchors.PerUnit;

    // |h|⁸ at |h| = 1/128: 2⁻⁵⁶ (exact).
    private const double TailWeight = 1.3877787807814457e-17;

    // Adding and subtracting 2^52 rounds a double in [0, 2^51) to a whole number, half to even.
    private const double RoundingShift = 4503599627370496d;

    /// <summary>True when a batch of expectations with this kernel gains from a table of Taylor rows.</summary>
    public bool NeedsAnchors => _anchored && !_anchors.IsOpen;

    /// <summary>True when the model's expectations come from Taylor rows (a′ ≥ 0), whether or not a table is open.</summary>
    public bool UsesRows => _anchored;

    /// <summary>This kernel reading and filling <paramref name="anchors"/> (the same results, fewer operations).</summary>
    public BetaGeometricScoring WithAnchors(TaylorAnchors anchors) => new(this, anchors);

    /// <summary>Whether a model's expectations come from Taylor rows (a′ = a + b − 1 − r ≥ 0; the MBG/NBD passes b + 1): a model keeps a <see cref="TaylorMemo"/> only then.</summary>
    public static bool RowsApply(double r, double a, double b) => a + b - 1d - r >= 0d;

    /// <summary>G(τ) per lane from its row; lanes without a usable row are 0 and set in <paramref name="missing"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TLane Anchored<TLane>(TLane x, TLane tau, out TLane missing)
        where TLane : struct, ILane<TLane>
    {
        // Rows hold TaylorAnchors.Terms = 9 coefficients: eight moved as columns, the ninth gathered.
        var scaled = tau * TLane.Create(TaylorAnchors.PerUnit);
        if (_anchors.IsOpen
            && TLane.AllSet(TLane.LessThan(x, TLane.Create(TaylorAnchors.MaxX)) & TLane.LessThan(scaled, TLane.Create(TaylorAnchors.MaxAnchor - 0.5))))
        {
            // Every lane's row is in the table: gather its slot, then its coefficients (the loop below, one lane at a
            // time, reads the same rows and gives the same bits). k: scaled rounded half to even, as Math.Round does.
            var k = scaled + TLane.Create(RoundingShift) - TLane.Create(RoundingShift);
            var slot = TLane.Gather(_anchors.Slots, (x * TLane.Create(TaylorAnchors.MaxAnchor)) + k);
            if (TLane.AllSet(TLane.GreaterThan(slot, TLane.Create(0d))))
            {
                var offset = slot - TLane.Create(1d);
                var step = tau - (k * TLane.Create(1d / TaylorAnchors.PerUnit));
                var rows = _anchors.Rows;
                TLane.Columns(rows, offset, out var d0, out var d1, out var d2, out var d3, out var d4, out var d5, out var d6, out var d7);
                missing = TLane.Create(0d);
                return Horner(step, d0, d1, d2, d3, d4, d5, d6, d7, TLane.Gather(rows, offset + TLane.Create(8d)));
            }
        }

        // A batch's table first (it has the rows of this batch), else the model's memo, else rows built per vector.
        if (_anchors.IsOpen)
        {
            return FromRows(_anchors, x, tau, scaled, out missing);
        }

        return _memo is not null && _memo.Open() ? FromRows(_memo.Rows, x, tau, scaled, out missing) : AnchoredWithoutTable(x, tau, scaled, out missing);
    }

    /// <summary>
    /// <see cref="Anchored{TLane}"/> without a table (single customers, small batches): the vector builds its lanes'
    /// rows together, one series for all of them, and evaluates them as they are (the same rows, the same bits).
    /// </summary>
    private TLane AnchoredWithoutTable<TLane>(TLane x, TLane tau, TLane scaled, out TLane missing)
        where TLane : struct, ILane<TLane>
    {
        var zero = TLane.Create(0d);
        var eligible = TLane.LessThan(x, TLane.Create(TaylorAnchors.MaxX)) & TLane.LessThan(scaled, TLane.Create(TaylorAnchors.MaxAnchor - 0.5));
        var k = TLane.ConditionalSelect(eligible, scaled + TLane.Create(RoundingShift) - TLane.Create(RoundingShift), zero);
        BuildRows(TLane.ConditionalSelect(eligible, x, zero), k, out var d0, out var d1, out var d2, out var d3, out var d4, out var d5, out var d6, out var d7, out var d8, out var usable);
        var step = tau - (k * TLane.Create(1d / TaylorAnchors.PerUnit));
        missing = ~(eligible & usable);
        return TLane.ConditionalSelect(missing, zero, Horner(step, d0, d1, d2, d3, d4, d5, d6, d7, d8));
    }

    /// <summary>Σ dₘ hᵐ by Horner's scheme, from d₈ down (every path evaluates a row in this order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TLane Horner<TLane>(TLane h, TLane d0, TLane d1, TLane d2, TLane d3, TLane d4, TLane d5, TLane d6, TLane d7, TLane d8)
        where TLane : struct, ILane<TLane>
    {
        var sum = (d8 * h) + d7;
        sum = (sum * h) + d6;
        sum = (sum * h) + d5;
        sum = (sum * h) + d4;
        sum = (sum * h) + d3;
        sum = (sum * h) + d2;
        sum = (sum * h) + d1;
        return (sum * h) + d0;
    }

    /// <summary>
    /// <see cref="Anchored{TLane}"/> from stored rows (a batch's table where the gather above missed, or a model's memo),
    /// one lane at a time: every lane's published row is read whole; if a lane's row is not there yet, the vector builds
    /// all its lanes' rows at once (<see cref="BuildRows{TLane}"/>, the same bits as the stored ones) and publishes the
    /// missing ones for the lanes, calls and threads that come next.
    /// </summary>
    [SkipLocalsInit] // every stack value below is written before it is read
    private TLane FromRows<TLane, TRows>(TRows rows, TLane x, TLane tau, TLane scaled, out TLane missing)
        where TLane : struct, ILane<TLane>
        where TRows : ITaylorRows
    {
        int width = TLane.Count;
        const int Terms = TaylorAnchors.Terms;
        var zero = TLane.Create(0d);
        var eligible = TLane.LessThan(x, TLane.Create(TaylorAnchors.MaxX)) & TLane.LessThan(scaled, TLane.Create(TaylorAnchors.MaxAnchor - 0.5));
        var k = TLane.ConditionalSelect(eligible, scaled + TLane.Create(RoundingShift) - TLane.Create(RoundingShift), zero);
        var xk = TLane.ConditionalSelect(eligible, x, zero);
        var step = tau - (k * TLane.Create(1d / TaylorAnchors.PerUnit));
        double x0 = xk.ToScalar(), k0 = k.ToScalar();
        if (TLane.AllSet(TLane.Equal(xk, TLane.Create(x0)) & TLane.Equal(k, TLane.Create(k0))))
        {
            // Every lane needs the same row (a single customer is a vector of copies of itself): one lookup.
            double only = Volatile.Read(ref rows.Slot((int)x0, (int)k0));
            if (only > 0d)
            {
                var row = rows.Row((int)only - 1);
                missing = ~eligible;
                return TLane.ConditionalSelect(missing, zero, Horner(
                    step,
                    TLane.Create(row[0]),
                    TLane.Create(row[1]),
                    TLane.Create(row[2]),
                    TLane.Create(row[3]),
                    TLane.Create(row[4]),
                    TLane.Create(row[5]),
                    TLane.Create(row[6]),
                    TLane.Create(row[7]),
                    TLane.Create(row[8])));
            }

            if (only == TaylorAnchors.Unusable)
            {
                missing = ~zero;
                return zero;
            }
        }

        Span<double> lanes = stackalloc double[(Terms + 3) * width];
        var xs = lanes[..width];
        var ks = lanes.Slice(width, width);
        var usable = lanes.Slice(2 * width, width);
        var coefficients = lanes[(3 * width)..];
        xk.Store(xs);
        k.Store(ks);
        bool complete = true;
        for (int lane = 0; lane < width && complete; lane++)
        {
            double state = Volatile.Read(ref rows.Slot((int)xs[lane], (int)ks[lane]));
            if (state > 0d)
            {
                var row = rows.Row((int)state - 1);
                for (int m = 0; m < Terms; m++)
                {
                    coefficients[(m * width) + lane] = row[m];
                }

                usable[lane] = BitConverter.Int64BitsToDouble(-1L);
            }
            else if (state == TaylorAnchors.Unusable)
            {
                for (int m = 0; m < Terms; m++)
                {
                    coefficients[(m * width) + lane] = 0d;
                }

                usable[lane] = 0d;
            }
            else
            {
                complete = false;
            }
        }

        if (complete)
        {
            missing = ~(eligible & TLane.Load(usable));
            return TLane.ConditionalSelect(missing, zero, Horner(
                step,
                TLane.Load(coefficients),
                TLane.Load(coefficients[width..]),
                TLane.Load(coefficients[(2 * width)..]),
                TLane.Load(coefficients[(3 * width)..]),
                TLane.Load(coefficients[(4 * width)..]),
                TLane.Load(coefficients[(5 * width)..]),
                TLane.Load(coefficients[(6 * width)..]),
                TLane.Load(coefficients[(7 * width)..]),
                TLane.Load(coefficients[(8 * width)..])));
        }

        BuildRows(xk, k, out var d0, out var d1, out var d2, out var d3, out var d4, out var d5, out var d6, out var d7, out var d8, out var built);
        d0.Store(coefficients);
        d1.Store(coefficients[width..]);
        d2.Store(coefficients[(2 * width)..]);
        d3.Store(coefficients[(3 * width)..]);
        d4.Store(coefficients[(4 * width)..]);
        d5.Store(coefficients[(5 * width)..]);
        d6.Store(coefficients[(6 * width)..]);
        d7.Store(coefficients[(7 * width)..]);
        d8.Store(coefficients[(8 * width)..]);
        built.Store(usable);
        for (int lane = 0; lane < width; lane++)
        {
            Publish(rows, (int)xs[lane], (int)ks[lane], coefficients, lane, usable[lane] != 0d);
        }

        missing = ~(eligible & built);
        return TLane.ConditionalSelect(missing, zero, Horner(step, d0, d1, d2, d3, d4, d5, d6, d7, d8));
    }

    /// <summary>
    /// Stores lane <paramref name="lane"/>'s row (column-major in <paramref name="columns"/>) as the row of (x, k) if no
    /// thread has claimed that slot yet; a full store leaves the slot empty (the row is then built again where needed).
    /// </summary>
    private static void Publish<TRows>(TRows rows, int x, int k, ReadOnlySpan<double> columns, int lane, bool usable)
        where TRows : ITaylorRows
    {
        ref double slot = ref rows.Slot(x, k);
        if (Volatile.Read(ref slot) != 0d || Interlocked.CompareExchange(ref slot, TaylorAnchors.Building, 0d) != 0d)
        {
            return;
        }

        int offset = usable ? rows.Claim() : -1;
        if (offset >= 0)
        {
            var row = rows.Row(offset);
            int width = columns.Length / TaylorAnchors.Terms;
            for (int m = 0; m < TaylorAnchors.Terms; m++)
            {
                row[m] = columns[(m * width) + lane];
            }
        }

        Volatile.Write(ref slot, !usable ? TaylorAnchors.Unusable : offset >= 0 ? offset + 1d : 0d);
    }

    /// <summary>
    /// The rows of (xᵢ, kᵢ), one per lane (k whole, 0 ≤ k &lt; <see cref="TaylorAnchors.MaxAnchor"/>), and the mask of
    /// lanes whose row meets its bound. Every operation is lane-wise, so a lane's row does not depend on its neighbours
    /// or the width: a vector of different customers builds the rows the table holds.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void BuildRows<TLane>(TLane x, TLane k, out TLane d0, out TLane d1, out TLane d2, out TLane d3, out TLane d4, out TLane d5, out TLane d6, out TLane d7, out TLane d8, out TLane usable)
        where TLane : struct, ILane<TLane>
    {
        var zero = TLane.Create(0d);
        var one = TLane.Create(1d);
        var rho = TLane.Create(_r) + x;
        var c = TLane.Create(_a + _b - 1d) + x;
        var origin = TLane.Equal(k, zero);

        // Away from 0: G from the series, G′ by Pfaff's transformation, the rest from the equation. Lanes at k = 0 run
        // this at τ = 1/64 (their values are replaced below), so that nothing divides by τ = 0.
        var tau = TLane.ConditionalSelect(origin, TLane.Create(1d / TaylorAnchors.PerUnit), k * TLane.Create(1d / TaylorAnchors.PerUnit));
        var up = one + tau;
        var e0 = Direct(x, one, tau, tau);
        var e1 = rho * TLane.Exp(TLane.Create(-_a) * TLane.Log(up)) * SlopeSeries(c, tau / up);
        var p = tau * up;
        var inverse = one / p;
        var p1 = one + tau + tau;
        var q = c + ((rho + TLane.Create(_a)) * tau);
        var e2 = ((rho * c) - (q * e1) - (rho * TLane.Create(_epsilon) * e0)) / (p * TLane.Create(2d));
        var e3 = Next(1, inverse, p1, q, rho, e2, e1);
        var e4 = Next(2, inverse, p1, q, rho, e3, e2);
        var e5 = Next(3, inverse, p1, q, rho, e4, e3);
        var e6 = Next(4, inverse, p1, q, rho, e5, e4);
        var e7 = Next(5, inverse, p1, q, rho, e6, e5);
        var e8 = Next(6, inverse, p1, q, rho, e7, e6);

        // At 0: the series' own coefficients, G(0) = 0, G′(0) = ρ.
        var o2 = Origin(1, rho, c, rho);
        var o3 = Origin(2, rho, c, o2);
        var o4 = Origin(3, rho, c, o3);
        var o5 = Origin(4, rho, c, o4);
        var o6 = Origin(5, rho, c, o5);
        var o7 = Origin(6, rho, c, o6);
        var o8 = Origin(7, rho, c, o7);
        d0 = TLane.ConditionalSelect(origin, zero, e0);
        d1 = TLane.ConditionalSelect(origin, rho, e1);
        d2 = TLane.ConditionalSelect(origin, o2, e2);
        d3 = TLane.ConditionalSelect(origin, o3, e3);
        d4 = TLane.ConditionalSelect(origin, o4, e4);
        d5 = TLane.ConditionalSelect(origin, o5, e5);
        d6 = TLane.ConditionalSelect(origin, o6, e6);
        d7 = TLane.ConditionalSelect(origin, o7, e7);
        d8 = TLane.ConditionalSelect(origin, o8, e8);

        // G(h) ≈ ρh on [0, 1/128] at k = 0; elsewhere G is increasing and concave, so on |h| ≤ 1/128 ≤ τₖ/2 it stays
        // above G(τₖ)/2 (and G′ must be positive).
        var finite = TLane.Equal((d0 - d0) + (d1 - d1) + (d2 - d2) + (d3 - d3) + (d4 - d4) + (d5 - d5) + (d6 - d6) + (d7 - d7) + (d8 - d8), zero);
        var scale = TLane.ConditionalSelect(origin, rho * TLane.Create(HalfSpacing), d0 * TLane.Create(0.5));
        var last = TLane.Abs(d8) * TLane.Create(TailWeight);
        var beforeLast = TLane.Abs(d7) * TLane.Create(TailWeight * TaylorAnchors.PerUnit * 2d);
        var ratio = last / beforeLast;
        var limit = scale * TLane.Create(8.673617379884035e-19);
        var tail = TLane.ConditionalSelect(TLane.Equal(last, zero), TLane.LessThanOrEqual(beforeLast, limit), TLane.LessThanOrEqual(ratio, TLane.Create(0.125)) & TLane.LessThanOrEqual(last * ratio / (one - ratio), limit));
        usable = finite & TLane.GreaterThan(scale, zero) & TLane.Equal(scale - scale, zero) & (origin | TLane.GreaterThan(d1, zero)) & tail;
    }

    /// <summary>d_(m+2) from d_(m+1) and dₘ (m ≥ 1): −((m(1+2τ) + q)(m+1) d_(m+1) + (m+ρ)(m+ε) dₘ) / (τ(1+τ)(m+1)(m+2)), with 1/(τ(1+τ)) given.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TLane Next<TLane>(int m, TLane inverseP, TLane p1, TLane q, TLane rho, TLane next, TLane current)
        where TLane : struct, ILane<TLane> =>
        -((((TLane.Create(m) * p1) + q) * TLane.Create(m + 1d) * next) + ((TLane.Create(m) + rho) * TLane.Create(m + _epsilon) * current))
        * inverseP * TLane.Create(1d / ((m + 1d) * (m + 2d)));

    /// <summary>The series at 0: d_(n+1) = −dₙ (ρ+n)(a+n−1) / ((c+n)(n+1)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TLane Origin<TLane>(int n, TLane rho, TLane c, TLane current)
        where TLane : struct, ILane<TLane> =>
        -current * (rho + TLane.Create(n)) * TLane.Create(_a + n - 1d) / ((c + TLane.Create(n)) * TLane.Create(n + 1d));

    /// <summary>2F1(a, a′; c+1; z) per lane for a′ ≥ 0 by its positive series (NaN where it does not settle).</summary>
    /// <remarks>
    /// Division-free, as <see cref="Series{TLane}"/>: the sum is kept as S/D and the term as N/D with D the product of
    /// the denominators (c+1+n)(n+1), so that the chain from term to term is a multiplication; the tail is tested every
    /// fourth term, a lane's sum taken at the test that finds it converged, and D rescaled by 2⁻⁵¹² (exact) before it
    /// overflows. Each factor of the term ratio moves monotonically towards its limit, so ρ bounds every later ratio (as
    /// in BetaGeometricExpectation's positive series) and the tail is below term · ρ/(1−ρ).
    /// </remarks>
    private TLane SlopeSeries<TLane>(TLane c, TLane z)
        where TLane : struct, ILane<TLane>
    {
        var zero = TLane.Create(0d);
        var one = TLane.Create(1d);
        var numerator = one;
        var denominator = one;
        var sum = one;
        var result = TLane.Create(double.NaN);
        var done = zero;
        for (int n = 0; n < 20_000; n += 2)
        {
            // Two terms per step, so that each chain (N, S, D) advances by one multiplication per two terms.
            var step1 = (c + TLane.Create(1d + n)) * TLane.Create(n + 1d);
            var step2 = (c + TLane.Create(2d + n)) * TLane.Create(n + 2d);
            var grow1 = TLane.Create((_a + n) * (_aPrime + n)) * z;
            var grow2 = TLane.Create((_a + n + 1d) * (_aPrime + n + 1d)) * z;
            var first = numerator * grow1;
            numerator *= grow1 * grow2;
            sum = (sum * (step1 * step2)) + ((first * step2) + numerator);
            denominator *= step1 * step2;
            if ((n & 3) != 2)
            {
                continue;
            }

            // The ratio after term n + 1: (a+n+2)/(c+n+3) ≤ 1 always (c + 1 = a + b + x ≥ a), so only the a′ factor
            // can exceed 1.
            var bound = z * TLane.Create(Math.Max(1d, (_aPrime + n + 2d) / (n + 3d)));
            var converged = TLane.Equal(numerator, zero)
                | (TLane.LessThan(bound, one) & TLane.LessThanOrEqual(numerator * bound, TLane.Create(1e-17) * (one - bound) * sum));
            if (LaneMath.Settle(converged, sum, denominator, ref done, ref result))
            {
                break;
            }

            var shrink = TLane.ConditionalSelect(TLane.GreaterThan(denominator, TLane.Create(Big)), TLane.Create(1d / Big), one);
            numerator *= shrink;
            sum *= shrink;
            denominator *= shrink;
        }

        return result;
    }
}
