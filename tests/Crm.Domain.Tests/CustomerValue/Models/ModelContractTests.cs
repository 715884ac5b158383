using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgBb;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Serialization;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 13, item 6: the models' and the CLV settings' contracts member by member — every guard at the refused value
/// and at the first accepted one, every <c>ToString</c>, the exact JSON of each model and rate, equality of the
/// discount rate, and the defaults that refuse to answer.
/// </summary>
public class ModelContractTests
{
    private static CustomerSummary C(int x, double tx, double age, double m = 0d) => CustomerSummary.Create(x, tx, age, m);

    [Fact]
    public void Models_print_their_parameters_with_six_significant_digits()
    {
        Assert.Equal("BG/NBD(r=0.2426, alpha=4.4136, a=0.7929, b=2.4259)", BgNbdModel.Create(0.2426, 4.4136, 0.7929, 2.4259).ToString());
        Assert.Equal("MBG/NBD(r=0.123457, alpha=2, a=3, b=4)", MbgNbdModel.Create(0.1234567, 2d, 3d, 4d).ToString());
        Assert.Equal("Pareto/NBD(r=0.5533, alpha=10.5776, s=0.6061, beta=11.665)", ParetoNbdModel.Create(0.5533, 10.5776, 0.6061, 11.665).ToString());
        Assert.Equal("Gamma-Gamma(p=6.25, q=3.74, gamma=15.44)", GammaGammaModel.Create(6.25, 3.74, 15.44).ToString());
        Assert.Equal("BG/BB(alpha=1.204, beta=0.75, gamma=0.657, delta=2.783)", BgBbModel.Create(1.204, 0.75, 0.657, 2.783).ToString());
    }

    [Fact]
    public void Models_write_their_named_parameters_and_read_them_in_any_order()
    {
        Assert.Equal("{\"r\":0.5,\"alpha\":2,\"a\":0.25,\"b\":3}", CrmJson.Serialize(BgNbdModel.Create(0.5, 2d, 0.25, 3d)));
        Assert.Equal("{\"r\":0.5,\"alpha\":2,\"a\":0.25,\"b\":3}", CrmJson.Serialize(MbgNbdModel.Create(0.5, 2d, 0.25, 3d)));
        Assert.Equal("{\"r\":0.5,\"alpha\":2,\"s\":0.25,\"beta\":3}", CrmJson.Serialize(ParetoNbdModel.Create(0.5, 2d, 0.25, 3d)));
        Assert.Equal("{\"p\":6.25,\"q\":3.74,\"gamma\":15.44}", CrmJson.Serialize(GammaGammaModel.Create(6.25, 3.74, 15.44)));

        var bg = CrmJson.Deserialize<BgNbdModel>("{\"b\":4,\"a\":3,\"alpha\":2,\"r\":1}");
        Assert.Equal((1d, 2d, 3d, 4d), (bg.R, bg.Alpha, bg.A, bg.B));
        var mbg = CrmJson.Deserialize<MbgNbdModel>("{\"alpha\":2,\"b\":4,\"r\":1,\"a\":3}");
        Assert.Equal((1d, 2d, 3d, 4d), (mbg.R, mbg.Alpha, mbg.A, mbg.B));
        var pareto = CrmJson.Deserialize<ParetoNbdModel>("{\"beta\":4,\"s\":3,\"r\":1,\"alpha\":2}");
        Assert.Equal((1d, 2d, 3d, 4d), (pareto.R, pareto.Alpha, pareto.S, pareto.Beta));
        var gg = CrmJson.Deserialize<GammaGammaModel>("{\"gamma\":3,\"q\":2,\"p\":1}");
        Assert.Equal((1d, 2d, 3d), (gg.P, gg.Q, gg.Gamma));

        var error = JsonAssert.Invalid<ParetoNbdModel>("{\"r\":1,\"alpha\":2,\"s\":3,\"beta\":0}");
        Assert.Contains("beta", error.Message, StringComparison.Ordinal);
        JsonAssert.Invalid<GammaGammaModel>("{\"p\":1,\"q\":0,\"gamma\":3}");
        JsonAssert.Invalid<MbgNbdModel>("{\"r\":1,\"alpha\":2,\"a\":3,\"b\":4,\"c\":5}");
    }

    [Fact]
    public void Every_parameter_must_be_positive_and_the_smallest_positive_is_accepted()
    {
        const double Tiny = double.Epsilon;
        Assert.Equal(Tiny, BgNbdModel.Create(Tiny, Tiny, Tiny, Tiny).B);
        Assert.Equal(Tiny, MbgNbdModel.Create(Tiny, Tiny, Tiny, Tiny).B);
        Assert.Equal(Tiny, ParetoNbdModel.Create(Tiny, Tiny, Tiny, Tiny).Beta);
        Assert.Equal(Tiny, GammaGammaModel.Create(Tiny, Tiny, Tiny).Gamma);
        Assert.Equal(Tiny, BgBbModel.Create(Tiny, Tiny, Tiny, Tiny).Delta);
        string[] countNames = ["r", "alpha", "a", "b"];
        for (int i = 0; i < 4; i++)
        {
            var p = new[] { 1d, 1d, 1d, 1d };
            p[i] = 0d;
            Assert.Equal(countNames[i], Assert.Throws<ArgumentOutOfRangeException>(() => BgNbdModel.Create(p[0], p[1], p[2], p[3])).ParamName);
            Assert.Equal(countNames[i], Assert.Throws<ArgumentOutOfRangeException>(() => MbgNbdModel.Create(p[0], p[1], p[2], p[3])).ParamName);
            Assert.Equal(new[] { "r", "alpha", "s", "beta" }[i], Assert.Throws<ArgumentOutOfRangeException>(() => ParetoNbdModel.Create(p[0], p[1], p[2], p[3])).ParamName);
            Assert.Equal(new[] { "alpha", "beta", "gamma", "delta" }[i], Assert.Throws<ArgumentOutOfRangeException>(() => BgBbModel.Create(p[0], p[1], p[2], p[3])).ParamName);
            if (i < 3)
            {
                Assert.Equal(new[] { "p", "q", "gamma" }[i], Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaModel.Create(p[0], p[1], p[2])).ParamName);
            }
        }
    }

    [Fact]
    public void Default_models_refuse_every_question()
    {
        var c = C(2, 5d, 10d, 20d);
        Assert.Throws<InvalidOperationException>(() => default(BgNbdModel).ProbabilityAlive(c));
        Assert.Throws<InvalidOperationException>(() => default(BgNbdModel).ExpectedTransactions(c, 1d));
        Assert.Throws<InvalidOperationException>(() => default(BgNbdModel).ExpectedTransactionsNewCustomer(1d));
        Assert.Throws<InvalidOperationException>(() => default(BgNbdModel).ProbabilityOfTransactions(1, 1d));
        Assert.Throws<InvalidOperationException>(() => default(BgNbdModel).LogLikelihood(c));
        Assert.Throws<InvalidOperationException>(() => default(MbgNbdModel).ProbabilityAlive(c));
        Assert.Throws<InvalidOperationException>(() => default(MbgNbdModel).ProbabilityOfTransactions(0, 1d));
        Assert.Throws<InvalidOperationException>(() => default(ParetoNbdModel).ProbabilityAlive(c));
        Assert.Throws<InvalidOperationException>(() => default(ParetoNbdModel).ExpectedTransactionsNewCustomer(1d));
        Assert.Throws<InvalidOperationException>(() => default(ParetoNbdModel).ProbabilityOfTransactions(0, 1d));
        Assert.Throws<InvalidOperationException>(() => default(GammaGammaModel).ExpectedAverageSpend(c));
        Assert.Throws<InvalidOperationException>(() => default(GammaGammaModel).LogLikelihood(c));
    }

    [Fact]
    public void Count_model_arguments_are_checked_at_their_bounds()
    {
        var m = BgNbdModel.Create(0.2426, 4.4136, 0.7929, 2.4259);
        var c = C(2, 5d, 10d);
        Assert.Equal(0d, m.ExpectedTransactions(c, 0d));
        Assert.Equal(0d, m.ExpectedTransactionsNewCustomer(0d));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.ExpectedTransactions(c, -double.Epsilon));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.ExpectedTransactionsNewCustomer(-double.Epsilon));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.ProbabilityOfTransactions(-1, 1d));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.ProbabilityOfTransactions(0, -1d));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.ProbabilityOfTransactions(-1d, new double[2]));

        var alive = new double[2];
        var expected = new double[2];
        CustomerSummary[] two = [c, C(0, 0d, 3d)];
        Assert.Throws<ArgumentException>(() => m.Score(two, 1d, new double[1], expected));
        Assert.Throws<ArgumentException>(() => m.Score(two, 1d, alive, new double[3]));
        Assert.Throws<ArgumentException>(() => m.ProbabilityAlive(two, new double[1]));
        Assert.Throws<ArgumentException>(() => m.ExpectedTransactions(two, 1d, new double[3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.ExpectedTransactions(two, -1d, expected));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.Score(two, -1d, alive, expected));
        Assert.Throws<ArgumentException>(() => m.Score(two, 1d, new double[1], expected, 1));
        Assert.Throws<ArgumentException>(() => m.Score(two, 1d, alive, new double[1], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.Score(two, -1d, alive, expected, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.Score(two, 1d, alive, expected, 0));

        // A window of 0 gives no expected transactions, but P(alive) is still scored.
        m.Score(two, 0d, alive, expected);
        Assert.Equal(new[] { 0d, 0d }, expected);
        Assert.Equal(m.ProbabilityAlive(c), alive[0]);
        Assert.Equal(1d, alive[1]);

        // The parallel overload gives the single-threaded bits.
        var alive2 = new double[2];
        var expected2 = new double[2];
        m.Score(two, 7d, alive, expected);
        m.Score(two, 7d, alive2, expected2, 2);
        Assert.Equal(alive, alive2);
        Assert.Equal(expected, expected2);
    }

    [Fact]
    public void Windows_are_all_checked_before_the_first_write()
    {
        var m = BgNbdModel.Create(0.2426, 4.4136, 0.7929, 2.4259);
        var destination = new[] { -7d, -7d };
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => m.ExpectedTransactionsNewCustomer([1d, -1d], destination));
        Assert.Equal("windows", error.ParamName);
        Assert.Equal(new[] { -7d, -7d }, destination);
        Assert.Throws<ArgumentException>(() => m.ExpectedTransactionsNewCustomer([1d], destination));
        m.ExpectedTransactionsNewCustomer([0d, 39d], destination);
        Assert.Equal(0d, destination[0]);
        Assert.Equal(m.ExpectedTransactionsNewCustomer(39d), destination[1]);
    }

    [Fact]
    public void Simulations_check_every_age_before_drawing_and_age_zero_is_an_empty_history()
    {
        var m = BgNbdModel.Create(0.2426, 4.4136, 0.7929, 2.4259);
        var destination = new CustomerSummary[2];
        destination[0] = C(9, 9d, 9d);
        Assert.Equal("ages", Assert.Throws<ArgumentOutOfRangeException>(() => m.Simulate([1d, -1d], 1, destination)).ParamName);
        Assert.Equal(9, destination[0].Frequency);
        Assert.Throws<ArgumentException>(() => m.Simulate([1d], 1, destination));
        m.Simulate([0d, 0d], 1, destination);
        Assert.All(destination, s => Assert.Equal((0, 0d, 0d), (s.Frequency, s.Recency, s.Age)));
        ParetoNbdModel.Create(0.55, 10.58, 0.61, 11.67).Simulate([0d, 0d], 1, destination);
        Assert.All(destination, s => Assert.Equal((0, 0d, 0d), (s.Frequency, s.Recency, s.Age)));
        MbgNbdModel.Create(0.55, 10.58, 0.61, 11.67).Simulate([0d, 0d], 1, destination);
        Assert.All(destination, s => Assert.Equal((0, 0d, 0d), (s.Frequency, s.Recency, s.Age)));
    }

    [Fact]
    public void Simulated_histories_are_consistent_summaries()
    {
        // x ≤ what could fit, 0 ≤ t_x ≤ T, and t_x > 0 exactly when x > 0, for every model.
        var ages = Enumerable.Range(0, 400).Select(i => 1d + (i % 40)).ToArray();
        var bg = new CustomerSummary[ages.Length];
        var mbg = new CustomerSummary[ages.Length];
        var pareto = new CustomerSummary[ages.Length];
        BgNbdModel.Create(2d, 2d, 0.5, 2d).Simulate(ages, 11, bg);
        MbgNbdModel.Create(2d, 2d, 0.5, 2d).Simulate(ages, 11, mbg);
        ParetoNbdModel.Create(2d, 2d, 0.5, 20d).Simulate(ages, 11, pareto);
        foreach (var set in new[] { bg, mbg, pareto })
        {
            for (int i = 0; i < ages.Length; i++)
            {
                Assert.Equal(ages[i], set[i].Age);
                Assert.InRange(set[i].Recency, 0d, ages[i]);
                Assert.Equal(set[i].Frequency > 0, set[i].Recency > 0d);
            }

            Assert.Contains(set, s => s.Frequency > 1);
        }
    }

    [Fact]
    public void Gamma_gamma_spend_at_its_edges()
    {
        var gg = GammaGammaModel.Create(6.25, 3.74, 15.44);
        Assert.Equal(6.25 * 15.44 / 2.74, gg.PopulationMeanSpend!.Value, 12);
        Assert.Null(GammaGammaModel.Create(6.25, 1d, 15.44).PopulationMeanSpend);
        Assert.Equal(12d, GammaGammaModel.Create(2d, 1.5, 3d).PopulationMeanSpend!.Value, 14);
        Assert.Equal(double.MaxValue, GammaGammaModel.Create(1e300, 2d, 1e300).PopulationMeanSpend);

        // x = 0: the population mean; x > 0 needs a positive average.
        Assert.Equal(6.25 * 15.44 / 2.74, gg.ExpectedAverageSpend(C(0, 0d, 10d)), 12);
        Assert.Equal((15.44 + (3 * 10d)) * 6.25 / ((6.25 * 3) + 2.74), gg.ExpectedAverageSpend(C(3, 5d, 10d, 10d)), 12);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => gg.ExpectedAverageSpend(C(2, 5d, 10d, 0d)));
        Assert.Equal("customer", error.ParamName);
        Assert.Contains("x = 2, m_x = 0", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => gg.LogLikelihood(C(0, 0d, 10d, 5d)));
        Assert.Throws<ArgumentOutOfRangeException>(() => gg.LogLikelihood(C(2, 5d, 10d, 0d)));
        Assert.True(double.IsFinite(gg.LogLikelihood(C(2, 5d, 10d, double.Epsilon))));

        // p x + q − 1 ≤ 0: an infinite expectation is refused, at 0 too; just above 0 it is a (large) number.
        Assert.Throws<InvalidOperationException>(() => GammaGammaModel.Create(6.25, 1d, 15.44).ExpectedAverageSpend(C(0, 0d, 10d)));
        Assert.Throws<InvalidOperationException>(() => GammaGammaModel.Create(6.25, 0.5, 15.44).ExpectedAverageSpend(C(0, 0d, 10d)));
        Assert.Equal(6.25 * 15.44 / 0.5, GammaGammaModel.Create(6.25, 1.5, 15.44).ExpectedAverageSpend(C(0, 0d, 10d)), 9);

        // Past the range of a double: saturated, or divided through by p (the direct form is ∞/∞).
        Assert.Equal(double.MaxValue, GammaGammaModel.Create(1e300, 2d, 1e300).ExpectedAverageSpend(C(0, 0d, 10d)));
        Assert.Equal(1e300 + 2e10, GammaGammaModel.Create(1e300, 1d, 1e300).ExpectedAverageSpend(C(1, 1d, 10d, 2e10)), 1e288);

        // The population CLV's policy for repeat buyers with spend 0: γ p / (p x + q − 1).
        Assert.Equal(15.44 * 6.25 / ((6.25 * 2) + 2.74), gg.SpendForValue(C(2, 5d, 10d, 0d)), 12);

        var batch = new double[2];
        gg.ExpectedAverageSpend([C(0, 0d, 10d), C(3, 5d, 10d, 10d)], batch);
        Assert.Equal(gg.ExpectedAverageSpend(C(3, 5d, 10d, 10d)), batch[1]);
        Assert.Throws<ArgumentException>(() => gg.ExpectedAverageSpend([C(0, 0d, 10d)], batch));
    }

    [Fact]
    public void Bg_bb_accepts_only_discrete_histories_and_bounded_horizons()
    {
        var m = BgBbModel.Create(1.204, 0.750, 0.657, 2.783);
        var c = C(3, 4d, 6d);
        Assert.Equal(0d, m.ExpectedTransactions(c, 0));
        Assert.True(m.ExpectedTransactions(C(0, 0d, 1d), 100_000) > 0d);
        Assert.Throws<ArgumentOutOfRangeException>(() => m.ExpectedTransactions(c, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.ExpectedTransactions(c, 100_001));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.DiscountedExpectedResidualTransactions(c, 0d));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.DiscountedExpectedResidualTransactions(c, 10.000001));
        Assert.True(m.DiscountedExpectedResidualTransactions(c, 10d) > 0d);

        // Whole t_x and n, n ≤ 100,000, t_x ≥ x when x > 0.
        Assert.True(double.IsFinite(m.LogLikelihood(C(0, 0d, 100_000d))));
        Assert.True(double.IsFinite(m.LogLikelihood(C(3, 3d, 6d))));
        foreach (var bad in new[] { C(3, 2d, 6d), C(1, 1.5, 6d), C(1, 1d, 6.5), C(0, 0d, 100_001d) })
        {
            Assert.Equal("customer", Assert.Throws<ArgumentOutOfRangeException>(() => m.LogLikelihood(bad)).ParamName);
            Assert.Throws<ArgumentOutOfRangeException>(() => m.ProbabilityAlive(bad));
        }

        var fitError = Assert.Throws<ArgumentOutOfRangeException>(() => BgBbModel.Fit([C(1, 1d, 6d), C(3, 2d, 6d)], ReadOnlySpan<double>.Empty));
        Assert.Equal("customers[1]", fitError.ParamName);
    }

    [Fact]
    public void Discount_rates_convert_compare_print_and_round_trip()
    {
        Assert.Equal(1d, DiscountRate.DaysIn(RatePeriod.Day));
        Assert.Equal(7d, DiscountRate.DaysIn(RatePeriod.Week));
        Assert.Equal(30.4375, DiscountRate.DaysIn(RatePeriod.Month));
        Assert.Equal(365.25, DiscountRate.DaysIn(RatePeriod.Year));
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => DiscountRate.DaysIn(RatePeriod.Unknown)).ParamName);

        Assert.Equal(0.12682503013196977, DiscountRate.PerMonth(0.01).EffectiveRatePer(RatePeriod.Year), 14);
        Assert.Equal(Math.Log(1.01) * 7d, DiscountRate.Of(0.01, RatePeriod.Day).ContinuousRatePer(RatePeriod.Week), 15);
        Assert.Equal(Math.Log(1.02) / 7d, DiscountRate.PerWeek(0.02).ContinuousRatePer(RatePeriod.Day), 15);
        Assert.Equal(0d, DiscountRate.PerYear(0d).EffectiveRatePer(RatePeriod.Day));
        Assert.Throws<InvalidOperationException>(() => default(DiscountRate).ContinuousRatePer(RatePeriod.Year));
        Assert.Throws<InvalidOperationException>(() => default(DiscountRate).EffectiveRatePer(RatePeriod.Year));
        Assert.Throws<ArgumentOutOfRangeException>(() => DiscountRate.Of(10d, RatePeriod.Day).EffectiveRatePer(RatePeriod.Year));
        Assert.Throws<ArgumentOutOfRangeException>(() => DiscountRate.PerYear(0.1).EffectiveRatePer(RatePeriod.Unknown));

        Assert.Equal(10d, DiscountRate.Of(10d, RatePeriod.Day).Rate);
        Assert.Equal(0d, DiscountRate.PerWeek(0d).Rate);
        Assert.Throws<ArgumentOutOfRangeException>(() => DiscountRate.Of(10.000001, RatePeriod.Day));
        Assert.Throws<ArgumentOutOfRangeException>(() => DiscountRate.Of(-double.Epsilon, RatePeriod.Day));
        Assert.Throws<ArgumentOutOfRangeException>(() => DiscountRate.Of(0.1, RatePeriod.Unknown));
        Assert.Equal(RatePeriod.Month, DiscountRate.PerMonth(0.1).Period);
        Assert.Equal(RatePeriod.Week, DiscountRate.PerWeek(0.1).Period);
        Assert.Equal(RatePeriod.Year, DiscountRate.PerYear(0.1).Period);

        Assert.Equal(DiscountRate.PerYear(0.15), DiscountRate.Of(0.15, RatePeriod.Year));
        Assert.True(DiscountRate.PerYear(0.15) == DiscountRate.Of(0.15, RatePeriod.Year));
        Assert.NotEqual(DiscountRate.PerYear(0.15), DiscountRate.PerMonth(0.15));
        Assert.NotEqual(DiscountRate.PerYear(0.15), DiscountRate.PerYear(0.16));
        Assert.Equal(DiscountRate.PerYear(0.15).GetHashCode(), DiscountRate.Of(0.15, RatePeriod.Year).GetHashCode());

        Assert.Equal("0.15 per Year", DiscountRate.PerYear(0.15).ToString());
        Assert.Equal("0.123457 per Week", DiscountRate.PerWeek(0.1234567).ToString());
        Assert.Equal("0 per Day", DiscountRate.Of(0d, RatePeriod.Day).ToString());

        Assert.Equal("{\"rate\":0.15,\"period\":\"Year\"}", CrmJson.Serialize(DiscountRate.PerYear(0.15)));
        Assert.Equal(DiscountRate.PerWeek(0.2), CrmJson.Deserialize<DiscountRate>("{\"period\":\"Week\",\"rate\":0.2}"));
        Assert.Equal(DiscountRate.Of(0.3, RatePeriod.Day), CrmJson.Deserialize<DiscountRate>("{\"rate\":0.3,\"period\":\"Day\"}"));
        JsonAssert.Invalid<DiscountRate>("{\"rate\":10.5,\"period\":\"Day\"}");
        JsonAssert.Invalid<DiscountRate>("{\"rate\":0.1,\"period\":\"Unknown\"}");
        JsonAssert.Invalid<DiscountRate>("{\"period\":\"Day\"}");
    }

    [Fact]
    public void Clv_settings_are_checked_at_their_bounds_and_derive_the_step()
    {
        var rate = DiscountRate.PerYear(0.15);
        var s = ClvSettings.Create(0.3, rate, RatePeriod.Week, RatePeriod.Year, 5);
        Assert.Equal((0.3, RatePeriod.Week, RatePeriod.Year, 5, 1), (s.Margin, s.ModelPeriod, s.Step, s.Horizon, s.MaxDegreeOfParallelism));
        Assert.Equal(rate, s.DiscountRate);
        Assert.Equal(365.25 / 7d, s.StepInModelPeriods, 12);
        Assert.Equal(1d / 1.15, s.DiscountFactorPerStep, 14);
        var daily = ClvSettings.Create(1d, DiscountRate.PerWeek(0.07), RatePeriod.Week, RatePeriod.Day, 1);
        Assert.Equal(1d / 7d, daily.StepInModelPeriods, 15);
        Assert.Equal(1d / Math.Pow(1.07, 1d / 7d), daily.DiscountFactorPerStep, 14);
        Assert.Equal(100_000, ClvSettings.Create(1d, rate, RatePeriod.Day, RatePeriod.Day, 100_000).Horizon);
        Assert.Equal(0d, ClvSettings.Create(0d, rate, RatePeriod.Day, RatePeriod.Day, 1).Margin);

        var two = s.WithMaxDegreeOfParallelism(2);
        Assert.Equal((0.3, RatePeriod.Week, RatePeriod.Year, 5, 2), (two.Margin, two.ModelPeriod, two.Step, two.Horizon, two.MaxDegreeOfParallelism));
        Assert.Equal(rate, two.DiscountRate);
        Assert.Equal(s.StepInModelPeriods, two.StepInModelPeriods);
        Assert.Equal(s.DiscountFactorPerStep, two.DiscountFactorPerStep);
        Assert.Equal(1, s.MaxDegreeOfParallelism);
        Assert.Throws<ArgumentOutOfRangeException>(() => s.WithMaxDegreeOfParallelism(0));

        Assert.Throws<ArgumentOutOfRangeException>(() => ClvSettings.Create(-1e-12, rate, RatePeriod.Week, RatePeriod.Week, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClvSettings.Create(1.000001, rate, RatePeriod.Week, RatePeriod.Week, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClvSettings.Create(0.3, rate, RatePeriod.Week, RatePeriod.Week, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClvSettings.Create(0.3, rate, RatePeriod.Week, RatePeriod.Week, 100_001));
        Assert.Equal("discountRate", Assert.Throws<ArgumentOutOfRangeException>(() => ClvSettings.Create(0.3, default, RatePeriod.Week, RatePeriod.Week, 5)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => ClvSettings.Create(0.3, rate, RatePeriod.Unknown, RatePeriod.Week, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClvSettings.Create(0.3, rate, RatePeriod.Week, RatePeriod.Unknown, 5));
    }
}
