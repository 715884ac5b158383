using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.Numerics;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// The beta-geometric expectation given alive, G(τ) = E[Y(t) | alive, x] (Fader, Hardie &amp; Lee 2005, eq. 10 over
/// P(alive); the MBG/NBD with b + 1), against 40-digit values from mpmath's hyp2f1 at the published CDNOW BG/NBD
/// parameters (r = 0.2425982, a = 0.7929899, b = 2.4261667): eng/beta-geometric-reference.py writes the cases. The kernel
/// is checked from its Taylor rows (a batch's table, and rows built on the stack as a single customer gets them), and
/// where the rows do not reach (x ≥ 64, τ ≥ 8) from its series; and a batch that needs more rows than its table holds
/// gives every customer the bits it gets alone.
/// </summary>
public class BetaGeometricReferenceTests
{
    private const double R = 0.2425982, A = 0.7929899, B = 2.4261667;

    [Theory]
    [InlineData("bg", 0, 32.5, 39.0, 0.2513661837815337371)]
    [InlineData("bg", 0, 43.25, 39.0, 0.19488095132070556788)]
    [InlineData("bg", 0, 31.0, 4.375, 0.0335293968569420464)]
    [InlineData("bg", 0, 36.0, 0.015625, 0.00010528736422828140456)]
    [InlineData("bg", 0, 27.5, 200.0, 1.0459841653121274605)]
    [InlineData("bg", 0, 40.0, 520.0, 1.5374924480290784533)]
    [InlineData("bg", 1, 32.5, 39.0, 1.2232426264362265009)]
    [InlineData("bg", 1, 43.25, 39.0, 0.95815573476615222389)]
    [InlineData("bg", 1, 31.0, 4.375, 0.17040708462713214679)]
    [InlineData("bg", 1, 36.0, 0.015625, 0.00053927281130510365128)]
    [InlineData("bg", 1, 27.5, 200.0, 4.5817217678189887699)]
    [InlineData("bg", 1, 40.0, 520.0, 6.439091553856712293)]
    [InlineData("bg", 2, 32.5, 39.0, 2.1425699037851166862)]
    [InlineData("bg", 2, 43.25, 39.0, 1.6879376986638504836)]
    [InlineData("bg", 2, 31.0, 4.375, 0.30608382457154085992)]
    [InlineData("bg", 2, 36.0, 0.015625, 0.00097324586365871097844)]
    [InlineData("bg", 2, 27.5, 200.0, 7.6142844457435414164)]
    [InlineData("bg", 2, 40.0, 520.0, 10.49724184946865747)]
    [InlineData("bg", 5, 32.5, 39.0, 4.7968364013682586102)]
    [InlineData("bg", 5, 43.25, 39.0, 3.8089148899669430017)]
    [InlineData("bg", 5, 31.0, 4.375, 0.71036897255449236516)]
    [InlineData("bg", 5, 36.0, 0.015625, 0.0022751358958578333922)]
    [InlineData("bg", 5, 27.5, 200.0, 15.989409283581662355)]
    [InlineData("bg", 5, 40.0, 520.0, 21.601303486278698685)]
    [InlineData("bg", 10, 32.5, 39.0, 9.1275667046593150048)]
    [InlineData("bg", 10, 43.25, 39.0, 7.2805968627461075293)]
    [InlineData("bg", 10, 31.0, 4.375, 1.3813392802670440066)]
    [InlineData("bg", 10, 36.0, 0.015625, 0.0044449216331605905151)]
    [InlineData("bg", 10, 27.5, 200.0, 29.44533479564330066)]
    [InlineData("bg", 10, 40.0, 520.0, 39.420030050027920087)]
    [InlineData("bg", 40, 32.5, 39.0, 34.869898193386007744)]
    [InlineData("bg", 40, 43.25, 39.0, 27.940448213299212684)]
    [InlineData("bg", 40, 31.0, 4.375, 5.398478046605690144)]
    [InlineData("bg", 40, 36.0, 0.015625, 0.017463537853711598956)]
    [InlineData("bg", 40, 27.5, 200.0, 109.14352114096498268)]
    [InlineData("bg", 40, 40.0, 520.0, 144.98939454792249187)]
    [InlineData("bg", 63, 32.5, 39.0, 54.575177691336849727)]
    [InlineData("bg", 63, 43.25, 39.0, 43.757757394991331544)]
    [InlineData("bg", 63, 31.0, 4.375, 8.4770653091702987488)]
    [InlineData("bg", 63, 36.0, 0.015625, 0.027444462806478761224)]
    [InlineData("bg", 63, 27.5, 200.0, 170.12967611815959031)]
    [InlineData("bg", 63, 40.0, 520.0, 225.77941087404722592)]
    [InlineData("bg", 70, 32.5, 39.0, 60.571561012583488468)]
    [InlineData("bg", 70, 43.25, 39.0, 48.571084763337044748)]
    [InlineData("bg", 70, 31.0, 4.375, 9.4139893530815553156)]
    [InlineData("bg", 70, 36.0, 0.015625, 0.030482135178126387788)]
    [InlineData("bg", 70, 27.5, 200.0, 188.68755514414020662)]
    [InlineData("bg", 70, 40.0, 520.0, 250.36376386517700866)]
    [InlineData("mbg", 0, 32.5, 39.0, 0.2592539892575075497)]
    [InlineData("mbg", 0, 43.25, 39.0, 0.19979447310253118977)]
    [InlineData("mbg", 0, 31.0, 4.375, 0.033692870996502968299)]
    [InlineData("mbg", 0, 36.0, 0.015625, 0.0001052890216249204615)]
    [InlineData("mbg", 0, 27.5, 200.0, 1.1412105888125144809)]
    [InlineData("mbg", 0, 40.0, 520.0, 1.7137449320607594307)]
    [InlineData("mbg", 1, 32.5, 39.0, 1.2641663888667192052)]
    [InlineData("mbg", 1, 43.25, 39.0, 0.98412510659670748179)]
    [InlineData("mbg", 1, 31.0, 4.375, 0.17132555573850521723)]
    [InlineData("mbg", 1, 36.0, 0.015625, 0.00053928226086247843821)]
    [InlineData("mbg", 1, 27.5, 200.0, 4.9932779570227885994)]
    [InlineData("mbg", 1, 40.0, 520.0, 7.1455929662105497747)]
    [InlineData("mbg", 2, 32.5, 39.0, 2.2104204012302754)]
    [InlineData("mbg", 2, 43.25, 39.0, 1.7315342223222166557)]
    [InlineData("mbg", 2, 31.0, 4.375, 0.30769273292435468633)]
    [InlineData("mbg", 2, 36.0, 0.015625, 0.00097326259200849660192)]
    [InlineData("mbg", 2, 27.5, 200.0, 8.2242518735205083591)]
    [InlineData("mbg", 2, 40.0, 520.0, 11.50277303653844163)]
    [InlineData("mbg", 5, 32.5, 39.0, 4.9136596540493638924)]
    [InlineData("mbg", 5, 43.25, 39.0, 3.8855315826441445933)]
    [InlineData("mbg", 5, 31.0, 4.375, 0.71341200797808833502)]
    [InlineData("mbg", 5, 36.0, 0.015625, 0.002275168144137979988)]
    [InlineData("mbg", 5, 27.5, 200.0, 16.88085050042647234)]
    [InlineData("mbg", 5, 40.0, 520.0, 22.998357749283968407)]
    [InlineData("mbg", 10, 32.5, 39.0, 9.2801137644114859817)]
    [InlineData("mbg", 10, 43.25, 39.0, 7.3820554059256415812)]
    [InlineData("mbg", 10, 31.0, 4.375, 1.3855916566328148592)]
    [InlineData("mbg", 10, 36.0, 0.015625, 0.0044449673725891276848)]
    [InlineData("mbg", 10, 27.5, 200.0, 30.500634581116067245)]
    [InlineData("mbg", 10, 40.0, 520.0, 41.032070680391358434)]
    [InlineData("mbg", 40, 32.5, 39.0, 35.065094564434144565)]
    [InlineData("mbg", 40, 43.25, 39.0, 28.072375159215179642)]
    [InlineData("mbg", 40, 31.0, 4.375, 5.404387344479958621)]
    [InlineData("mbg", 40, 36.0, 0.015625, 0.017463602688418754041)]
    [InlineData("mbg", 40, 27.5, 200.0, 110.36541104943305765)]
    [InlineData("mbg", 40, 40.0, 520.0, 146.81326270037759691)]
    [InlineData("mbg", 63, 32.5, 39.0, 54.776995812046933925)]
    [InlineData("mbg", 63, 43.25, 39.0, 43.894491868717619829)]
    [InlineData("mbg", 63, 31.0, 4.375, 8.4832552670855206438)]
    [InlineData("mbg", 63, 36.0, 0.015625, 0.027444530948241586817)]
    [InlineData("mbg", 63, 27.5, 200.0, 171.37529622915702077)]
    [InlineData("mbg", 63, 40.0, 520.0, 227.63301497183825942)]
    [InlineData("mbg", 70, 32.5, 39.0, 60.774570133873376478)]
    [InlineData("mbg", 70, 43.25, 39.0, 48.708686075850298812)]
    [InlineData("mbg", 70, 31.0, 4.375, 9.4202305068817413641)]
    [InlineData("mbg", 70, 36.0, 0.015625, 0.030482203925471848472)]
    [InlineData("mbg", 70, 27.5, 200.0, 189.93739155623724718)]
    [InlineData("mbg", 70, 40.0, 520.0, 252.22264128982526753)]
    public void The_expectation_given_alive_matches_the_40_digit_reference(string model, int x, double baseTime, double t, double reference)
    {
        var kernel = new BetaGeometricScoring(R, 4.4136842, A, model == "bg" ? B : B + 1d, canDropAtStart: model == "mbg");
        using var anchors = TaylorAnchors.Rent();
        foreach (var k in new[] { kernel, kernel.WithAnchors(anchors), kernel.WithAnchors(anchors) })
        {
            double value = k.GivenAlive(Lane256.Create(x), Lane256.Create(baseTime), Lane256.Create(t)).ToScalar();
            Assert.True(Math.Abs(value - reference) <= 1.5e-14 * reference, $"G = {value:R}, reference {reference:R}, relative error {Math.Abs(value - reference) / reference:E2}");
        }
    }

    [Fact]
    public void A_batch_needing_more_rows_than_its_table_holds_gives_every_customer_its_single_bits()
    {
        // 60,000 customers over x = 0 … 69 and τ = 100/(α+T) spread over (0.05, 8.2): about 30,000 distinct rows, more
        // than the table's 8,192, so rows are also built on the stack (and x ≥ 64, τ ≥ 8 take the series).
        var rng = new Random(11);
        var customers = Enumerable.Range(0, 60_000).Select(_ =>
        {
            double tau = 0.05 + (rng.NextDouble() * 8.15);
            double age = Math.Max((100d / tau) - 4.4136842, 0d);
            int x = rng.Next(70);
            return CustomerSummary.Create(x, x == 0 ? 0d : age * rng.NextDouble(), age);
        }).ToArray();
        var kernel = new BetaGeometricScoring(R, 4.4136842, A, B, canDropAtStart: false);
        double[] alive = new double[customers.Length], expected = new double[customers.Length];
        LaneBatch.Run(kernel, customers, 100d, alive, expected);
        for (int i = 0; i < customers.Length; i += 7)
        {
            var c = customers[i];
            var single = LaneBatch.Single(kernel, c.Frequency, c.Recency, c.Age, 100d, wantExpected: true);
            Assert.Equal(BitConverter.DoubleToInt64Bits(single.Expected), BitConverter.DoubleToInt64Bits(expected[i]));
            Assert.Equal(BitConverter.DoubleToInt64Bits(single.Alive), BitConverter.DoubleToInt64Bits(alive[i]));
        }
    }
}
