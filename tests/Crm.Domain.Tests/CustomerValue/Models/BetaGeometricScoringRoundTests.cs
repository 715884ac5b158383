using Crm.Domain.Benchmarks.Baselines;
using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 18 item 6 (single core): the reworked beta-geometric scoring kernel against the previous kernel,
/// <see cref="BetaGeometricScoringPrevious"/>, kept unchanged as the reference: at both widths, alone and in a batch,
/// for the BG/NBD and the MBG/NBD (b + 1, drop-out at the start), over the extreme parameters of
/// <see cref="ModelArbitraries"/> (where the fallback runs) and over CDNOW-like customers. P(alive) keeps its bits;
/// E[X(t)] comes from Taylor rows at fixed anchors where the model allows them (a + b − 1 − r ≥ 0), which rounds
/// differently from the series: on CDNOW-like customers it must agree to 5e-14 relative (each kernel's own rounding
/// there is up to 7.5e-15 against a 40-digit reference: <see cref="BetaGeometricReferenceTests"/>), and over the
/// extreme parameters to 1e-11, the cancellation both kernels accept (a row's G(τₖ) comes from the series, whose
/// terms may cancel up to four digits before the fallback takes over: at r = 0.01, a = 0.1, b = 21.84, x = 0,
/// τ = 4.18 the previous kernel is 5.3e-13 from mpmath's value and the rows 1.5e-12); and keep the previous bits
/// wherever the rows do not apply.
/// </summary>
public class BetaGeometricScoringRoundTests
{
    public static Arbitrary<(ScoringCase Case, CustomerSummary[] Customers)> Batches() =>
        (from c in ModelArbitraries.Cases().Generator
         from customers in Gen.ArrayOf(ModelArbitraries.Customers()).Where(a => a.Length is > 0 and <= 19)
         select (c, customers)).ToArbitrary();

    [Property(Arbitrary = [typeof(BetaGeometricScoringRoundTests)], MaxTest = 200)]
    public bool The_kernel_agrees_with_the_previous_kernel((ScoringCase Case, CustomerSummary[] Customers) c)
    {
        double r = c.Case.Bg.R, alpha = c.Case.Bg.Alpha, a = c.Case.Bg.A, b = c.Case.Bg.B;
        return SameAsPrevious(r, alpha, a, b, false, c.Customers, c.Case.ShortWindow, 1e-11)
            && SameAsPrevious(r, alpha, a, b, false, c.Customers, c.Case.LongWindow, 1e-11)
            && SameAsPrevious(r, alpha, a, b + 1d, true, c.Customers, c.Case.LongWindow, 1e-11);
    }

    [Theory]
    [InlineData(39d)]
    [InlineData(4.35)]
    [InlineData(52d)]
    [InlineData(520d)]
    public void Cdnow_like_customers_agree_with_the_previous_kernel(double t)
    {
        // 20,000 customers drawn from the published CDNOW BG/NBD (Fader, Hardie & Lee 2005), ages in [27, 39] weeks.
        var rng = new Random(3);
        var ages = Enumerable.Range(0, 20_000).Select(_ => 27d + (rng.NextDouble() * 12d)).ToArray();
        var customers = new CustomerSummary[ages.Length];
        BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667).Simulate(ages, 5, customers);
        Assert.True(SameAsPrevious(0.2425982, 4.4136842, 0.7929899, 2.4261667, false, customers, t, 5e-14));
        Assert.True(SameAsPrevious(0.2425982, 4.4136842, 0.7929899, 3.4261667, true, customers, t, 5e-14));
    }

    private static bool SameAsPrevious(double r, double alpha, double a, double b, bool canDropAtStart, CustomerSummary[] customers, double t, double tolerance)
    {
        var kernel = new BetaGeometricScoring(r, alpha, a, b, canDropAtStart);
        var previous = new BetaGeometricScoringPrevious(r, alpha, a, b, canDropAtStart);
        int n = customers.Length;
        double[] alive = new double[n], expected = new double[n], alivePrevious = new double[n], expectedPrevious = new double[n];
        LaneBatch.Run<BetaGeometricScoring, Lane512>(kernel, customers, t, alive, expected);
        LaneBatch.Run<BetaGeometricScoringPrevious, Lane512>(previous, customers, t, alivePrevious, expectedPrevious);
        double[] alive4 = new double[n], expected4 = new double[n], alivePrevious4 = new double[n], expectedPrevious4 = new double[n];
        LaneBatch.Run<BetaGeometricScoring, Lane256>(kernel, customers, t, alive4, expected4);
        LaneBatch.Run<BetaGeometricScoringPrevious, Lane256>(previous, customers, t, alivePrevious4, expectedPrevious4);
        bool rows = a + b - 1d - r >= 0d;
        return Enumerable.Range(0, n).All(i =>
            Same(alive[i], alivePrevious[i]) && Same(alive4[i], alivePrevious4[i])
            && Same(expected[i], expected4[i])
            && (rows ? Close(expected[i], expectedPrevious[i], tolerance) : Same(expected[i], expectedPrevious[i])))
            && customers.Take(5).All(x =>
            {
                var single = LaneBatch.Single<BetaGeometricScoring, Lane256>(kernel, x.Frequency, x.Recency, x.Age, t, true);
                var old = LaneBatch.Single<BetaGeometricScoringPrevious, Lane256>(previous, x.Frequency, x.Recency, x.Age, t, true);
                return Same(single.Alive, old.Alive) && (rows ? Close(single.Expected, old.Expected, tolerance) : Same(single.Expected, old.Expected));
            });
    }

    private static bool Same(double left, double right) => BitConverter.DoubleToInt64Bits(left) == BitConverter.DoubleToInt64Bits(right);

    private static bool Close(double value, double reference, double tolerance) => Math.Abs(value - reference) <= tolerance * Math.Abs(reference);
}
