using Crm.Domain.CustomerValue.Models.Numerics;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 13, item 6: the special functions at both sides of each switch between their formulas (series / continued
/// fraction, small-order shift and recurrences, Kahan's tricks), against Python mpmath 1.3.0 at 40 digits
/// (<c>exp(z)*gammainc(a, z)</c>, <c>psi(1, x)</c>, <c>expm1</c>, <c>log1p</c>).
/// </summary>
public class SpecialFunctionEdgeTests
{
    [Theory]
    [InlineData(0.0, 0.5, 0.92291063248373046883)] // order 0: −γ and ln z
    [InlineData(0.0005, 0.3, 1.2222921942769545007)] // ln Γ(1+a) by its ζ series
    [InlineData(-0.0005, 0.3, 1.222779169974662104)]
    [InlineData(0.3, 1.9, 0.50020105556538990376)] // the series just below z = 2
    [InlineData(0.7, 1.999, 0.73145279248715208333)] // shifted to −0.3, one step up
    [InlineData(0.5, 1.0, 0.75787215614131210604)] // a₀ = ½ exactly
    [InlineData(-0.5, 1.0, 0.48425568771737578791)] // a₀ = −½ moves to ½, one step down
    [InlineData(2.7, 0.8, 3.1825145927557076114)] // three steps up
    [InlineData(-3.2, 1.5, 0.054246634161249573212)] // three steps down
    [InlineData(-0.45, 0.01, 14.347276672441475467)]
    [InlineData(1.5, 2.0, 1.7121666017860275557)] // the continued fraction from z = 2
    [InlineData(-31.0, 1.0, 0.03121859694268796811)] // and for a < −30 whatever z
    [InlineData(3.0, 10.0, 122.0)] // e^z Γ(3, z) = z² + 2z + 2
    public void Scaled_upper_gamma_matches_mpmath(double a, double z, double expected) =>
        Within.Relative(expected, CvSpecialFunctions.ScaledUpperGamma(a, z), 1e-12);

    [Theory]
    [InlineData(0.5, 4.9348022005446793094)] // π²/2
    [InlineData(1.0, 1.6449340668482264365)] // π²/6
    [InlineData(3.3, 0.35350154184106181026)]
    [InlineData(9.99, 0.10527695014824178675)] // one recurrence step
    [InlineData(10.0, 0.10516633568168574612)] // the asymptotic series alone
    [InlineData(25.5, 0.039994669649562924037)]
    [InlineData(1e-3, 1000001.642533195869)]
    public void Trigamma_matches_mpmath(double x, double expected) =>
        Within.Relative(expected, CvSpecialFunctions.Trigamma(x), 5e-14);

    [Theory]
    [InlineData(9.99e-6, 9.9900499002161675815e-6)] // the cubic
    [InlineData(1.001e-5, 0.000010010050100217167585)] // Kahan's form
    [InlineData(-1e-4, -0.000099995000166662500083)]
    [InlineData(0.49, 0.63231621995537897012)]
    [InlineData(0.51, 0.66529119494588630843)] // e^x − 1 directly
    [InlineData(-0.6, -0.45118836390597356737)]
    [InlineData(2.0, 6.3890560989306502272)]
    public void ExpM1_matches_mpmath_on_both_sides_of_each_switch(double x, double expected) =>
        Within.Relative(expected, CvSpecialFunctions.ExpM1(x), 2e-16);

    [Theory]
    [InlineData(1e-17, 9.99999999999999995e-18)] // 1 + x rounds to 1
    [InlineData(1e-10, 9.9999999995e-11)]
    [InlineData(-0.5, -0.69314718055994530942)]
    [InlineData(5.0, 1.7917594692280550008)]
    public void Log1P_matches_mpmath(double x, double expected) =>
        Within.Relative(expected, CvSpecialFunctions.Log1P(x), 2e-16);

    [Fact]
    public void Log_sum_exp_and_the_exponential_quotient_have_their_limits()
    {
        Within.Relative(1000.6931471805599453, CvSpecialFunctions.LogSumExp(1000d, 1000d), 1e-16);
        Within.Relative(2.0485873515737420588, CvSpecialFunctions.LogSumExp(-1d, 2d), 1e-15);
        Within.Relative(2.0485873515737420588, CvSpecialFunctions.LogSumExp(2d, -1d), 1e-15);
        Assert.Equal(double.NegativeInfinity, CvSpecialFunctions.LogSumExp(double.NegativeInfinity, double.NegativeInfinity));
        Assert.Equal(3d, CvSpecialFunctions.LogSumExp(double.NegativeInfinity, 3d));

        Assert.Equal(0.7, CvSpecialFunctions.OneMinusExpOver(0d, -0.7));
        Within.Relative((1d - Math.Exp(0.5 * -0.7)) / 0.5, CvSpecialFunctions.OneMinusExpOver(0.5, -0.7), 1e-15);
        Within.Relative((1d - Math.Exp(-2d * -0.7)) / -2d, CvSpecialFunctions.OneMinusExpOver(-2d, -0.7), 1e-15);
    }

    [Fact]
    public void The_plain_2f1_series_sums_at_least_three_terms()
    {
        Assert.Equal(1d, CvSpecialFunctions.Hypergeometric2F1(1d, 1d, 2d, 0d));
        Assert.Equal(1d, CvSpecialFunctions.Hypergeometric2F1(0d, 1d, 2d, 0.5));
        // 2F1(−2, 1; 1; z) = (1 − z)², a polynomial whose third term vanishes.
        Within.Relative(0.25, CvSpecialFunctions.Hypergeometric2F1(-2d, 1d, 1d, 0.5), 1e-15);
    }
}
