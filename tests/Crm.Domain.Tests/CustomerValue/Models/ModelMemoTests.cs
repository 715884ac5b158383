using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.Numerics;
using Crm.Domain.Serialization;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 18, eleventh session: a BG/NBD or MBG/NBD model keeps the Taylor rows its single customers and small batches
/// needed (<see cref="TaylorMemo"/>). The memo changes costs only: every answer is the bits a kernel without a memo, a
/// batch with its own table, either width and any thread give; equality and JSON ignore it; it stays within its bounds.
/// </summary>
public class ModelMemoTests
{
    private const double R = 0.2425982;
    private const double Alpha = 4.4136842;
    private const double A = 0.7929899;
    private const double B = 2.4261667;

    private static bool Same(double left, double right) => BitConverter.DoubleToInt64Bits(left) == BitConverter.DoubleToInt64Bits(right);

    /// <summary>
    /// A fresh model's answers the first time (memo closed), later (memo open and filled), as a small batch and as a
    /// batch of 256 copies (a batch table) are the bits of a kernel that has no memo.
    /// </summary>
    [Property(Arbitrary = [typeof(LaneWidthTests)], MaxTest = 150)]
    public bool A_models_memo_never_changes_an_answer((ScoringCase Case, CustomerSummary[] Customers) c)
    {
        var m = c.Case.Bg;
        double t = c.Case.ShortWindow;
        var bg = BgNbdModel.Create(m.R, m.Alpha, m.A, m.B);
        var mbg = MbgNbdModel.Create(m.R, m.Alpha, m.A, m.B);
        return Agrees(c.Customers, t, new BetaGeometricScoring(m.R, m.Alpha, m.A, m.B, canDropAtStart: false), x => bg.ExpectedTransactions(x, t), (s, e) => bg.Score(s, t, new double[s.Length], e))
            && Agrees(c.Customers, t, new BetaGeometricScoring(m.R, m.Alpha, m.A, m.B + 1d, canDropAtStart: true), x => mbg.ExpectedTransactions(x, t), (s, e) => mbg.Score(s, t, new double[s.Length], e));
    }

    private static bool Agrees(CustomerSummary[] customers, double t, BetaGeometricScoring bare, Func<CustomerSummary, double> single, Action<CustomerSummary[], double[]> batch)
    {
        var reference = customers.Select(x => LaneBatch.Single<BetaGeometricScoring, Lane512>(bare, x.Frequency, x.Recency, x.Age, t, wantExpected: true).Expected).ToArray();
        var cold = customers.Select(single).ToArray();
        for (int i = 0; i < TaylorMemo.OpensAfter; i++)
        {
            _ = single(customers[0]);
        }

        var warm = customers.Select(single).ToArray();
        var small = new double[customers.Length];
        batch(customers, small);
        var copies = Enumerable.Range(0, 256).SelectMany(_ => customers).ToArray();
        var large = new double[copies.Length];
        batch(copies, large);
        return Enumerable.Range(0, customers.Length).All(i => Same(cold[i], reference[i]) && Same(warm[i], reference[i]) && Same(small[i], reference[i]))
            && Enumerable.Range(0, copies.Length).All(i => Same(large[i], reference[i % customers.Length]));
    }

    [Fact]
    public void The_memo_opens_after_its_first_vectors_and_holds_the_rows_built_after()
    {
        var memo = new TaylorMemo();
        var kernel = new BetaGeometricScoring(R, Alpha, A, B, canDropAtStart: false, memo);
        var bare = new BetaGeometricScoring(R, Alpha, A, B, canDropAtStart: false);
        double expected = LaneBatch.Single(bare, 3, 20d, 30d, 39d, wantExpected: true).Expected;
        for (int call = 1; call <= TaylorMemo.OpensAfter + 2; call++)
        {
            double value = LaneBatch.Single(kernel, 3, 20d, 30d, 39d, wantExpected: true).Expected;
            Assert.True(Same(value, expected), $"call {call}: {value:R} against {expected:R}");
            Assert.Equal(call < TaylorMemo.OpensAfter ? 0 : 1, memo.Count);
        }
    }

    [Fact]
    public void A_full_memo_stops_at_its_capacity_and_every_answer_keeps_its_bits()
    {
        // Every (x, k) the rows cover, 64 × 512 = 32,768 rows, four times the memo's 8,192: one customer per row
        // (T chosen so that τ = t/(α+T) is the anchor itself), asked twice.
        var memo = new TaylorMemo();
        var kernel = new BetaGeometricScoring(R, Alpha, A, B, canDropAtStart: false, memo);
        var bare = new BetaGeometricScoring(R, Alpha, A, B, canDropAtStart: false);
        const double T = 40d;
        for (int pass = 0; pass < 2; pass++)
        {
            for (int x = 0; x < TaylorAnchors.MaxX; x += pass + 1)
            {
                for (int k = 1; k < TaylorAnchors.MaxAnchor; k += 3)
                {
                    double t = k / TaylorAnchors.PerUnit * (Alpha + T);
                    double tx = x == 0 ? 0d : T / 2d;
                    var memoised = LaneBatch.Single(kernel, x, tx, T, t, wantExpected: true).Expected;
                    var built = LaneBatch.Single(bare, x, tx, T, t, wantExpected: true).Expected;
                    Assert.True(Same(memoised, built), $"x = {x}, k = {k}: {memoised:R} against {built:R}");
                }
            }
        }

        Assert.Equal(8_192, memo.Count);
    }

    [Fact]
    public void Threads_sharing_a_model_get_the_bits_of_one_thread()
    {
        // Four threads ask one fresh model about the same 6,000 customers in different orders, racing to build and
        // publish the same rows.
        var rng = new Random(5);
        var customers = Enumerable.Range(0, 6_000).Select(_ =>
        {
            int x = rng.Next(40);
            double age = 5d + (rng.NextDouble() * 70d);
            return CustomerSummary.Create(x, x == 0 ? 0d : age * rng.NextDouble(), age);
        }).ToArray();
        var bare = new BetaGeometricScoring(R, Alpha, A, B, canDropAtStart: false);
        var expected = customers.Select(c => LaneBatch.Single(bare, c.Frequency, c.Recency, c.Age, 52d, wantExpected: true).Expected).ToArray();
        var model = BgNbdModel.Create(R, Alpha, A, B);
        var results = new double[4][];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, thread =>
        {
            var order = Enumerable.Range(0, customers.Length).ToArray();
            new Random(thread).Shuffle(order);
            var mine = new double[customers.Length];
            foreach (int i in order)
            {
                mine[i] = model.ExpectedTransactions(customers[i], 52d);
            }

            results[thread] = mine;
        });
        Assert.All(results, r => Assert.True(Enumerable.Range(0, customers.Length).All(i => Same(r[i], expected[i]))));
    }

    [Fact]
    public void Equality_and_json_are_the_parameters_whatever_the_memo_holds()
    {
        var used = BgNbdModel.Create(R, Alpha, A, B);
        _ = used.ExpectedTransactions(CustomerSummary.Create(2, 10d, 30d), 39d);
        _ = used.ExpectedTransactions(CustomerSummary.Create(2, 10d, 30d), 39d);
        var fresh = BgNbdModel.Create(R, Alpha, A, B);
        Assert.True(used == fresh);
        Assert.False(used != fresh);
        Assert.True(used.Equals(fresh));
        Assert.True(used.Equals((object)fresh));
        Assert.Equal(fresh.GetHashCode(), used.GetHashCode());
        Assert.Single(new HashSet<BgNbdModel> { used, fresh, CrmJson.Deserialize<BgNbdModel>(CrmJson.Serialize(used)) });
        Assert.Equal(CrmJson.Serialize(fresh), CrmJson.Serialize(used));
        Assert.NotEqual(fresh, BgNbdModel.Create(R, Alpha, A, B * 1.0000001));
        Assert.False(used.Equals("a string"));

        var mbg = MbgNbdModel.Create(R, Alpha, A, B);
        _ = mbg.ProbabilityAlive(CustomerSummary.Create(2, 10d, 30d));
        Assert.True(mbg == MbgNbdModel.Create(R, Alpha, A, B));
        Assert.True(mbg != MbgNbdModel.Create(R * 2d, Alpha, A, B));
        Assert.Equal(MbgNbdModel.Create(R, Alpha, A, B).GetHashCode(), mbg.GetHashCode());
        Assert.Equal(mbg, CrmJson.Deserialize<MbgNbdModel>(CrmJson.Serialize(mbg)));
        Assert.Equal(default(BgNbdModel), default);
    }
}
