using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgBb;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 13, item 6 (mutation score of <c>CustomerValue/Models/</c>): every count model's single-customer answers pinned
/// at a few points against high-precision references, so that a changed operator or constant in a scoring kernel, a
/// series or a fallback changes a digit a test sees. The references were computed with Python mpmath 1.3.0 at 40
/// significant digits (<c>mp.dps = 40</c>) from the published formulas, independently of the library:
/// BG/NBD and MBG/NBD from Fader, Hardie &amp; Lee (2005) eq. 6, 8 and 10 and Batislam, Denizel &amp; Filiztekin (2007)
/// with <c>hyp2f1</c> (and, where c = a+b+x−1 = 0, the integral over p ~ Beta(a, b+x) of (1 − (1+p t/(α+T))^−(r+x))/p
/// by <c>quad</c>); Pareto/NBD from its definition (the likelihood's drop-out term as <c>quad</c> over the death time,
/// P(X(t) = n) as <c>quad</c> over τ, DERT as <c>quad</c> of E[1/(μ+δ)] over the posterior Gamma(s, β+T)); BG/BB from
/// Fader, Hardie &amp; Shang (2010) eq. 5, 11, 13 and 14 (its 2F1 by <c>hyp2f1</c>); Gamma-Gamma from Fader &amp; Hardie
/// (2013) eq. 3. The BG/NBD values at the CDNOW estimates include FHL's published E[Y(39) | 2, 30.43, 38.86] = 1.226.
/// </summary>
public class ReferenceValueTests
{
    private static readonly BgNbdModel CdnowBg = BgNbdModel.Create(0.2426, 4.4136, 0.7929, 2.4259);
    private static readonly MbgNbdModel Mbg = MbgNbdModel.Create(0.525, 6.183, 0.891, 1.614);
    private static readonly BgBbModel Donations = BgBbModel.Create(1.204, 0.750, 0.657, 2.783);

    private static void Relative(double expected, double actual, double tolerance = 1e-11) => Within.Relative(expected, actual, tolerance);

    private static CustomerSummary C(int x, double tx, double age) => CustomerSummary.Create(x, tx, age);

    [Theory]
    // x, t_x, T, ln L, P(alive), E[Y(39)], E[Y(1000)]
    [InlineData(0, 0d, 38.86, -0.55381991128943085, 1d, 0.19478676916062002, 2.1754265892979566)]
    [InlineData(2, 30.43, 38.86, -9.4596734501159921, 0.72661404485424713, 1.2259226579870331, 10.121280081332904)]
    [InlineData(7, 29.43, 35.38, -21.435557214571779, 0.7668098445658164, 4.2678710867390887, 29.68335002196175)]
    [InlineData(1, 2d, 32d, -4.4637154752495888, 0.26123857255955271, 0.29024687371531693, 2.4717524354650174)]
    [InlineData(20, 37d, 38d, -38.489966623282476, 0.94341036641126224, 13.585938070898548, 91.562980768175377)]
    public void Bg_nbd_at_the_cdnow_estimates_matches_the_closed_forms(int x, double tx, double age, double logLikelihood, double alive, double expected39, double expected1000)
    {
        var c = C(x, tx, age);
        Relative(logLikelihood, CdnowBg.LogLikelihood(c), 1e-12);
        Relative(alive, CdnowBg.ProbabilityAlive(c), 1e-13);
        Relative(expected39, CdnowBg.ExpectedTransactions(c, 39d));
        Relative(expected1000, CdnowBg.ExpectedTransactions(c, 1000d));

        // The batch paths score the same customer with the same kernel: one customer among others, at every position.
        var batch = new[] { C(1, 1d, 2d), c, C(3, 5d, 9d), c, c, C(0, 0d, 1d), C(5, 20d, 30d), C(2, 3d, 4d), c };
        var a = new double[batch.Length];
        var e = new double[batch.Length];
        CdnowBg.Score(batch, 39d, a, e);
        Relative(alive, a[8], 1e-13);
        Relative(expected39, e[8]);
        CdnowBg.ExpectedTransactions(batch, 1000d, e);
        Relative(expected1000, e[3]);
        CdnowBg.ProbabilityAlive(batch, a);
        Relative(alive, a[1], 1e-13);
    }

    [Fact]
    public void Bg_nbd_new_customer_counts_match_the_closed_forms()
    {
        Relative(1.1950476815137786, CdnowBg.ExpectedTransactionsNewCustomer(39d));
        Relative(1.8580239048662915, CdnowBg.ExpectedTransactionsNewCustomer(78d));
        Relative(6.5732668336820822, CdnowBg.ExpectedTransactionsNewCustomer(1000d));
        var windows = new double[2];
        CdnowBg.ExpectedTransactionsNewCustomer([39d, 1000d], windows);
        Relative(1.1950476815137786, windows[0]);
        Relative(6.5732668336820822, windows[1]);

        Relative(0.57429991970050545, CdnowBg.ProbabilityOfTransactions(0, 39d), 1e-12);
        Relative(0.19919386048701553, CdnowBg.ProbabilityOfTransactions(1, 39d), 1e-12);
        Relative(0.085324231275570124, CdnowBg.ProbabilityOfTransactions(2, 39d), 1e-12);
        Relative(0.017939051850962742, CdnowBg.ProbabilityOfTransactions(5, 39d), 1e-12);
        var distribution = new double[6];
        CdnowBg.ProbabilityOfTransactions(39d, distribution);
        Relative(0.57429991970050545, distribution[0], 1e-12);
        Relative(0.017939051850962742, distribution[5], 1e-12);
        Assert.Equal(1d, CdnowBg.ProbabilityOfTransactions(0, 0d));
        Assert.Equal(0d, CdnowBg.ProbabilityOfTransactions(1, 0d));
    }

    [Theory]
    // r, α, a, b; E[Y(20)] for (x = 0, T = 10) and for (x = 3, t_x = 8, T = 10).
    [InlineData(0.5, 3d, 1d, 2d, 0.58152970786957326, 2.4866154740897427)] // a = 1: the series' removable singularity
    [InlineData(0.5, 3d, 0.4, 0.6, 0.57221715114014016, 3.3562739467519218)] // a + b = 1 (c = 0 for x = 0)
    [InlineData(50d, 10d, 0.5, 0.8, 10.252431614880884, 0.44358762935915078)] // r ≫ a + b: alternating terms cancel
    [InlineData(2d, 5d, 20d, 30d, 1.4458821687268194, 1.0272084284808709)] // a, b + x ≥ 10
    [InlineData(3d, 2d, 0.05, 4d, 4.8614414429565427, 9.4857066382412017)] // a ≪ 1
    [InlineData(0.3, 2d, 30d, 2_000_000d, 0.49999187528278486, 5.4995538310154388)] // b in the millions
    public void Bg_nbd_in_the_parameter_corners_matches_the_references(double r, double alpha, double a, double b, double newcomer, double repeat)
    {
        var model = BgNbdModel.Create(r, alpha, a, b);
        Relative(newcomer, model.ExpectedTransactions(C(0, 0d, 10d), 20d), 1e-9);
        Relative(repeat, model.ExpectedTransactions(C(3, 8d, 10d), 20d), 1e-9);
        var e = new double[9];
        var customers = Enumerable.Repeat(C(3, 8d, 10d), 9).ToArray();
        customers[4] = C(0, 0d, 10d);
        model.ExpectedTransactions(customers, 20d, e);
        Relative(newcomer, e[4], 1e-9);
        Relative(repeat, e[8], 1e-9);
    }

    [Theory]
    // x, t_x, T, ln L, P(alive), E[Y(39)]
    [InlineData(0, 0d, 38.86, -0.53983746353101456, 0.3897350809187629, 0.15401274667514668)]
    [InlineData(2, 30.43, 38.86, -9.4855513145339315, 0.70620226511848728, 1.2629606232673657)]
    [InlineData(7, 29.43, 35.38, -21.359316936896485, 0.75141814302037284, 4.0742953977968707)]
    public void Mbg_nbd_matches_the_closed_forms(int x, double tx, double age, double logLikelihood, double alive, double expected39)
    {
        var c = C(x, tx, age);
        Relative(logLikelihood, Mbg.LogLikelihood(c), 1e-12);
        Relative(alive, Mbg.ProbabilityAlive(c), 1e-13);
        Relative(expected39, Mbg.ExpectedTransactions(c, 39d));
        var a = new double[3];
        var e = new double[3];
        Mbg.Score([C(4, 6d, 7d), C(1, 1d, 50d), c], 39d, a, e);
        Relative(alive, a[2], 1e-13);
        Relative(expected39, e[2]);
    }

    [Fact]
    public void Mbg_nbd_new_customer_counts_match_the_closed_forms()
    {
        Relative(1.1829536655971726, Mbg.ExpectedTransactionsNewCustomer(39d));
        Relative(5.6122559658849873, Mbg.ExpectedTransactionsNewCustomer(1000d));
        Relative(0.58247318949328897, Mbg.ProbabilityOfTransactions(0, 39d), 1e-12);
        Relative(0.18278307728754051, Mbg.ProbabilityOfTransactions(1, 39d), 1e-12);
        Relative(0.086894825673490519, Mbg.ProbabilityOfTransactions(2, 39d), 1e-12);
        Relative(0.01938732355357035, Mbg.ProbabilityOfTransactions(5, 39d), 1e-12);
        var distribution = new double[3];
        Mbg.ProbabilityOfTransactions(39d, distribution);
        Relative(0.086894825673490519, distribution[2], 1e-12);
        Assert.Equal(1d, Mbg.ProbabilityOfTransactions(0, 0d));
        Assert.Equal(0d, Mbg.ProbabilityOfTransactions(3, 0d));
    }

    public static IEnumerable<object[]> ParetoPoints =>
    [
        // r, α, s, β, x, t_x, T, ln L, P(alive), E[Y(39)], DERT(δ = 0.0027)
        // CDNOW (α < β).
        new object[] { 0.5533, 10.5776, 0.6061, 11.6650, 0, 0d, 38.86, -0.52122598002834435, 0.29510779719605205, 0.10707110452626263, 0.47703108750938731 },
        new object[] { 0.5533, 10.5776, 0.6061, 11.6650, 2, 30.43, 38.86, -9.5542776090240355, 0.86913335125600794, 1.4551882819797842, 6.4832622373244115 },
        new object[] { 0.5533, 10.5776, 0.6061, 11.6650, 7, 29.43, 35.38, -21.146638776096144, 0.86814814990868867, 4.5753142420631854, 20.034639520767076 },
        new object[] { 0.5533, 10.5776, 0.6061, 11.6650, 1, 2d, 32d, -4.4452146875387432, 0.23026774667651234, 0.26617454939461746, 1.1448177993698502 },
        // α ≥ β.
        new object[] { 0.55, 12d, 0.6, 5d, 0, 0d, 38.86, -0.36805692296782867, 0.17743063485770684, 0.060963403610829352, 0.26423029848940814 },
        new object[] { 0.55, 12d, 0.6, 5d, 2, 30.43, 38.86, -9.9539145147709364, 0.85124649926733948, 1.3560429001076038, 5.8774215191001269 },
        new object[] { 0.55, 12d, 0.6, 5d, 1, 2d, 32d, -4.381507682841353, 0.14719271075657241, 0.16003305309364507, 0.66641046510066668 },
        // α far above β (the slow-series path, z > 0.8) with s = 1 (the logarithmic limit).
        new object[] { 0.8, 100d, 1d, 1d, 0, 0d, 38.86, -0.02584331439366315, 0.019798148878033481, 0.0031020628691297353, 0.0088943480266752148 },
        new object[] { 0.8, 100d, 1d, 1d, 2, 30.43, 38.86, -13.191837429877126, 0.77223832130827407, 0.42349218762446078, 1.2142522773455953 },
        new object[] { 0.8, 100d, 1d, 1d, 1, 2d, 32d, -6.0697262393825244, 0.063619695095390068, 0.022335052300813481, 0.060338144255216501 },
        // β far above α, s > 1.
        new object[] { 0.8, 3d, 2.5, 40d, 0, 0d, 38.86, -1.0844859900147498, 0.065803948259720686, 0.02992998959748397, 0.052606663309522306 },
        new object[] { 0.8, 3d, 2.5, 40d, 7, 29.43, 35.38, -20.792335286126818, 0.67634241601145695, 3.2119443316917638, 5.5383628593593771 },
        new object[] { 0.8, 3d, 2.5, 40d, 1, 2d, 32d, -3.9637346433631221, 0.038789245447867047, 0.045730841952610861, 0.077357189043364071 },
    ];

    [Theory]
    [MemberData(nameof(ParetoPoints))]
    public void Pareto_nbd_matches_its_definition(double r, double alpha, double s, double beta, int x, double tx, double age, double logLikelihood, double alive, double expected39, double dert)
    {
        var model = ParetoNbdModel.Create(r, alpha, s, beta);
        var c = C(x, tx, age);
        Relative(logLikelihood, model.LogLikelihood(c), 1e-11);
        Relative(alive, model.ProbabilityAlive(c), 1e-11);
        Relative(expected39, model.ExpectedTransactions(c, 39d), 1e-11);
        Relative(dert, model.DiscountedExpectedResidualTransactions(c, 0.0027), 1e-9);
        var a = new double[5];
        var e = new double[5];
        model.Score([C(1, 1d, 2d), C(5, 20d, 30d), c, C(0, 0d, 3d), C(2, 2d, 2d)], 39d, a, e);
        Relative(alive, a[2], 1e-11);
        Relative(expected39, e[2], 1e-11);
        var d = new double[2];
        model.DiscountedExpectedResidualTransactions([C(3, 4d, 5d), c], 0.0027, d);
        Relative(dert, d[1], 1e-9);
    }

    [Theory]
    // r, α, s, β; E[X(39)] of a new customer; P(X(39) = 0, 1, 3)
    [InlineData(0.5533, 10.5776, 0.6061, 11.6650, 1.2134802820526827, 0.59351839041881596, 0.16558672883627756, 0.049054423321323522)]
    [InlineData(0.55, 12d, 0.6, 5d, 0.7944485414599391, 0.69189245041930665, 0.1446419758500172, 0.034548175893052939)]
    [InlineData(0.8, 100d, 1d, 1d, 0.02951103563291149, 0.9744722460361035, 0.022378212345412486, 0.00048524455367174518)]
    [InlineData(0.8, 3d, 2.5, 40d, 4.5490657504501557, 0.33801630237635123, 0.15545748707963423, 0.068968760509746669)]
    public void Pareto_nbd_new_customer_counts_match_the_definition(double r, double alpha, double s, double beta, double expected39, double p0, double p1, double p3)
    {
        var model = ParetoNbdModel.Create(r, alpha, s, beta);
        Relative(expected39, model.ExpectedTransactionsNewCustomer(39d), 1e-12);
        Relative(p0, model.ProbabilityOfTransactions(0, 39d), 1e-11);
        Relative(p1, model.ProbabilityOfTransactions(1, 39d), 1e-11);
        Relative(p3, model.ProbabilityOfTransactions(3, 39d), 1e-11);
        var distribution = new double[4];
        model.ProbabilityOfTransactions(39d, distribution);
        Relative(p3, distribution[3], 1e-11);
        Assert.Equal(1d, model.ProbabilityOfTransactions(0, 0d));
        Assert.Equal(0d, model.ProbabilityOfTransactions(2, 0d));
    }

    [Theory]
    // x, t_x, n; ln L, P(alive at n + 1), E[X(n, n + 5)], E[X(n, n + 1)], DERT(d = 0.1): the donation estimates of FHS (2010).
    [InlineData(0, 0, 6, -1.1672624726738938, 0.1080165841686742, 0.072802877475043012, 0.016350511357692197, 0.1146469961817641)]
    [InlineData(3, 4, 6, -5.0593079474111037, 0.43946285705575649, 1.0342284984211045, 0.23227330287432742, 1.6286607730608238)]
    [InlineData(6, 6, 6, -2.1822484476182998, 0.93040254237288136, 3.7521156075998148, 0.84267285834224758, 5.9086783195553813)]
    [InlineData(2, 5, 6, -5.5065845926185685, 0.80447159464156002, 1.4428953704051189, 0.32405418521895377, 2.2722126618996393)]
    [InlineData(1, 1, 6, -2.288531685666258, 0.069408093206549674, 0.085635398337870302, 0.019232516649136973, 0.13485512560449609)]
    public void Bg_bb_matches_the_papers_formulas(int x, int tx, int n, double logLikelihood, double alive, double next5, double next1, double dert)
    {
        var c = C(x, tx, n);
        Relative(logLikelihood, Donations.LogLikelihood(c), 1e-12);
        Relative(alive, Donations.ProbabilityAlive(c), 1e-12);
        Relative(next5, Donations.ExpectedTransactions(c, 5), 1e-12);
        Relative(next1, Donations.ExpectedTransactions(c, 1), 1e-12);
        Assert.Equal(0d, Donations.ExpectedTransactions(c, 0));
        Relative(dert, Donations.DiscountedExpectedResidualTransactions(c, 0.1), 1e-12);
    }

    [Theory]
    // x, m_x, ln f(m_x | p, q, γ, x) at p = 6.25, q = 3.74, γ = 15.44 (the CDNOW estimates of FHL 2005).
    [InlineData(1, 35.654, -4.2136200988407643)]
    [InlineData(2, 22.345, -3.5511891641399508)]
    [InlineData(10, 100d, -7.1477526916018243)]
    public void Gamma_gamma_log_likelihood_matches_the_density_of_the_average(int x, double m, double logLikelihood) =>
        Relative(logLikelihood, GammaGammaModel.Create(6.25, 3.74, 15.44).LogLikelihood(CustomerSummary.Create(x, 1d, 2d, m)), 1e-12);
}
