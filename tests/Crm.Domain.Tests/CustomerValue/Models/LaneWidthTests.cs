using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.Numerics;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 18 item 1: the scoring kernels at eight lanes (<see cref="Lane512"/>) and four (<see cref="Lane256"/>) give a
/// customer the same bits, alone or anywhere in a batch, so the width chosen for the machine never shows in a result.
/// Both instantiations are called directly (whatever the machine would choose).
/// </summary>
public class LaneWidthTests
{
    /// <summary>
    /// Every customer's P(alive) and E[Y(t)] from the batch and the single path at both widths, bit for bit equal to
    /// the four-lane single path (the reference: the previous implementation's path).
    /// </summary>
    internal static bool WidthsAgree<TScorer>(TScorer scorer, CustomerSummary[] customers, double t)
        where TScorer : struct, ILaneScorer
    {
        int n = customers.Length;
        double[] alive8 = new double[n], expected8 = new double[n], alive4 = new double[n], expected4 = new double[n];
        LaneBatch.Run<TScorer, Lane512>(scorer, customers, t, alive8, expected8);
        LaneBatch.Run<TScorer, Lane256>(scorer, customers, t, alive4, expected4);
        return Enumerable.Range(0, n).All(i =>
        {
            var c = customers[i];
            var single4 = LaneBatch.Single<TScorer, Lane256>(scorer, c.Frequency, c.Recency, c.Age, t, wantExpected: true);
            var single8 = LaneBatch.Single<TScorer, Lane512>(scorer, c.Frequency, c.Recency, c.Age, t, wantExpected: true);
            return Same(single8.Alive, single4.Alive) && Same(single8.Expected, single4.Expected)
                && Same(alive8[i], single4.Alive) && Same(expected8[i], single4.Expected)
                && Same(alive4[i], single4.Alive) && Same(expected4[i], single4.Expected);
        });
    }

    public static Arbitrary<(ScoringCase Case, CustomerSummary[] Customers)> Batches() =>
        (from c in ModelArbitraries.Cases().Generator
         from customers in Gen.ArrayOf(ModelArbitraries.Customers()).Where(a => a.Length is > 0 and <= 19)
         select (c, customers)).ToArbitrary();

    [Property(Arbitrary = [typeof(LaneWidthTests)], MaxTest = 150)]
    public bool Pareto_nbd_scores_are_the_same_bits_at_both_widths((ScoringCase Case, CustomerSummary[] Customers) c)
    {
        var m = c.Case.Pn;
        return WidthsAgree(new ParetoNbdScorer(m.R, m.Alpha, m.S, m.Beta), c.Customers, c.Case.LongWindow);
    }

    [Property(Arbitrary = [typeof(LaneWidthTests)], MaxTest = 150)]
    public bool Mbg_nbd_scores_are_the_same_bits_at_both_widths((ScoringCase Case, CustomerSummary[] Customers) c)
    {
        // The MBG/NBD runs the beta-geometric kernel with b + 1 and drop-out at the start (as MbgNbdModel does).
        double r = c.Case.Bg.R, alpha = c.Case.Bg.Alpha, a = c.Case.Bg.A, b = c.Case.Bg.B;
        var model = MbgNbdModel.Create(r, alpha, a, b);
        return WidthsAgree(new BetaGeometricScoring(r, alpha, a, b + 1d, canDropAtStart: true), c.Customers, c.Case.ShortWindow)
            && c.Customers.All(x => Same(model.ProbabilityAlive(x), LaneBatch.Single<BetaGeometricScoring, Lane256>(new(r, alpha, a, b + 1d, true), x.Frequency, x.Recency, x.Age, 0d, false).Alive));
    }

    [Property(MaxTest = 300)]
    public bool Log_exp_and_their_companions_are_the_same_bits_at_both_widths(NormalFloat value, byte exponent)
    {
        // Magnitudes from 1e-300 to 1e300, both signs for exp's argument (clamped at ±708 on both widths).
        double v = Math.Abs(value.Get) * Math.Pow(10d, (exponent % 60) - 30);
        if (!double.IsFinite(v))
        {
            return true;
        }

        var u = -v / 1000d;
        double[] narrow = Lanes(Lane256.Log(Lane256.Create(v)), Lane256.Exp(Lane256.Create(u)), Lane256.Exp(Lane256.Create(v)),
            LaneMath.Log1P(Lane256.Create(v)), LaneMath.ExpM1(Lane256.Create(u), Lane256.Exp(Lane256.Create(u))));
        double[] wide = Lanes(Lane512.Log(Lane512.Create(v)), Lane512.Exp(Lane512.Create(u)), Lane512.Exp(Lane512.Create(v)),
            LaneMath.Log1P(Lane512.Create(v)), LaneMath.ExpM1(Lane512.Create(u), Lane512.Exp(Lane512.Create(u))));
        return narrow.SequenceEqual(wide, BitComparer.Instance);
    }

    [Property(MaxTest = 200)]
    public bool Columns_and_gathers_read_the_table_at_the_lanes_offsets(int seed)
    {
        // A table of distinct values (its index plus a fraction) and random whole offsets with room for eight columns.
        var rng = new Random(seed);
        var table = Enumerable.Range(0, 200).Select(i => i + (1d / (i + 3))).ToArray();
        var offsets = Enumerable.Range(0, 8).Select(_ => (double)rng.Next(table.Length - 8)).ToArray();
        return ReadsTheTable<Lane512>(table, offsets) && ReadsTheTable<Lane256>(table, offsets);
    }

    private static bool ReadsTheTable<TLane>(double[] table, double[] offsets)
        where TLane : struct, ILane<TLane>
    {
        var lanes = TLane.Load(offsets);
        TLane.Columns(table, lanes, out var c0, out var c1, out var c2, out var c3, out var c4, out var c5, out var c6, out var c7);
        TLane[] columns = [c0, c1, c2, c3, c4, c5, c6, c7];
        return Enumerable.Range(0, TLane.Count).All(lane =>
            Enumerable.Range(0, 8).All(m => columns[m].GetElement(lane) == table[(int)offsets[lane] + m]
                && TLane.Gather(table, lanes + TLane.Create(m)).GetElement(lane) == table[(int)offsets[lane] + m]));
    }

    [Fact]
    public void A_width_is_chosen_and_it_has_eight_lanes_exactly_where_avx512_and_a_vectorised_log_are_there()
    {
        Assert.Equal(4, Lane256.Count);
        Assert.Equal(8, Lane512.Count);
#if NET9_0_OR_GREATER
        Assert.Equal(System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated, LaneBatch.Wide);
#else
        Assert.False(LaneBatch.Wide);
#endif
    }

    private static double[] Lanes<TLane>(params TLane[] values)
        where TLane : struct, ILane<TLane>
    {
        var all = new double[values.Length * TLane.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i].Store(all.AsSpan(i * TLane.Count, TLane.Count));
        }

        // Every lane of a broadcast holds the same bits; one per function is compared across widths.
        Assert.All(Enumerable.Range(0, all.Length), j => Assert.True(Same(all[j], all[j / TLane.Count * TLane.Count])));
        return Enumerable.Range(0, values.Length).Select(i => all[i * TLane.Count]).ToArray();
    }

    private static bool Same(double left, double right) => BitConverter.DoubleToInt64Bits(left) == BitConverter.DoubleToInt64Bits(right);

    private sealed class BitComparer : IEqualityComparer<double>
    {
        public static readonly BitComparer Instance = new();

        public bool Equals(double x, double y) => Same(x, y);

        public int GetHashCode(double obj) => obj.GetHashCode();
    }
}
