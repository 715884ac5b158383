using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Metrics.Scorecards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Tests.Metrics;

/// <summary>
/// Issue 13 item 6 (mutation survivors in the root accumulators of Metrics/): every count a result derives (each
/// NPS band, CES easy answers on scales that do not start at 1), the refusals with their texts, the state bounds at
/// their last accepted and first refused values, and the vector and scalar paths of the batch sums. Expected values
/// are counted by hand.
/// </summary>
public class AccumulatorMemberTests
{
    private static NpsAccumulator Nps(params int[] scores) => NpsAccumulator.Empty.AddRange(scores.Select(NpsRating.Of).ToArray());

    [Fact]
    public void Nps_results_count_each_band()
    {
        // 0 x1, 6 x2, 7 x3, 8 x4, 9 x5, 10 x6: promoters 11, passives 7, detractors 3 of 21; NPS = 100 x 8 / 21.
        int[] scores = [0, 6, 6, 7, 7, 7, 8, 8, 8, 8, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 10];
        var acc = Nps(scores);
        var r = acc.Result;
        Assert.Equal(21, r.Count);
        Assert.Equal(11, r.Promoters);
        Assert.Equal(7, r.Passives);
        Assert.Equal(3, r.Detractors);
        Assert.Equal(800d / 21, r.Score);
        Assert.True(r.HasValue);
        Assert.Equal(Ratio.Rate(11, 21), r.PromoterShare);
        Assert.Equal(Ratio.Rate(7, 21), r.PassiveShare);
        Assert.Equal(Ratio.Rate(3, 21), r.DetractorShare);
        Assert.Equal(new long[] { 1, 0, 0, 0, 0, 0, 2, 3, 4, 5, 6 }, r.Distribution.ToArray());
        Assert.Equal(new long[] { 1, 0, 0, 0, 0, 0, 2, 3, 4, 5, 6 }, acc.Distribution.ToArray());
        Assert.Equal(acc.Distribution.ToArray(), acc.ToState().Distribution.ToArray());
        Assert.Equal("NPS 38.1 (11 promoters, 7 passives, 3 detractors of 21)", r.ToString());
        Assert.Equal(r.ToString(), acc.ToString());
        Assert.Equal(21, acc.Count);
        Assert.Equal(5, acc.CountOf(NpsRating.Of(9)));
        Assert.Equal(0, acc.CountOf(NpsRating.Of(1)));
        Assert.Throws<ArgumentException>(() => acc.CountOf(default));

        var empty = NpsAccumulator.Empty.Result;
        Assert.False(empty.HasValue);
        Assert.Null(empty.Score);
        Assert.Equal(0, empty.Detractors);
        Assert.Equal("NPS -100 (0 promoters, 0 passives, 1 detractor of 1)", Nps(6).Result.ToString());
        Assert.Equal("NPS 100 (1 promoter, 0 passives, 0 detractors of 1)", Nps(10).Result.ToString());
    }

    [Fact]
    public void Nps_equality_and_batch_refusals()
    {
        Assert.True(Nps(9, 7) == Nps(7, 9));
        Assert.False(Nps(9, 7) != Nps(7, 9));
        Assert.True(Nps(9, 7).Equals((object)Nps(7, 9)));
        Assert.Equal(Nps(9, 7).GetHashCode(), Nps(7, 9).GetHashCode());
        Assert.False(Nps(9, 7) == Nps(9, 8));
        Assert.True(Nps(9) != Nps(10));
        Assert.False(Nps(9).Equals((object)"NPS"));
        Assert.True(Nps(9, 7).Result == Nps(7, 9).Result);
        Assert.False(Nps(9, 7).Result != Nps(7, 9).Result);
        Assert.True(Nps(9, 7).Result.Equals((object)Nps(7, 9).Result));
        Assert.Equal(Nps(9, 7).Result.GetHashCode(), Nps(7, 9).Result.GetHashCode());
        Assert.True(Nps(9).Result != Nps(10).Result);
        Assert.False(Nps(9).Result.Equals((object)9));
        Assert.Equal(Nps(9, 10, 0), Nps(9) + Nps(10, 0));
        Assert.Equal(Nps(9, 10, 0), NpsAccumulator.Combine(Nps(9, 10), Nps(0)));

        NpsRating[] ratings = [NpsRating.Of(9), NpsRating.Of(3), default, NpsRating.Of(4)];
        var ex = Assert.Throws<ArgumentException>(() => NpsAccumulator.Empty.AddRange(ratings));
        Assert.Equal("observations", ex.ParamName);
        Assert.Contains("observations[2] is an uninitialised default(NpsRating), not a score in [0, 10]; create ratings with NpsRating.Of.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => NpsAccumulator.Empty.AddRange((NpsRating[])null!));
        Assert.Throws<ArgumentNullException>(() => NpsAccumulator.FromState(null!));
        Assert.Equal(Nps(0, 10), NpsAccumulator.FromState(new NpsAccumulatorState([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])));
    }

    [Fact]
    public void Csat_refuses_default_in_a_batch_and_reads_its_mean()
    {
        CsatRating[] ratings = [CsatRating.Of(5), default];
        var ex = Assert.Throws<ArgumentException>(() => CsatAccumulator.Empty.AddRange(ratings));
        Assert.Equal("observations", ex.ParamName);
        Assert.Contains("observations[1] is an uninitialised default(CsatRating) (score 0), not a score in [1, 5]; create ratings with CsatRating.Of.", ex.Message, StringComparison.Ordinal);

        // 1, 2, 4, 5, 5: satisfied (4 or 5) 3 of 5; mean 17 / 5.
        var r = CsatAccumulator.Empty.AddRange([CsatRating.Of(1), CsatRating.Of(2), CsatRating.Of(4), CsatRating.Of(5), CsatRating.Of(5)]).Result;
        Assert.Equal(3, r.Satisfied);
        Assert.Equal(17, r.SumOfScores);
        Assert.Equal(3.4, r.Mean);
        Assert.Equal(Ratio.Rate(3, 5), r.Satisfaction);
        Assert.Equal(new long[] { 1, 1, 0, 1, 2 }, r.Distribution.ToArray());
        Assert.Equal("CSAT 60 % (3 of 5 satisfied), mean 3.4", r.ToString());
        Assert.Equal("CSAT (no data)", CsatAccumulator.Empty.Result.ToString());
        Assert.Null(CsatAccumulator.Empty.Result.Mean);
        Assert.False(CsatAccumulator.Empty.Result.HasValue);
        Assert.True(r != CsatAccumulator.Empty.Result);
        Assert.False(r == CsatAccumulator.Empty.Result);
        Assert.True(r.Equals((object)r));
        Assert.False(r.Equals((object)3));
    }

    private static readonly CesScale ZeroToTen = CesScale.Of(0, 10, CesDirection.HigherIsEasier);

    [Fact]
    public void Ces_counts_easy_answers_and_means_on_a_scale_from_zero()
    {
        // 0-10, higher is easier: easy when 2 x answer > 10, so 6 and 10 are easy, 5 (the midpoint) and 0 are not.
        var acc = CesAccumulator.For(ZeroToTen).AddRange([CesRating.Of(0, ZeroToTen), CesRating.Of(5, ZeroToTen), CesRating.Of(6, ZeroToTen), CesRating.Of(10, ZeroToTen)]);
        var r = acc.Result;
        Assert.Equal(4, r.Count);
        Assert.Equal(2, r.Easy);
        Assert.Equal(Ratio.Rate(2, 4), r.EasyShare);
        Assert.Equal(5.25, r.Mean);
        Assert.Equal(ZeroToTen, r.Scale);
        Assert.Equal(11, r.Distribution.Length);
        Assert.Equal(new long[] { 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1 }, acc.Distribution.ToArray());
        Assert.Equal($"CES mean 5.25 on {ZeroToTen}, 50 % easy (2 of 4)", r.ToString());

        // Effort 1-5, lower is easier: easy when 2 x answer < 6, so 1 and 2; 3 is the midpoint.
        var effort = CesAccumulator.For(CesScale.Effort5).AddRange([CesRating.Of(1, CesScale.Effort5), CesRating.Of(2, CesScale.Effort5), CesRating.Of(3, CesScale.Effort5), CesRating.Of(5, CesScale.Effort5)]).Result;
        Assert.Equal(2, effort.Easy);
        Assert.Equal(2.75, effort.Mean);
        Assert.Equal(new long[] { 1, 1, 1, 0, 1 }, effort.Distribution.ToArray());
        Assert.Null(CesAccumulator.For(CesScale.Effort5).Result.Mean);
        Assert.Equal(0, CesAccumulator.For(CesScale.Effort5).Result.Easy);
    }

    [Fact]
    public void Ces_refuses_answers_off_its_scale_with_their_text()
    {
        var acc = CesAccumulator.For(CesScale.Effort5);
        var off = Assert.Throws<ArgumentException>(() => acc.AddRange([CesRating.Of(2, CesScale.Effort5), CesRating.Of(6, CesScale.Agreement7)]));
        Assert.Equal("observations", off.ParamName);
        Assert.Contains($"observations[1] is answer 6, not an answer in [1, 5] of the scale {CesScale.Effort5}.", off.Message, StringComparison.Ordinal);
        var none = Assert.Throws<ArgumentException>(() => acc.AddRange([default(CesRating)]));
        Assert.Contains($"observations[0] is an uninitialised default(CesRating), not an answer in [1, 5] of the scale {CesScale.Effort5}.", none.Message, StringComparison.Ordinal);
        var one = Assert.Throws<ArgumentOutOfRangeException>(() => acc.Add(default));
        Assert.Contains($"rating is an uninitialised default(CesRating), not an answer on the scale {CesScale.Effort5}.", one.Message, StringComparison.Ordinal);
        Assert.Equal("rating", Assert.ThrowsAny<ArgumentException>(() => acc.Add(CesRating.Of(6, CesScale.Agreement7))).ParamName);
        Assert.Equal(1, acc.Add(CesRating.Of(5, CesScale.Agreement7)).Count);
        Assert.Equal(1, acc.Add(CesRating.Of(1, CesScale.Agreement7)).Count);

        var empty = Assert.Throws<InvalidOperationException>(() => CesAccumulator.Empty.Add(CesRating.Of(1, CesScale.Effort5)));
        Assert.Contains("CesAccumulator.Empty has no scale and cannot take answers; start from CesAccumulator.For(scale).", empty.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => CesAccumulator.Empty.AddRange([CesRating.Of(1, CesScale.Effort5)]));
        Assert.Throws<ArgumentNullException>(() => acc.AddRange((CesRating[])null!));
    }

    [Fact]
    public void Ces_combines_on_one_scale_and_compares_scales()
    {
        var a = CesAccumulator.For(CesScale.Effort5).Add(CesRating.Of(1, CesScale.Effort5));
        var b = CesAccumulator.For(CesScale.Effort5).Add(CesRating.Of(4, CesScale.Effort5));
        Assert.Equal(new long[] { 1, 0, 0, 1, 0 }, (a + b).Distribution.ToArray());
        Assert.Equal(a, CesAccumulator.Combine(a, CesAccumulator.Empty));
        Assert.Equal(a, CesAccumulator.Combine(CesAccumulator.Empty, a));
        var other = CesAccumulator.For(CesScale.Agreement7);
        var ex = Assert.Throws<ArgumentException>(() => a + other);
        Assert.Equal("right", ex.ParamName);
        Assert.Contains($"Cannot combine CES answers on different scales: {CesScale.Effort5} and {CesScale.Agreement7}.", ex.Message, StringComparison.Ordinal);

        Assert.False(CesAccumulator.For(CesScale.Effort5) == CesAccumulator.For(CesScale.Agreement7));
        Assert.True(CesAccumulator.For(CesScale.Effort5) != CesAccumulator.Empty);
        Assert.False(a == b);
        Assert.True(a == CesAccumulator.For(CesScale.Effort5).AddRange([CesRating.Of(1, CesScale.Effort5)]));
        Assert.True(a.Equals((object)CesAccumulator.For(CesScale.Effort5).Add(CesRating.Of(1, CesScale.Effort5))));
        Assert.False(a.Equals((object)1));
        Assert.Equal(a.GetHashCode(), CesAccumulator.For(CesScale.Effort5).Add(CesRating.Of(1, CesScale.Effort5)).GetHashCode());
        Assert.Equal(a.Result.ToString(), a.ToString());
        Assert.False(CesAccumulator.For(CesScale.Effort5).Result == CesAccumulator.For(CesScale.Agreement7).Result);
        Assert.True(a.Result != b.Result);
        Assert.True(a.Result.Equals((object)a.Result));
        Assert.Equal(a.Result.GetHashCode(), CesAccumulator.For(CesScale.Effort5).Add(CesRating.Of(1, CesScale.Effort5)).Result.GetHashCode());

        Assert.Null(CesAccumulator.Empty.ToState().Scale);
        Assert.Equal(CesScale.Effort5, a.ToState().Scale);
        Assert.Equal(CesAccumulator.Empty, CesAccumulator.FromState(new CesAccumulatorState(null, [])));
        Assert.ThrowsAny<ArgumentException>(() => CesAccumulator.FromState(new CesAccumulatorState(null, [0])));
        Assert.Equal(a, CesAccumulator.FromState(new CesAccumulatorState(CesScale.Effort5, [1, 0, 0, 0, 0])));
        Assert.Throws<ArgumentNullException>(() => CesAccumulator.FromState(null!));
    }

    [Fact]
    public void Services_per_customer_bounds_the_state_by_int_max_per_customer()
    {
        Assert.Equal(2L * int.MaxValue, ServicesPerCustomerAccumulator.FromState(new(2L * int.MaxValue, 2)).Services);
        Assert.Throws<ArgumentOutOfRangeException>(() => ServicesPerCustomerAccumulator.FromState(new((2L * int.MaxValue) + 1, 2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ServicesPerCustomerAccumulator.FromState(new(1, 0)));
        Assert.Equal(0, ServicesPerCustomerAccumulator.FromState(new(0, 0)).Count);

        // 4,294,967,298 x (2^31 - 1) = 2^63 - 2: one customer more and any long fits.
        Assert.Throws<ArgumentOutOfRangeException>(() => ServicesPerCustomerAccumulator.FromState(new(long.MaxValue, 4_294_967_298)));
        Assert.Equal(long.MaxValue - 1, ServicesPerCustomerAccumulator.FromState(new(long.MaxValue - 1, 4_294_967_298)).Services);
        Assert.Equal(long.MaxValue, ServicesPerCustomerAccumulator.FromState(new(long.MaxValue, 4_294_967_299)).Services);
        Assert.Throws<ArgumentOutOfRangeException>(() => ServicesPerCustomerAccumulator.FromState(new(-1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ServicesPerCustomerAccumulator.FromState(new(0, -1)));
    }

    [Fact]
    public void Services_per_customer_sums_long_batches_and_finds_the_first_negative()
    {
        var big = Enumerable.Repeat(int.MaxValue, 20_000).ToArray();
        var acc = ServicesPerCustomerAccumulator.Empty.AddRange(big);
        Assert.Equal(20_000L * int.MaxValue, acc.Services);
        Assert.Equal(20_000, acc.Count);

        foreach (var (length, at) in new[] { (40, 37), (40, 3), (35, 34), (35, 0), (5, 4) })
        {
            var values = Enumerable.Range(0, length).ToArray();
            values[at] = -7;
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ServicesPerCustomerAccumulator.Empty.AddRange(values));
            Assert.Equal("observations", ex.ParamName);
            Assert.Equal(-7, ex.ActualValue);
            Assert.Contains($"observations[{at}] must be a count >= 0; it was -7.", ex.Message, StringComparison.Ordinal);
        }

        // 0 + 1 + ... + 39 = 780 over 40 customers; an odd tail after the vector part adds in the scalar loop.
        Assert.Equal(780, ServicesPerCustomerAccumulator.Empty.AddRange(Enumerable.Range(0, 40).ToArray()).Services);
        Assert.Equal(820, ServicesPerCustomerAccumulator.Empty.AddRange(Enumerable.Range(0, 41).ToArray()).Services);
        Assert.Equal(0, ServicesPerCustomerAccumulator.Empty.AddRange(new int[33]).Services);
        Assert.Equal(33, ServicesPerCustomerAccumulator.Empty.AddRange(new int[33]).Count);
        Assert.Equal("services", Assert.Throws<ArgumentOutOfRangeException>(() => ServicesPerCustomerAccumulator.Empty.Add(-1)).ParamName);
        Assert.Equal(0, ServicesPerCustomerAccumulator.Empty.Add(0).Services);
        Assert.Equal("2.5 services per customer (5/2)", ServicesPerCustomerAccumulator.Empty.AddRange([2, 3]).ToString());
        Assert.Equal("services per customer (no data)", ServicesPerCustomerAccumulator.Empty.ToString());
    }

    private static AcquisitionSpend Spend(decimal amount, string currency, long customers) => AcquisitionSpend.Of(Money.Of(amount, currency), customers);

    [Fact]
    public void Acquisition_cost_sums_one_currency_and_names_the_odd_spend()
    {
        var acc = AcquisitionCostAccumulator.Empty.AddRange([Spend(100m, "EUR", 2), Spend(50m, "EUR", 3)]);
        Assert.Equal(Money.Of(150m, "EUR"), acc.TotalSpend);
        Assert.Equal(5, acc.CustomersAcquired);
        Assert.Equal(2, acc.Count);
        Assert.Equal(Money.Of(30m, "EUR"), acc.Result.CostPerCustomer);
        Assert.Equal(acc, acc.AddRange(Array.Empty<AcquisitionSpend>()));
        Assert.Equal(Money.Of(160m, "EUR"), acc.AddRange([Spend(10m, "EUR", 0)]).TotalSpend);

        var odd = Assert.Throws<ArgumentException>(() => acc.AddRange([Spend(1m, "USD", 1)]));
        Assert.Equal("observations", odd.ParamName);
        Assert.Contains("observations[0] is in USD; every spend must be in EUR.", odd.Message, StringComparison.Ordinal);
        var none = Assert.Throws<ArgumentException>(() => AcquisitionCostAccumulator.Empty.AddRange([Spend(1m, "EUR", 1), default]));
        Assert.Contains("observations[1] is an uninitialised default(AcquisitionSpend); every spend must be in EUR.", none.Message, StringComparison.Ordinal);
        var retention = Assert.Throws<ArgumentException>(() => RetentionCostAccumulator.Empty.AddRange([RetentionSpend.Of(Money.Of(1m, "EUR"), 1), default]));
        Assert.Contains("observations[1] is an uninitialised default(RetentionSpend); every spend must be in EUR.", retention.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => AcquisitionCostAccumulator.Empty.Add(default));

        Assert.Equal(acc, AcquisitionCostAccumulator.Combine(acc, AcquisitionCostAccumulator.Empty));
        Assert.Equal(acc, AcquisitionCostAccumulator.Combine(AcquisitionCostAccumulator.Empty, acc));
        var twice = acc + acc;
        Assert.Equal((Money.Of(300m, "EUR"), 10L, 4L), (twice.TotalSpend!.Value, twice.CustomersAcquired, twice.Count));
        Assert.Equal("100 EUR for 2 customers", Spend(100m, "EUR", 2).ToString());
        Assert.Equal(acc.Result.ToString(), acc.ToString());
    }

    private static AcquisitionRetentionCostRatio CostRatio(decimal acquisition, decimal retention) => AcquisitionRetentionCostRatio.Of(
        AcquisitionCostAccumulator.Empty.Add(Spend(acquisition, "EUR", 1)),
        RetentionCostAccumulator.Empty.Add(RetentionSpend.Of(Money.Of(retention, "EUR"), 1)));

    [Fact]
    public void Acquisition_retention_ratio_is_typical_from_two_to_four_inclusive()
    {
        Assert.Equal((2d, 4d), (AcquisitionRetentionCostRatio.TypicalLow, AcquisitionRetentionCostRatio.TypicalHigh));
        Assert.True(CostRatio(200m, 100m).IsWithinTypicalRange);
        Assert.True(CostRatio(400m, 100m).IsWithinTypicalRange);
        Assert.False(CostRatio(199m, 100m).IsWithinTypicalRange);
        Assert.False(CostRatio(401m, 100m).IsWithinTypicalRange);
        var ratio = CostRatio(250m, 100m);
        Assert.Equal(2.5, ratio.Value);
        Assert.True(ratio.HasValue);
        Assert.Null(ratio.NoDataReason);
        Assert.Equal(Money.Of(250m, "EUR"), ratio.AcquisitionCostPerCustomer);
        Assert.Equal(Money.Of(100m, "EUR"), ratio.RetentionCostPerCustomer);
        Assert.Equal(KpiValue.Of(2.5), ratio.ToKpiValue());
        Assert.Equal("Acquisition/retention cost 2.5 (250 EUR / 100 EUR)", ratio.ToString());

        var ex = Assert.Throws<ArgumentException>(() => AcquisitionRetentionCostRatio.Of(
            AcquisitionCostAccumulator.Empty.Add(Spend(1m, "EUR", 1)).Result,
            RetentionCostAccumulator.Empty.Add(RetentionSpend.Of(Money.Of(1m, "USD"), 1)).Result));
        Assert.Equal("retention", ex.ParamName);
        Assert.Contains("retention must be in the acquisition cost's currency (EUR); it was in USD.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("spend", Assert.ThrowsAny<ArgumentException>(() => RetentionSpend.Of(Money.Of(-0.01m, "EUR"), 1)).ParamName);
        Assert.Equal(0, RetentionSpend.Of(Money.Of(0m, "EUR"), 0).CustomersRetained);
    }

    [Fact]
    public void Acquisition_cost_states_need_a_spend_for_counts()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AcquisitionCostAccumulator.FromState(new(null, 0, 1)));
        Assert.Equal("state", ex.ParamName);
        Assert.Contains("state.Count and state.CustomersAcquired must be 0 when state.TotalSpend is null; they were 1 and 0.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => AcquisitionCostAccumulator.FromState(new(null, 3, 0)));
        Assert.Equal(AcquisitionCostAccumulator.Empty, AcquisitionCostAccumulator.FromState(new(null, 0, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => AcquisitionCostAccumulator.FromState(new(Money.Of(5m, "EUR"), 1, 0)));
        Assert.Equal(1, AcquisitionCostAccumulator.FromState(new(Money.Of(5m, "EUR"), 0, 1)).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => AcquisitionCostAccumulator.FromState(new(Money.Of(5m, "EUR"), -1, 1)));
    }

    [Fact]
    public void Retention_states_with_no_segments_hold_no_counts()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RetentionAccumulator.FromState(new(10, 10, 0, 0)));
        Assert.Equal("state", ex.ParamName);
        Assert.Contains("state.Segments is 0, so the counts must be 0; they were S=10 E=10 N=0.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => RetentionAccumulator.FromState(new(0, 1, 1, 0)));
        Assert.Equal(RetentionAccumulator.Empty, RetentionAccumulator.FromState(new(0, 0, 0, 0)));
        Assert.Equal(1, RetentionAccumulator.FromState(new(0, 0, 0, 1)).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => RetentionAccumulator.FromState(new(0, 0, 0, -1)));

        var acc = RetentionAccumulator.Empty.AddRange([RetentionPeriodCounts.Of(100, 95, 10), RetentionPeriodCounts.Of(50, 40, 5)]);
        Assert.Equal(RetentionPeriodCounts.Of(150, 135, 15), acc.Totals);
        Assert.Equal(120, acc.Totals.Retained);
        Assert.Equal(30, acc.Totals.Lost);
        Assert.Equal(2, acc.Count);
        Assert.Equal(acc, RetentionAccumulator.Empty.Add(RetentionPeriodCounts.Of(100, 95, 10)) + RetentionAccumulator.Empty.Add(RetentionPeriodCounts.Of(50, 40, 5)));
        Assert.Equal(Ratio.Rate(120, 150), acc.Result.RetentionRate);
        Assert.Equal(Ratio.Rate(30, 150), acc.Result.ChurnRate);
        Assert.Equal("retention (no data: no customers at the start) (S=0 E=5 N=5)", RetentionAccumulator.Empty.Add(RetentionPeriodCounts.Of(0, 5, 5)).Result.ToString());
        Assert.False(RetentionAccumulator.Empty.Add(RetentionPeriodCounts.Of(0, 5, 5)).Result.HasValue);
        Assert.True(RetentionAccumulator.Empty.Add(RetentionPeriodCounts.Of(1, 0, 0)).Result.HasValue);
        Assert.Equal(acc.Result.ToString(), acc.ToString());
    }

    [Fact]
    public void Rating_distributions_are_refused_only_when_their_sum_of_scores_overflows()
    {
        // CSAT weights are the scores 1..5: 5 x (long.MaxValue / 5) fits, one more five does not.
        const long fifth = long.MaxValue / 5;
        var full = CsatAccumulator.FromState(new CsatAccumulatorState([0, 0, 0, 0, fifth]));
        Assert.Equal(5 * fifth, full.Result.SumOfScores);
        Assert.Equal(5d, full.Result.Mean);
        Assert.Equal(fifth, full.Count);
        Assert.ThrowsAny<ArgumentException>(() => CsatAccumulator.FromState(new CsatAccumulatorState([0, 0, 0, 0, fifth + 1])));
        Assert.Equal(long.MaxValue, CsatAccumulator.FromState(new CsatAccumulatorState([long.MaxValue, 0, 0, 0, 0])).Result.SumOfScores);
        Assert.ThrowsAny<ArgumentException>(() => CsatAccumulator.FromState(new CsatAccumulatorState([long.MaxValue - 1, 1, 0, 0, 0])));

        // On a 0-10 CES scale an answer of 0 weighs nothing in the sum: nearly long.MaxValue zeros and a one sum to 1.
        var zeros = CesAccumulator.FromState(new CesAccumulatorState(ZeroToTen, [long.MaxValue - 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
        Assert.Equal(long.MaxValue, zeros.Count);
        Assert.Equal(1d / long.MaxValue, zeros.Result.Mean);
        Assert.ThrowsAny<ArgumentException>(() => CesAccumulator.FromState(new CesAccumulatorState(ZeroToTen, [long.MaxValue - 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0])));
    }

    private static IEnumerable<bool> Lazy(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return i % 3 == 0;
        }
    }

    [Fact]
    public void Lazy_sequences_add_in_chunks_like_arrays()
    {
        foreach (var n in new[] { 0, 1, 4095, 4096, 4097, 10_000 })
        {
            var expected = (n + 2) / 3; // i % 3 == 0 for i in [0, n)
            var fcr = FirstContactResolutionAccumulator.Empty.AddRange(Lazy(n));
            Assert.Equal(n, fcr.Count);
            Assert.Equal(expected, fcr.ResolvedOnFirstContact);
            Assert.Equal(fcr, FirstContactResolutionAccumulator.Empty.AddRange(Lazy(n).ToArray()));
            Assert.Equal(fcr, FirstContactResolutionAccumulator.Empty.AddRange(Lazy(n).ToList()));
        }

        Assert.Equal("FCR " + Ratio.Rate(1, 2), FirstContactResolutionAccumulator.Empty.AddRange([true, false]).ToString());
        Assert.Equal("renewal " + Ratio.Rate(2, 3), RenewalRateAccumulator.Empty.AddRange([true, false, true]).ToString());
        Assert.Equal(2, RenewalRateAccumulator.FromState(new(2, 2)).Renewed);
        Assert.Throws<ArgumentOutOfRangeException>(() => RenewalRateAccumulator.FromState(new(3, 2)));
        Assert.Equal(2, FirstContactResolutionAccumulator.FromState(new(2, 2)).ResolvedOnFirstContact);
        Assert.Throws<ArgumentOutOfRangeException>(() => FirstContactResolutionAccumulator.FromState(new(3, 2)));
        Assert.Throws<ArgumentNullException>(() => FirstContactResolutionAccumulator.Empty.AddRange((IEnumerable<bool>)null!));
    }

    [Fact]
    public void Period_counts_keep_between_zero_and_all_customers()
    {
        Assert.Equal(0, RetentionPeriodCounts.Of(10, 5, 5).Retained);
        Assert.Equal(10, RetentionPeriodCounts.Of(10, 15, 5).Retained);
        Assert.Equal(0, RetentionPeriodCounts.Of(10, 15, 5).Lost);
        var low = Assert.Throws<ArgumentOutOfRangeException>(() => RetentionPeriodCounts.Of(10, 4, 5));
        Assert.Equal("end", low.ParamName);
        Assert.Contains("end − acquired (customers kept) must be in [0, start]; it was 4 − 5 = -1 with start = 10.", low.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => RetentionPeriodCounts.Of(10, 16, 5));
        Assert.Equal("end", Assert.Throws<ArgumentOutOfRangeException>(() => RetentionPeriodCounts.Of(0, -1, 0)).ParamName);
        Assert.Equal("acquired", Assert.Throws<ArgumentOutOfRangeException>(() => RetentionPeriodCounts.Of(0, 0, -1)).ParamName);
        Assert.Equal("S=10 E=15 N=5", RetentionPeriodCounts.Of(10, 15, 5).ToString());
    }
}
