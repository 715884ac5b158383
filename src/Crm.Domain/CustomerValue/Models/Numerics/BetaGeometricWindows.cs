using System.Runtime.CompilerServices;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// The CLV kernel of the beta-geometric models (BG/NBD, and MBG/NBD with b + 1): every window of one customer per lane in one
/// pass. P(alive) comes once from <see cref="BetaGeometricScoring"/> (the same bits as the scoring path); the
/// expectation given alive is carried from one step boundary to the next by Taylor steps of its differential equation,
/// without a logarithm or an exponential per window.
/// </summary>
/// <remarks>
/// <para>With τ = t/(α+T), ρ = r+x, c = a+b+x−1 and ε = a−1, the expectation given alive of Fader, Hardie &amp; Lee
/// (2005, eq. 10) is, after Pfaff's transformation 2F1(A, B; C; z) = (1−z)^(−A) 2F1(A, C−B; C; z/(z−1)),
/// G(τ) = c/ε [1 − 2F1(ρ, ε; c; −τ)] (equivalently E[(1 − (1+pτ)^(−ρ))/p] over p ~ Beta(a, b+x)), regular at a = 1.
/// From the hypergeometric equation (Abramowitz &amp; Stegun 15.5.1) G solves
/// τ(1+τ) G″ + (c + (ρ+a)τ) G′ + ρε G = ρc, G(0) = 0, G′(0) = ρ.</para>
/// <para>The boundaries τₖ = kΔ/(α+T) are reached by Taylor steps of this equation (numerical analytic continuation,
/// Pearson, Olver &amp; Porter 2017, "Numerical methods for the computation of the confluent and Gauss hypergeometric
/// functions", Numer. Algorithms 74(3), §4.3). From τ₀ with step h the scaled coefficients eₘ = G⁽ᵐ⁾(τ₀) hᵐ/m! obey
/// e_(m+2) = −u (P₁m + Q₀)/(m+2) e_(m+1) − u h (m+ρ)(m+ε)/((m+1)(m+2)) eₘ (plus u h ρ c/2 for m = 0), with u = h/P₀,
/// P₀ = τ₀(1+τ₀), P₁ = 1+2τ₀, Q₀ = c+(ρ+a)τ₀. G's only singularity is τ = −1, so the terms fall like (h/(1+τ₀))ᵐ:
/// about 17 terms per monthly window on CDNOW-like customers, where each window's own series at z = t/(α+T+t)
/// needs 16 to 65. Steps are cut so that h ≤ ½(1+τ₀) (terms fall at least by half) and h ≤ ¾τ₀ (the equation's
/// other solution, singular at τ = 0 and excited by rounding, dies out too); the first boundary is reached from the
/// series at 0 (up to τ = ½, then by steps).</para>
/// <para>Where the scoring kernel has Taylor rows (a + b − 1 − r ≥ 0) every window instead reads G(τₖ) from them
/// (<see cref="FromRows{TLane}"/>: a row load and a Horner scheme per window, the rows shared by the batch); the steps
/// above value the other models.</para>
/// <para>Lanes whose terms cancel (the largest term above 1e4 of the value; r ≫ a + b), whose series does not settle,
/// or whose value leaves (0, ρτ] are reported outside the mask and valued window by window by the caller. Every loop
/// freezes a lane's sums at the test that finds it converged, so a lane never depends on its neighbours.</para>
/// </remarks>
internal readonly struct BetaGeometricWindows : IWindowKernel
{
    private const double Tolerance = 2.2e-16;
    private const int MaxTerms = 400;
    private const int MaxSteps = 200;
    private const double FirstReach = 0.5;

    private readonly BetaGeometricScoring _scoring;
    private readonly double _r;
    private readonly double _alpha;
    private readonly double _a;
    private readonly double _b;
    private readonly double _epsilon;
    private readonly KernelConstants _origin;
    private readonly KernelConstants _steps;

    /// <summary>A kernel for the given parameters (as <see cref="BetaGeometricScoring"/>'s, memo included).</summary>
    public BetaGeometricWindows(double r, double alpha, double a, double b, bool canDropAtStart, TaylorMemo? memo = null)
    {
        _scoring = new BetaGeometricScoring(r, alpha, a, b, canDropAtStart, memo);
        (_r, _alpha, _a, _b) = (r, alpha, a, b);
        _epsilon = a - 1d;
        (_origin, _steps) = Constants(a, _epsilon);
    }

    private BetaGeometricWindows(in BetaGeometricWindows source, TaylorAnchors anchors)
    {
        this = source;
        _scoring = source._scoring.WithAnchors(anchors);
    }

    /// <summary>True when a batch with this kernel gains from a table of Taylor rows (see <see cref="BetaGeometricScoring"/>).</summary>
    public bool NeedsAnchors => _scoring.NeedsAnchors;

    /// <summary>This kernel reading and filling <paramref name="anchors"/> (the same results, fewer operations).</summary>
    public BetaGeometricWindows WithAnchors(TaylorAnchors anchors) => new(this, anchors);

    /// <summary>
    /// The per-model factors of the two series, once per kernel instead of once per vector and window (issue 18 item 4,
    /// single core): (a+n−1)/(n+1) of <see cref="FromOrigin{TLane}"/>'s terms at n, and the four factors of each pair m,
    /// m+1 of <see cref="Step{TLane}"/>'s recurrence at 2(m−1) … 2(m−1)+3, the same expressions (same bits) as the
    /// loops evaluate beyond the tables.
    /// </summary>
    private static (KernelConstants Origin, KernelConstants Steps) Constants(double a, double epsilon)
    {
        var origin = default(KernelConstants);
        var steps = default(KernelConstants);
        for (int n = 1; n < KernelConstants.Length; n++)
        {
            origin[n] = (a + n - 1d) / (n + 1d);
        }

        for (int m = 1; (2 * (m - 1)) + 3 < KernelConstants.Length; m += 2)
        {
            var (k1, k2, k3, k4) = StepFactors(m, epsilon);
            (steps[2 * (m - 1)], steps[(2 * (m - 1)) + 1], steps[(2 * (m - 1)) + 2], steps[(2 * (m - 1)) + 3]) = (k1, k2, k3, k4);
        }

        return (origin, steps);
    }

    /// <summary>The recurrence's factors for the pair m, m+1: one division per two terms, 1/((m+1)(m+2)(m+3)) giving the four reciprocals needed.</summary>
    private static (double, double, double, double) StepFactors(int m, double epsilon)
    {
        double m1 = m, m2 = m + 1d, m3 = m + 2d, m4 = m + 3d;
        double inverse = 1d / (m2 * m3 * m4);
        return (m2 * m4 * inverse, (m1 + epsilon) * m4 * inverse, m2 * m3 * inverse, (m2 + epsilon) * m2 * inverse);
    }

    /// <inheritdoc />
    public (TLane Total, TLane Fine) Discounted<TLane>(TLane x, TLane tx, TLane age, double step, int horizon, double discountFactor)
        where TLane : struct, ILane<TLane>
    {
        var zero = TLane.Create(0d);
        var alive = _scoring.Lanes(x, tx, age, 0d, wantExpected: false).Alive;
        if (_scoring.UsesRows)
        {
            return FromRows(x, age, alive, step, horizon, discountFactor);
        }

        var rho = TLane.Create(_r) + x;
        var c = TLane.Create(_a + _b - 1d) + x;
        var delta = TLane.Create(step) / (TLane.Create(_alpha) + age);
        var tau = TLane.Min(delta, TLane.Create(FirstReach));
        var (g, slope, fine) = FromOrigin(rho, c, tau);
        var total = zero;
        var previous = zero;
        double discount = 1d;
        for (int k = 1; k <= horizon; k++)
        {
            var target = delta * TLane.Create((double)k);
            for (int s = 0; ; s++)
            {
                var remaining = target - tau;
                if (TLane.AllSet(TLane.LessThanOrEqual(remaining, zero)))
                {
                    break;
                }

                if (s == MaxSteps)
                {
                    fine &= TLane.LessThanOrEqual(remaining, zero);
                    tau = target;
                    break;
                }

                var h = TLane.Min(remaining, TLane.Min(TLane.Create(0.75) * tau, TLane.Create(0.5) * (TLane.Create(1d) + tau)));
                h = TLane.Max(h, zero);
                TLane ok;
                (g, slope, ok) = Step(rho, c, tau, h, g, slope);
                fine &= ok;
                tau = TLane.ConditionalSelect(TLane.Equal(h, remaining), target, tau + h);
            }

            discount *= discountFactor;
            fine &= AddWindow(g, alive, rho * target, discount, ref total, ref previous);
        }

        return (total, fine);
    }

    /// <summary>
    /// The discounted sum with each window's expectation given alive read from the scoring kernel's Taylor rows at
    /// τₖ = kΔ/(α+T) (its <see cref="BetaGeometricScoring.GivenAliveAt{TLane}"/>, α + T scaled to 1): a row load and a
    /// Horner scheme per window where the steps above need about seventeen terms.
    /// </summary>
    private (TLane Total, TLane Fine) FromRows<TLane>(TLane x, TLane age, TLane alive, double step, int horizon, double discountFactor)
        where TLane : struct, ILane<TLane>
    {
        var zero = TLane.Create(0d);
        var rho = TLane.Create(_r) + x;
        var delta = TLane.Create(step) / (TLane.Create(_alpha) + age);
        var fine = ~zero;
        var total = zero;
        var previous = zero;
        double discount = 1d;
        for (int k = 1; k <= horizon; k++)
        {
            var target = delta * TLane.Create((double)k);
            discount *= discountFactor;
            fine &= AddWindow(_scoring.GivenAliveAt(x, target), alive, rho * target, discount, ref total, ref previous);
        }

        return (total, fine);
    }

    /// <summary>
    /// Adds one window to the discounted sum: the expected transactions up to the window's end are G · P(alive), and
    /// the window's own are the increase over the largest so far (never negative), times the window's discount. Returns
    /// the lanes whose G lies in (0, ρτ] (ρτ: a customer who never drops out); outside it, rounding has won.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TLane AddWindow<TLane>(TLane g, TLane alive, TLane ceiling, double discount, ref TLane total, ref TLane previous)
        where TLane : struct, ILane<TLane>
    {
        var zero = TLane.Create(0d);
        var current = TLane.Max(g, zero) * alive;
        total += TLane.Max(current - previous, zero) * TLane.Create(discount);
        previous = TLane.Max(previous, current);
        return TLane.GreaterThan(g, zero) & TLane.LessThanOrEqual(g, ceiling * TLane.Create(1d + 1e-6));
    }

    /// <summary>G(s) and G′(s) from the series at 0: Σₙ (−1)ⁿ⁺¹ (ρ)ₙ (a)ₙ₋₁ / ((c+1)ₙ₋₁ n!) sⁿ, for s ≤ ½.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (TLane Value, TLane Slope, TLane Fine) FromOrigin<TLane>(TLane rho, TLane c, TLane s)
        where TLane : struct, ILane<TLane>
    {
        var term = rho * s;
        var sum = term;
        var weighted = term;
        var magnitude = TLane.Abs(term);
        var done = TLane.Equal(term, TLane.Create(0d));
        var (value, moment, size) = (sum, weighted, magnitude);
        for (int n = 1; n < MaxTerms; n++)
        {
            term *= -(rho + TLane.Create((double)n)) * (TLane.Create(n < KernelConstants.Length ? _origin[n] : (_a + n - 1d) / (n + 1d)) * s) / (c + TLane.Create((double)n));
            sum += term;
            weighted += TLane.Create(n + 1d) * term;
            magnitude += TLane.Abs(term);
            var converged = TLane.LessThanOrEqual(TLane.Abs(term), TLane.Create(Tolerance) * TLane.Abs(sum))
                | ~TLane.Equal(sum - sum, TLane.Create(0d));
            var finishing = TLane.AndNot(converged, done);
            if (TLane.AnySet(finishing))
            {
                value = TLane.ConditionalSelect(finishing, sum, value);
                moment = TLane.ConditionalSelect(finishing, weighted, moment);
                size = TLane.ConditionalSelect(finishing, magnitude, size);
                done |= finishing;
                if (TLane.AllSet(done))
                {
                    break;
                }
            }
        }

        // G′(s) = Σ n tₙ / s (ρ when s = 0).
        var slope = TLane.ConditionalSelect(TLane.Equal(s, TLane.Create(0d)), rho, moment / s);
        return (value, slope, done & Fit(value, size));
    }

    /// <summary>G(τ₀+h) and G′(τ₀+h) from G(τ₀) and G′(τ₀) by one Taylor step of the differential equation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (TLane Value, TLane Slope, TLane Fine) Step<TLane>(TLane rho, TLane c, TLane tau, TLane h, TLane g, TLane slope)
        where TLane : struct, ILane<TLane>
    {
        var one = TLane.Create(1d);
        var p0 = tau * (one + tau);
        var p1 = one + tau + tau;
        var q0 = c + ((rho + TLane.Create(_a)) * tau);
        var u = TLane.ConditionalSelect(TLane.Equal(h, TLane.Create(0d)), TLane.Create(0d), h / p0);

        // e_(m+2) = (A m + B)/(m+2) e_(m+1) + (C m + Cρ)(m+ε)/((m+1)(m+2)) e_m.
        var scaleA = -(u * p1);
        var scaleB = -(u * q0);
        var scaleC = -(u * h);
        var scaleCr = scaleC * rho;
        var e1 = h * slope;
        var e2 = ((scaleB * e1) + (scaleCr * ((TLane.Create(_epsilon) * g) - c))) * TLane.Create(0.5);
        var sum = g + e1 + e2;
        var weighted = e1 + (TLane.Create(2d) * e2);
        var magnitude = TLane.Abs(g) + TLane.Abs(e1) + TLane.Abs(e2);
        var done = TLane.Create(0d);
        var (value, moment, size) = (sum, weighted, magnitude);
        for (int m = 1; m < MaxTerms; m += 2)
        {
            double m1 = m, m2 = m + 1d, m3 = m + 2d, m4 = m + 3d;
            var (k1, k2, k3, k4) = (2 * (m - 1)) + 3 < KernelConstants.Length
                ? (_steps[2 * (m - 1)], _steps[(2 * (m - 1)) + 1], _steps[(2 * (m - 1)) + 2], _steps[(2 * (m - 1)) + 3])
                : StepFactors(m, _epsilon);
            var first = ((scaleA * TLane.Create(m1)) + scaleB) * TLane.Create(k1) * e2
                + ((scaleC * TLane.Create(m1)) + scaleCr) * TLane.Create(k2) * e1;
            var second = ((scaleA * TLane.Create(m2)) + scaleB) * TLane.Create(k3) * first
                + ((scaleC * TLane.Create(m2)) + scaleCr) * TLane.Create(k4) * e2;
            sum += first + second;
            weighted += (TLane.Create(m3) * first) + (TLane.Create(m4) * second);
            var pair = TLane.Abs(first) + TLane.Abs(second);
            magnitude += pair;
            (e1, e2) = (first, second);
            var converged = TLane.LessThanOrEqual(pair, TLane.Create(Tolerance) * TLane.Abs(sum))
                | ~TLane.Equal(sum - sum, TLane.Create(0d));
            var finishing = TLane.AndNot(converged, done);
            if (TLane.AnySet(finishing))
            {
                value = TLane.ConditionalSelect(finishing, sum, value);
                moment = TLane.ConditionalSelect(finishing, weighted, moment);
                size = TLane.ConditionalSelect(finishing, magnitude, size);
                done |= finishing;
                if (TLane.AllSet(done))
                {
                    break;
                }
            }
        }

        // G′(τ₀+h) = Σ m eₘ / h (unchanged when the lane does not move).
        var next = TLane.ConditionalSelect(TLane.Equal(h, TLane.Create(0d)), slope, moment / h);
        return (value, next, done & Fit(value, size));
    }

    /// <summary>Lanes whose value is finite and whose terms did not cancel by more than four digits.</summary>
    private static TLane Fit<TLane>(TLane value, TLane magnitude)
        where TLane : struct, ILane<TLane> =>
        TLane.Equal(value - value, TLane.Create(0d))
        & TLane.LessThanOrEqual(magnitude, TLane.Create(1e4) * TLane.Abs(value));
}
