using Crm.Domain.Metrics.Categorisation;
using Crm.Domain.Primitives;
using Crm.Domain.Tests.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Metrics.Categorisation;

public class AbcClassifierTests
{
    private static ValuedCustomer V(string id, double value) => ValuedCustomer.Of(CustomerId.Of(id), value);

    [Fact]
    public void Classify_HandComputed_DefaultThresholds()
    {
        // Total 100. Ranked: c1 50, c2 20, c3 10, c4 10 (tie: c3 before c4 by id), c5 5, c6 5.
        // Value before each: 0, 50, 70, 80, 90, 95 -> A while before < 80, B while before < 95, else C.
        var result = AbcClassifier.Default.Classify([V("c5", 5), V("c4", 10), V("c1", 50), V("c6", 5), V("c3", 10), V("c2", 20)]);

        Assert.Equal(["c1", "c2", "c3", "c4", "c5", "c6"], result.Assignments.Select(a => a.Customer.Value).ToArray());
        Assert.Equal([AbcClass.A, AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.C], result.Assignments.Select(a => a.Class).ToArray());
        Assert.Equal([0.5, 0.7, 0.8, 0.9, 0.95, 1.0], result.Assignments.Select(a => Math.Round(a.CumulativeShare!.Value, 12)).ToArray());
        Assert.Equal([1, 2, 3, 4, 5, 6], result.Assignments.Select(a => a.Rank).ToArray());

        var a = result.SummaryOf(AbcClass.A);
        Assert.Equal((3, 80d), (a.CustomerCount, a.Value));
        Assert.Equal(0.8, a.ValueShare!.Value, 12);
        Assert.Equal(0.5, a.CustomerShare!.Value, 12);
        Assert.Equal((2, 15d), (result.SummaryOf(AbcClass.B).CustomerCount, result.SummaryOf(AbcClass.B).Value));
        Assert.Equal(0.05, result.SummaryOf(AbcClass.C).ValueShare!.Value, 12);
        Assert.Equal(AbcClass.B, result.ClassOf(CustomerId.Of("c4")));
        Assert.Null(result.ClassOf(CustomerId.Of("nobody")));
        Assert.Equal(100d, result.TotalValue);
    }

    [Fact]
    public void Classify_CustomThresholds_AndZeroValueCustomers()
    {
        // 50/90 thresholds: c1 (before 0) A; c2 (before 60) B; c3 (before 90) C; c4 worth 0 is C.
        var result = AbcClassifier.Create(0.5, 0.9).Classify([V("c1", 60), V("c2", 30), V("c3", 10), V("c4", 0)]);
        Assert.Equal([AbcClass.A, AbcClass.B, AbcClass.C, AbcClass.C], result.Assignments.Select(x => x.Class).ToArray());
    }

    [Fact]
    public void Classify_NoValueAtAll_EveryoneIsC_AndSharesAreNoData()
    {
        var result = AbcClassifier.Default.Classify([V("x", 0), V("y", 0)]);
        Assert.All(result.Assignments, x => Assert.Equal(AbcClass.C, x.Class));
        Assert.Null(result.SummaryOf(AbcClass.C).ValueShare);
        Assert.Null(result.Assignments[0].CumulativeShare);
        var empty = AbcClassifier.Default.Classify(Array.Empty<ValuedCustomer>());
        Assert.Empty(empty.Assignments);
        Assert.Null(empty.SummaryOf(AbcClass.A).CustomerShare);
    }

    [Theory]
    [InlineData(0.9, 0.8)]
    [InlineData(0.8, 0.8)]
    public void Thresholds_NotIncreasing_ThrowNamingBoth(double a, double b)
    {
        var ex = Assert.Throws<ArgumentException>(() => AbcThresholds.Of(a, b));
        Assert.Contains($"a ({a})", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"b ({b})", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0.5, "a")]
    [InlineData(-0.1, 0.5, "a")]
    [InlineData(0.5, 1.01, "b")]
    [InlineData(double.NaN, 0.5, "a")]
    public void Thresholds_OutsideUnitInterval_Throw(double a, double b, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AbcThresholds.Of(a, b));
        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains("(0, 1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadInput_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => V("x", -1));
        Assert.Throws<ArgumentException>(() => ValuedCustomer.Of(default, 1));
        var dup = Assert.Throws<ArgumentException>(() => AbcClassifier.Default.Classify([V("x", 1), V("x", 2)]));
        Assert.Contains("'x'", dup.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => AbcClassifier.Default.Classify([default(ValuedCustomer)]));
        Assert.Throws<ArgumentException>(() => AbcClassifier.Create(default(AbcThresholds)));
    }

    [Fact]
    public void Json_RoundTrips_AndRefusesForgedClasses()
    {
        var result = AbcClassifier.Default.Classify([V("c1", 50), V("c2", 30), V("c3", 20)]);
        Assert.Equal(result, JsonAssert.RoundTrip(result));
        Assert.Equal(AbcThresholds.Default, JsonAssert.RoundTrip(AbcThresholds.Default));
        // c1 and c2 (before 0 and 50) are A, c3 (before 80) is B: claim it is A.
        var json = Domain.Serialization.CrmJson.Serialize(result);
        var forged = json.Replace("\"class\":\"B\"", "\"class\":\"A\"", StringComparison.Ordinal);
        Assert.NotEqual(json, forged);
        JsonAssert.Invalid<AbcClassification>(forged);
        JsonAssert.Invalid<AbcThresholds>("""{"a":0.95,"b":0.8}""");
    }

    public static Arbitrary<(ValuedCustomer[] Customers, AbcThresholds Thresholds, int Seed)> Bases() =>
        (from n in Gen.Choose(0, 60)
         from values in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 20)), (4, Gen.Choose(1, 1_000_000))), n)
         from a in Gen.Choose(1, 98)
         from b in Gen.Choose(a + 1, 100)
         from seed in Gen.Choose(0, 1000)
         select (values.Select((v, i) => V($"C{i:D3}", v)).ToArray(), AbcThresholds.Of(a / 100d, b / 100d), seed))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(AbcClassifierTests)], MaxTest = 200)]
    public bool Classify_Laws((ValuedCustomer[] Customers, AbcThresholds Thresholds, int Seed) input)
    {
        var (customers, thresholds, seed) = input;
        var classifier = AbcClassifier.Create(thresholds);
        var result = classifier.Classify(customers);

        // Input order does not matter.
        var shuffled = customers.OrderBy(_ => new Random(seed).Next()).ToArray();
        new Random(seed).Shuffle(shuffled);
        Assert.Equal(result, classifier.Classify(shuffled));

        // Every customer once; classes never go back up the ranking; value descends.
        Assert.Equal(customers.Length, result.Assignments.Length);
        Assert.Equal(customers.Length, result.Summary.Sum(s => s.CustomerCount));
        for (var i = 1; i < result.Assignments.Length; i++)
        {
            Assert.True(result.Assignments[i - 1].Class <= result.Assignments[i].Class);
            Assert.True(result.Assignments[i - 1].Value >= result.Assignments[i].Value);
        }

        // A reaches its share, and is the smallest such top set: without its last member it falls short.
        var total = customers.Sum(c => c.Value);
        if (total > 0)
        {
            var aValues = result.Assignments.Where(x => x.Class == AbcClass.A).Select(x => x.Value).ToArray();
            Assert.True(aValues.Sum() >= (thresholds.A * total) - 1e-6);
            Assert.True(aValues.Sum() - aValues[^1] < thresholds.A * total);
            Assert.InRange(result.Summary.Sum(s => s.ValueShare!.Value), 1 - 1e-9, 1 + 1e-9);
        }

        return JsonAssert.RoundTrip(result).Equals(result);
    }
}
