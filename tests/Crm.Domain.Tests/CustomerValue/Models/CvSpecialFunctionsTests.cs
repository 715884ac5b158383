using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.Numerics;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using MathNet.Numerics;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// The special functions written here, against closed forms and against values computed independently with mpmath
/// 1.3.0 at 30 significant digits (<c>mpmath.hyp2f1</c>, <c>mpmath.hyperu</c>, <c>mpmath.quad</c>).
/// </summary>
public class CvSpecialFunctionsTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.01)]
    [InlineData(0.3)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void Hyp2F1_one_one_two_is_minus_log_one_minus_z_over_z(double z)
    {
        double expected = z == 0d ? 1d : -Math.Log(1d - z) / z;
        Within.Relative(expected, CvSpecialFunctions.Hypergeometric2F1(1, 1, 2, z), 1e-12);
        Assert.Equal(Math.Log(expected), CvSpecialFunctions.LogHyp2F1OneB(1, 2, z, out _, out _, out _), 12);
    }

    [Theory]
    [InlineData(0.5, 2.5, 0.4)]
    [InlineData(3.7, 1.2, 0.85)]
    [InlineData(12.0, 0.3, 0.1)]
    public void Hyp2F1_with_c_equal_b_is_a_power(double a, double b, double z) =>
        Within.Relative(Math.Pow(1d - z, -a), CvSpecialFunctions.Hypergeometric2F1(a, b, b, z), 1e-12);

    [Theory]
    [InlineData(1, 1, 2, 0.5, 1.3862943611198906188)]
    [InlineData(1, 1, 2, 0.99, 4.6516870565536267891)]
    [InlineData(0.5, 1.5, 2.5, 0.3, 1.1080625510569319884)]
    [InlineData(3.2, 1.7, 4.2, 0.95, 25.653191683393209208)]
    [InlineData(26.8, 1.6, 27.8, 0.9, 27.716252985013518418)]
    [InlineData(2, 3, 1.5, 0.7, 90.409359507026807352)]
    public void Hyp2F1_matches_mpmath(double a, double b, double c, double z, double expected) =>
        Within.Relative(expected, CvSpecialFunctions.Hypergeometric2F1(a, b, c, z), 1e-11);

    [Fact]
    public void LogHyp2F1OneB_handles_a_large_parameter()
    {
        // mpmath.hyp2f1(1, 10000.5, 10002.1, 0.6)
        Within.Relative(Math.Log(2.4994003597257577343), CvSpecialFunctions.LogHyp2F1OneB(10000.5, 10002.1, 0.6, out _, out _, out _), 1e-12);
    }

    [Theory]
    [InlineData(0.99999, 11.513040595376182182)]  // 2F1(1,1;2;z) = -ln(1-z)/z: 1 - z far below the exact-sum range
    [InlineData(0.9999999, 16.118097262768046065)]
    public void LogHyp2F1OneB_tail_approximation_near_one(double z, double expected) =>
        Within.Relative(Math.Log(expected), CvSpecialFunctions.LogHyp2F1OneB(1, 2, z, out _, out _, out _), 1e-4);

    [Theory]
    [InlineData(1.3, 2.9, 0.4)]
    [InlineData(30.5, 31.7, 0.93)]
    [InlineData(0.2, 5.0, 0.0)]
    public void LogHyp2F1OneB_derivatives_match_finite_differences(double b, double c, double z)
    {
        double f(double bb, double cc, double zz) => CvSpecialFunctions.LogHyp2F1OneB(bb, cc, zz, out _, out _, out _);
        _ = CvSpecialFunctions.LogHyp2F1OneB(b, c, z, out double db, out double dc, out double dz);
        const double H = 1e-6;
        Assert.Equal((f(b + H, c, z) - f(b - H, c, z)) / (2 * H), db, 6);
        Assert.Equal((f(b, c + H, z) - f(b, c - H, z)) / (2 * H), dc, 6);
        double zPlus = z + H, zMinus = Math.Max(z - H, 0d);
        Assert.Equal((f(b, c, zPlus) - f(b, c, zMinus)) / (zPlus - zMinus), dz, 5);
    }

    [Theory]
    [InlineData(0.6060625, 0.136, 1.3051336661423970291)]
    [InlineData(0.6060625, 3.5, 0.40961757691739450044)]
    [InlineData(0.5, 0.1, 1.2825093897118495901)]
    [InlineData(1.0, 1.0, 0.59634736232319407434)]
    [InlineData(2.0, 0.5, 1.0770893675162695312)]
    [InlineData(1.5, 2.5, 0.17026640662253594537)]
    [InlineData(1.0000001, 0.3, 1.2225356537781568265)]
    [InlineData(3.7, 0.05, 1172.7120085701646324)]
    [InlineData(0.25, 10, 0.54973664345635066979)]
    public void TricomiU_with_equal_parameters_matches_mpmath(double s, double z, double expected) =>
        Within.Relative(expected, CvSpecialFunctions.TricomiUEqualParameters(s, z), 1e-10);

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.7)]
    [InlineData(1.9)]
    [InlineData(2.1)]
    [InlineData(15)]
    public void TricomiU_closed_forms(double z)
    {
        // U(1/2, 1/2, z) = e^z sqrt(pi) erfc(sqrt z); U(3/2, 3/2, z) = e^z Gamma(-1/2, z) = 2/sqrt z - 2 sqrt(pi) e^z erfc(sqrt z).
        double erfcPart = Math.Exp(z) * Math.Sqrt(Math.PI) * SpecialFunctions.Erfc(Math.Sqrt(z));
        Within.Relative(erfcPart, CvSpecialFunctions.TricomiUEqualParameters(0.5, z), 1e-10);
        Within.Relative((2d / Math.Sqrt(z)) - (2d * erfcPart), CvSpecialFunctions.TricomiUEqualParameters(1.5, z), 1e-9);
    }

    [Theory]
    [InlineData(1e-6, 1.0000005000001666667e-6, 9.9999950000033333308e-7)] // mpmath.expm1, mpmath.log1p
    [InlineData(-1e-9, -9.9999999950000000017e-10, -1.0000000005000000003e-9)]
    [InlineData(0.3, 0.34985880757600310398, 0.26236426446749105203)]
    [InlineData(1e-3, 1.0005001667083416681e-3, 9.9950033308353316680e-4)]
    public void ExpM1_and_Log1P_are_accurate(double x, double expm1, double log1p)
    {
        Within.Relative(expm1, CvSpecialFunctions.ExpM1(x), 1e-14);
        Within.Relative(log1p, CvSpecialFunctions.Log1P(x), 1e-14);
    }

    [Theory]
    [InlineData(26, 30.85714, 31, 86.264483342019418276)]
    [InlineData(0, 0, 38.85714, 0.47824361023407643385)]
    [InlineData(2, 30.43, 38.86, 6.5008917144114530523)]
    [InlineData(10, 20, 39, 2.4811642178293270374)]
    public void ParetoNbd_DERT_matches_an_independent_quadrature(int x, double tx, double age, double expected)
    {
        // Independent derivation: DERT = P(alive) (r+x)/(alpha+T) E[1/(mu+delta)], mu ~ Gamma(s, beta+T) given alive,
        // with E[1/(mu+delta)] integrated numerically by mpmath.quad against the Gamma density (no Tricomi U), at BTYD's
        // parameters and delta = ln(1.15)/52 (15 % a year, continuously compounded per week, as in FHL 2005 "RFM and CLV").
        // Not validated against a published DERT figure: none is in the reference data.
        var m = ParetoNbdModel.Create(0.5533971, 10.5801985, 0.6060625, 11.6562237);
        double delta = Math.Log(1.15) / 52d;
        Within.Relative(expected, m.DiscountedExpectedResidualTransactions(CustomerSummary.Create(x, tx, age), delta), 1e-8);
    }

    [Theory]
    [InlineData(50, 0.1, 0.01, 1, 520, 230501.776474141)]      // r >> a + b, a << 1: both series fail, quadrature fallback
    [InlineData(38.7, 28.86, 0.5, 0.5, 520, 29.6895399309129)] // a + b = 1 exactly
    [InlineData(50, 1, 3, 0.01, 107, 1.0049999996229)]         // r >> a + b: positive-series fallback
    [InlineData(39.15, 1, 10.66, 0.01, 793.6, 1.00103519668737)] // b << 1 and z near 1: quadrature with g(1) split off
    public void BgNbd_new_customer_expectation_in_hard_regions_matches_mpmath(double r, double alpha, double a, double b, double t, double expected)
    {
        // mpmath: (a+b-1)/(a-1) [1 - (alpha/(alpha+t))^r hyp2f1(r, b; a+b-1; t/(alpha+t))] at 50 digits, or for a + b = 1
        // mpmath.quad of p^(a-2) (1-p)^(b-1) (1 - (1 + p t/alpha)^-r) / B(a, b).
        Within.Relative(expected, Crm.Domain.CustomerValue.Models.BgNbd.BgNbdModel.Create(r, alpha, a, b).ExpectedTransactionsNewCustomer(t), 1e-9);
    }
}
