using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.Numerics;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 13, item 2 (extreme values): the negative binomial's shape terms ln Γ(r + x) − ln Γ(r), ψ(r + x) − ψ(r) and
/// ψ₁(r + x) − ψ₁(r) stay accurate as r grows to the 1e300 the models accept, where the plain differences of the
/// special functions lose every digit (at r = 1e14 the log-gamma difference was 0.7 % off); and so do the count
/// models' P(X(t) = n), which are built on them. References: Python mpmath 1.3.0 at 400 digits (the log-gammas of
/// 1e300 are 6.9e302, so the difference needs about 320 digits), from FHL 2005 eq. 8 for the BG/NBD and Batislam,
/// Denizel &amp; Filiztekin 2007 for the MBG/NBD, the tail written as 1 − Σ_{j&lt;n} NB(j) and summed exactly.
/// </summary>
public class GammaRatiosTests
{
    [Theory]
    [InlineData(0.2425982, 7, 5.7182553880311874, 6.2677529662032908, -18.050423904589252)]
    [InlineData(9999.5, 3, 27.631171102179673, 0.00029998500274966255, -2.9997000824865026e-8)]
    [InlineData(10000.0, 1, 9.2103403719761827, 0.0001, -1.0e-8)]
    [InlineData(3300000.0, 50, 750.4720225321006, 1.5151402664118445e-5, -4.5913000538929084e-12)]
    [InlineData(10000000000.0, 1, 23.025850929940457, 1.0e-10, -1.0e-20)]
    [InlineData(1000000000000.0, 5, 138.15510557965274, 4.99999999999e-12, -4.99999999998e-24)]
    [InlineData(100000000000000.0, 1000, 32236.191301921635, 9.99999999995005e-12, -9.9999999999001e-26)]
    [InlineData(1e+300, 1, 690.77552789821371, 9.9999999999999995e-301, 0)]
    [InlineData(1e+300, 123456, 85280383.572201871, 1.2345599999999999e-295, 0)]
    public void The_ratios_meet_references_at_any_shape(double r, int x, double logGamma, double digamma, double trigamma)
    {
        // Below the large-shape switch the plain differences (MathNet's, and ψ₁ to about 1e-15 of itself); from it on, rounding.
        double tolerance = r < GammaRatios.LargeShape ? 1e-10 : 1e-15;
        Within.Relative(logGamma, GammaRatios.LogGamma(r, x), tolerance);
        Within.Relative(digamma, GammaRatios.Digamma(r, x), tolerance);
        if (trigamma == 0d)
        {
            // −x/r² at r = 1e300 is below the smallest double: 0 is the correctly rounded value.
            Assert.Equal(0d, GammaRatios.Trigamma(r, x));
        }
        else
        {
            Within.Relative(trigamma, GammaRatios.Trigamma(r, x), tolerance);
        }

        Assert.Equal(0d, GammaRatios.LogGamma(r, 0));
        Assert.Equal(0d, GammaRatios.Digamma(r, 0));
        Assert.Equal(0d, GammaRatios.Trigamma(r, 0));
    }

    [Theory]
    [InlineData(100000000.0, 100000000.0, 0.79, 2.43, 3.0, 0, 0.049787070608282025, 0.28291384521059792)]
    [InlineData(100000000.0, 100000000.0, 0.79, 2.43, 3.0, 1, 0.34584346213211215, 0.22585694324901157)]
    [InlineData(100000000.0, 100000000.0, 0.79, 2.43, 3.0, 3, 0.17017102732129348, 0.13994909579141082)]
    [InlineData(100000000.0, 100000000.0, 0.79, 2.43, 3.0, 6, 0.021704751015653743, 0.019490996457589228)]
    [InlineData(1000000000000.0, 2000000000000.0, 0.79, 2.43, 3.0, 0, 0.22313016014868085, 0.41372866123021567)]
    [InlineData(1000000000000.0, 2000000000000.0, 0.79, 2.43, 3.0, 1, 0.44317907056623101, 0.31504874667313686)]
    [InlineData(1000000000000.0, 2000000000000.0, 0.79, 2.43, 3.0, 3, 0.083079791832642309, 0.069675001336355832)]
    [InlineData(1000000000000.0, 2000000000000.0, 0.79, 2.43, 3.0, 6, 0.001464654140631909, 0.0013203595485413051)]
    [InlineData(1e+300, 1e+300, 0.79, 2.43, 3.0, 0, 0.049787068367863943, 0.28291384351984763)]
    [InlineData(1e+300, 1e+300, 0.79, 2.43, 3.0, 1, 0.3458434609910297, 0.22585694219129104)]
    [InlineData(1e+300, 1e+300, 0.79, 2.43, 3.0, 3, 0.17017102938264657, 0.13994909754079668)]
    [InlineData(1e+300, 1e+300, 0.79, 2.43, 3.0, 6, 0.021704750621400311, 0.019490996109876289)]
    public void Count_probabilities_of_nearly_poisson_models_meet_references(double r, double alpha, double a, double b, double t, int n, double bgNbd, double mbgNbd)
    {
        Within.Relative(bgNbd, BgNbdModel.Create(r, alpha, a, b).ProbabilityOfTransactions(n, t), 1e-12);
        Within.Relative(mbgNbd, MbgNbdModel.Create(r, alpha, a, b).ProbabilityOfTransactions(n, t), 1e-12);
    }

    /// <summary>The count distribution of a nearly Poisson model sums to 1 and its tail falls, on both sides of the mode.</summary>
    [Theory]
    [InlineData(2e4, 1e3, 25d)]
    [InlineData(1e9, 1e8, 4d)]
    [InlineData(1e200, 1e199, 30d)]
    public void Nearly_poisson_count_distributions_sum_to_one(double r, double alpha, double t)
    {
        // Mean purchases while active r t / α: 500, 40 and 300, so 3,000 counts hold all but a negligible tail.
        var bg = new double[3_000];
        var mbg = new double[3_000];
        BgNbdModel.Create(r, alpha, 0.79, 2.43).ProbabilityOfTransactions(t, bg);
        MbgNbdModel.Create(r, alpha, 0.79, 2.43).ProbabilityOfTransactions(t, mbg);
        Assert.Equal(1d, bg.Sum(), 12);
        Assert.Equal(1d, mbg.Sum(), 12);
        Assert.All(bg.Concat(mbg), p => Assert.InRange(p, 0d, 1d));
    }

    [Fact]
    public void A_count_at_the_end_of_the_int_range_has_probability_zero_not_an_overflow()
    {
        // Far beyond the mode (3 purchases expected): the tail sum starts at n = int.MaxValue and must not wrap.
        Assert.Equal(0d, BgNbdModel.Create(1e8, 1e8, 0.79, 2.43).ProbabilityOfTransactions(int.MaxValue, 3d));
        Assert.Equal(0d, MbgNbdModel.Create(1e8, 1e8, 0.79, 2.43).ProbabilityOfTransactions(int.MaxValue, 3d));
    }
}
