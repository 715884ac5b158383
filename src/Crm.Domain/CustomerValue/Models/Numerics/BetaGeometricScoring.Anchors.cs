using System.Runtime.CompilerServices;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <content>
/// The expectation given alive from Taylor rows at fixed anchors (issue 18 items 4 and 6, single core): G(τ; x) =
/// E[Y(t) | alive, x] depends on the customer only through x and τ = t/(α+T), and is analytic in τ except at τ = −1,
/// so around an anchor τₖ = k/64 it is a power series with radius 1 + τₖ. Nine coefficients per (x, k), built once per
/// batch (<see cref="TaylorAnchors"/>), give G at |τ − τₖ| ≤ 1/128 to the last bit or so by one Horner scheme, where
/// the series at z = τ/(1+τ) needs about fifty terms for CDNOW-like customers.
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
/// only when the row's omitted tail at |h| = 1/128 is below 2⁻⁶⁰ of G (else the lane takes the series path). A row is a pure function of the model, x and k, so every path (single, batch, parallel, either width) gives a
/// customer the same bits.</para>
/// </remarks>
internal readonly partial struct BetaGeometricScoring
{
    private const double HalfSpacing = 0.5 / TaylorAnchors.PerUnit;

    // Adding and subtracting 2^52 rounds a double in [0, 2^51) to a whole number, half to even.
    private const double RoundingShift = 4503599627370496d;

    /// <summary>True when a batch of expectations with this kernel gains from a table of Taylor rows.</summary>
    public bool NeedsAnchors => _anchored && !_anchors.IsOpen;

    /// <summary>True when the model's expectations come from Taylor rows (a′ ≥ 0), whether or not a table is open.</summary>
    public bool Anchors => _anchored;

    /// <summary>This kernel reading and filling <paramref name="anchors"/> (the same results, fewer operations).</summary>
    public BetaGeometricScoring WithAnchors(TaylorAnchors anchors) => new(this, anchors);

    private static bool Anchorable(double r, double a, double b) => a + b - 1d - r >= 0d;

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
                var sum = TLane.Gather(rows, offset + TLane.Create(8d));
                sum = (sum * step) + d7;
                sum = (sum * step) + d6;
                sum = (sum * step) + d5;
                sum = (sum * step) + d4;
                sum = (sum * step) + d3;
                sum = (sum * step) + d2;
                sum = (sum * step) + d1;
                sum = (sum * step) + d0;

                missing = TLane.Create(0d);
                return sum;
            }
        }

        return AnchoredLaneByLane(x, tau, out missing);
    }

    /// <summary><see cref="Anchored{TLane}"/> one lane at a time, building the rows that are not in the table yet.</summary>
    private TLane AnchoredLaneByLane<TLane>(TLane x, TLane tau, out TLane missing)
        where TLane : struct, ILane<TLane>
    {
        int width = TLane.Count;
        const int Terms = TaylorAnchors.Terms;
        Span<double> coefficients = stackalloc double[Terms * width];
        Span<double> lanes = stackalloc double[4 * width];
        var xs = lanes[..width];
        var taus = lanes.Slice(width, width);
        var steps = lanes.Slice(2 * width, width);
        var misses = lanes.Slice(3 * width, width);
        Span<double> scratch = stackalloc double[Terms];
        x.Store(xs);
        tau.Store(taus);
        int lastX = -1, lastK = -1;
        scoped ReadOnlySpan<double> row = default;
        for (int lane = 0; lane < width; lane++)
        {
            double scaled = taus[lane] * TaylorAnchors.PerUnit;
            if (xs[lane] < TaylorAnchors.MaxX && scaled < TaylorAnchors.MaxAnchor - 0.5)
            {
                int xi = (int)xs[lane], k = (int)Math.Round(scaled);
                if (xi != lastX || k != lastK)
                {
                    row = Row(xi, k, scratch);
                    (lastX, lastK) = (xi, k);
                }

                if (!row.IsEmpty)
                {
                    for (int m = 0; m < Terms; m++)
                    {
                        coefficients[(m * width) + lane] = row[m];
                    }

                    steps[lane] = taus[lane] - (k / TaylorAnchors.PerUnit);
                    misses[lane] = 0d;
                    continue;
                }
            }

            for (int m = 0; m < Terms; m++)
            {
                coefficients[(m * width) + lane] = 0d;
            }

            steps[lane] = 0d;
            misses[lane] = BitConverter.Int64BitsToDouble(-1L);
        }

        var h = TLane.Load(steps);
        var value = TLane.Load(coefficients[((Terms - 1) * width)..]);
        for (int m = Terms - 2; m >= 0; m--)
        {
            value = (value * h) + TLane.Load(coefficients[(m * width)..]);
        }

        missing = TLane.Load(misses);
        return value;
    }

    /// <summary>The row of (x, k) from the batch's table (building it there if it is the first to need it), else built in <paramref name="scratch"/>; empty when unusable.</summary>
    private ReadOnlySpan<double> Row(int x, int k, Span<double> scratch)
    {
        if (!_anchors.IsOpen)
        {
            return Build(x, k, scratch) ? scratch : default;
        }

        ref double slot = ref _anchors.Slot(x, k);
        double state = Volatile.Read(ref slot);
        if (state > 0d)
        {
            return _anchors.Row((int)state - 1);
        }

        if (state == TaylorAnchors.Unusable)
        {
            return default;
        }

        if (state == 0d && Interlocked.CompareExchange(ref slot, TaylorAnchors.Building, 0d) == 0d)
        {
            int claimed = _anchors.Claim();
            var target = claimed >= 0 ? _anchors.Row(claimed) : scratch;
            bool usable = Build(x, k, target);
            Volatile.Write(ref slot, !usable ? TaylorAnchors.Unusable : claimed >= 0 ? claimed + 1d : 0d);
            return usable ? target : default;
        }

        return Build(x, k, scratch) ? scratch : default;
    }

    /// <summary>Writes the row of (x, k) into <paramref name="d"/> and says whether it meets its accuracy bound.</summary>
    private bool Build(int x, int k, Span<double> d)
    {
        const int Terms = TaylorAnchors.Terms;
        double rho = _r + x, c = _a + _b - 1d + x;
        if (k == 0)
        {
            d[0] = 0d;
            d[1] = rho;
            for (int n = 1; n < Terms - 1; n++)
            {
                d[n + 1] = -d[n] * (rho + n) * (_a + n - 1d) / ((c + n) * (n + 1d));
            }

            // G(h) ≈ ρh on [0, 1/128]: the terms are measured against it.
            return Bounded(d, rho * HalfSpacing);
        }

        double tau = k / TaylorAnchors.PerUnit;
        d[0] = Direct(Lane256.Create(x), Lane256.Create(1d), Lane256.Create(tau), Lane256.Create(tau)).ToScalar();
        d[1] = rho * Math.Pow(1d + tau, -_a) * SlopeSeries(c, tau / (1d + tau));
        double p = tau * (1d + tau), p1 = 1d + (2d * tau), q = c + ((rho + _a) * tau);
        for (int m = 0; m < Terms - 2; m++)
        {
            double source = m == 0 ? rho * c : 0d;
            d[m + 2] = (source - ((m * p1) + q) * (m + 1d) * d[m + 1] - ((m + rho) * (m + _epsilon) * d[m])) / (p * (m + 1d) * (m + 2d));
        }

        // G is increasing and concave, so on |h| ≤ 1/128 ≤ τₖ/2 it stays above G(τₖ)/2.
        return d[1] > 0d && Bounded(d, d[0] / 2d);
    }

    /// <summary>
    /// Finite coefficients whose omitted tail at |h| = 1/128 is below 2⁻⁶⁰ of <paramref name="scale"/>: the last two
    /// terms must fall by at least 8 (ratio q), and the tail is then bounded by last · q/(1 − q).
    /// </summary>
    private static bool Bounded(ReadOnlySpan<double> d, double scale)
    {
        const int Terms = TaylorAnchors.Terms;
        foreach (double coefficient in d)
        {
            if (!double.IsFinite(coefficient))
            {
                return false;
            }
        }

        double last = Math.Abs(d[Terms - 1]) * Math.Pow(HalfSpacing, Terms - 1);
        double beforeLast = Math.Abs(d[Terms - 2]) * Math.Pow(HalfSpacing, Terms - 2);
        if (!(scale > 0d) || !double.IsFinite(scale))
        {
            return false;
        }

        if (last == 0d)
        {
            return beforeLast <= scale * 8.673617379884035e-19;
        }

        double q = last / beforeLast;
        return q <= 0.125 && last * q / (1d - q) <= scale * 8.673617379884035e-19;
    }

    /// <summary>2F1(a, a′; c+1; z) for a′ ≥ 0 by its positive series (NaN when it does not settle).</summary>
    /// <remarks>
    /// Division-free, as <see cref="Series{TLane}"/>: the sum is kept as S/D and the term as N/D with D the product of
    /// the denominators (c+1+n)(n+1), so that the chain from term to term is a multiplication; the tail is tested every
    /// fourth term and D rescaled by 2⁻⁵¹² (exact) before it overflows. A single customer's row is built by this, so its
    /// cost is the single call's.
    /// </remarks>
    private double SlopeSeries(double c, double z)
    {
        double numerator = 1d, denominator = 1d, sum = 1d;
        for (int n = 0; n < 20_000; n++)
        {
            double step = (c + 1d + n) * (n + 1d);
            numerator *= (_a + n) * (_aPrime + n) * z;
            sum = (sum * step) + numerator;
            denominator *= step;
            if ((n & 3) != 3)
            {
                continue;
            }

            // Each factor of the ratio moves monotonically towards its limit, so ρ bounds every later ratio (as in
            // BetaGeometricExpectation's positive series); the tail is below term ρ/(1−ρ), with term/S = N/(S D)·D.
            double bound = z * Math.Max(1d, (_a + n + 1d) / (c + n + 2d)) * Math.Max(1d, (_aPrime + n + 1d) / (n + 2d));
            if (numerator == 0d || (bound < 1d && numerator * bound <= 1e-17 * (1d - bound) * sum))
            {
                return sum / denominator;
            }

            if (denominator > Big)
            {
                (numerator, sum, denominator) = (numerator / Big, sum / Big, denominator / Big);
            }
        }

        return double.NaN;
    }
}
