using Crm.Domain.Metrics.Categorisation;
using Crm.Domain.Primitives;

namespace Crm.Domain.Tests.Metrics.Categorisation;

/// <summary>
/// Issue 13 item 6 (mutation survivors in Metrics/Categorisation): thresholds at both ends of (0, 1], the texts, the
/// equality members, the refusals of forged or default input, and the overflow path of very large values. Expected
/// values are the documented ABC rule (A while the value ranked before is under A of the total, B under B, else C)
/// applied by hand.
/// </summary>
public class AbcMemberTests
{
    private static ValuedCustomer V(string id, double value) => ValuedCustomer.Of(CustomerId.Of(id), value);

    [Fact]
    public void Thresholds_accept_shares_up_to_one_and_refuse_zero()
    {
        var widest = AbcThresholds.Of(double.Epsilon, 1);
        Assert.Equal(double.Epsilon, widest.A);
        Assert.Equal(1d, widest.B);
        Assert.True(widest.IsInitialized);
        Assert.False(default(AbcThresholds).IsInitialized);
        Assert.Equal("a", Assert.Throws<ArgumentOutOfRangeException>(() => AbcThresholds.Of(0, 1)).ParamName);
        Assert.Equal("b", Assert.Throws<ArgumentOutOfRangeException>(() => AbcThresholds.Of(0.5, 1.0000000000000002)).ParamName);
        Assert.Equal("b", Assert.Throws<ArgumentOutOfRangeException>(() => AbcThresholds.Of(0.5, double.NaN)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentOutOfRangeException>(() => AbcThresholds.Of(1.5, 2)).ParamName);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AbcThresholds.Of(-0.25, 0.5));
        Assert.Contains("a must be a cumulative value share in (0, 1]; it was -0.25.", ex.Message, StringComparison.Ordinal);
        var order = Assert.Throws<ArgumentException>(() => AbcThresholds.Of(0.9, 0.9));
        Assert.Equal("b", order.ParamName);
        Assert.Contains("Thresholds must be strictly increasing: a (0.9) must be < b (0.9).", order.Message, StringComparison.Ordinal);
        Assert.Equal(0.9000000000000001, AbcThresholds.Of(0.9, 0.9000000000000001).B);

        Assert.Equal(AbcThresholds.Of(0.8, 0.95), AbcThresholds.Default);
        Assert.Equal("A <= 80 %, B <= 95 %", AbcThresholds.Default.ToString());
        Assert.Equal("A <= 12.5 %, B <= 100 %", AbcThresholds.Of(0.125, 1).ToString());
        Assert.Equal(AbcThresholds.Default, AbcClassifier.Default.Thresholds);
        Assert.Equal(AbcThresholds.Of(0.5, 0.9), AbcClassifier.Create(0.5, 0.9).Thresholds);
        Assert.Equal(AbcThresholds.Of(0.6, 0.7), AbcClassifier.Create(AbcThresholds.Of(0.6, 0.7)).Thresholds);
        Assert.Equal("thresholds", Assert.Throws<ArgumentException>(() => AbcClassifier.Create(default(AbcThresholds))).ParamName);
    }

    [Fact]
    public void A_customer_exactly_at_a_threshold_falls_in_the_next_class()
    {
        // Total 10; 50/80 thresholds: before 0 -> A; before 5 (= 0.5 x 10) -> B; before 8 (= 0.8 x 10) -> C.
        var result = AbcClassifier.Create(0.5, 0.8).Classify([V("a", 5), V("b", 3), V("c", 2)]);
        Assert.Equal([AbcClass.A, AbcClass.B, AbcClass.C], result.Assignments.Select(x => x.Class).ToArray());
        Assert.Equal([0.5, 0.8, 1.0], result.Assignments.Select(x => x.CumulativeShare!.Value).ToArray());
        Assert.Equal([5d, 3d, 2d], result.Assignments.Select(x => x.Value).ToArray());

        // One customer below each threshold by a little: both still in the earlier class.
        var below = AbcClassifier.Create(0.5, 0.8).Classify([V("a", 4.999), V("b", 3), V("c", 2.001)]);
        Assert.Equal([AbcClass.A, AbcClass.A, AbcClass.B], below.Assignments.Select(x => x.Class).ToArray());
    }

    [Fact]
    public void Ties_rank_by_id_ordinally()
    {
        var result = AbcClassifier.Default.Classify([V("b", 1), V("B", 1), V("a", 1), V("c", 2)]);
        Assert.Equal(["c", "B", "a", "b"], result.Assignments.Select(x => x.Customer.Value).ToArray());
        Assert.Equal([1, 2, 3, 4], result.Assignments.Select(x => x.Rank).ToArray());
    }

    [Fact]
    public void Values_near_the_largest_double_keep_finite_shares()
    {
        var result = AbcClassifier.Default.Classify([V("y", double.MaxValue), V("z", 0), V("x", double.MaxValue)]);
        Assert.Equal(["x", "y", "z"], result.Assignments.Select(x => x.Customer.Value).ToArray());
        Assert.Equal([0.5, 1.0, 1.0], result.Assignments.Select(x => x.CumulativeShare!.Value).ToArray());
        Assert.Equal([AbcClass.A, AbcClass.A, AbcClass.C], result.Assignments.Select(x => x.Class).ToArray());
        Assert.Equal(double.MaxValue, result.Assignments[0].Value);
    }

    // Found by the mutation work: the summary summed the same values to +∞ and gave ∞/∞ = NaN shares. Two customers
    // of double.MaxValue and one of 0: A holds both (two thirds of the customers, all the value), C the zero.
    [Fact]
    public void Values_near_the_largest_double_keep_a_finite_summary()
    {
        var result = AbcClassifier.Default.Classify([V("y", double.MaxValue), V("z", 0), V("x", double.MaxValue)]);
        Assert.Equal(double.MaxValue, result.TotalValue);
        var a = result.Summary.Single(s => s.Class == AbcClass.A);
        var c = result.Summary.Single(s => s.Class == AbcClass.C);
        Assert.Equal((2, double.MaxValue, 1.0, 2.0 / 3), (a.CustomerCount, a.Value, a.ValueShare!.Value, a.CustomerShare!.Value));
        Assert.Equal((1, 0.0, 0.0), (c.CustomerCount, c.Value, c.ValueShare!.Value));
        Assert.All(result.Summary, s => Assert.True(double.IsFinite(s.Value) && s.ValueShare is >= 0 and <= 1));
    }

    [Fact]
    public void Classify_takes_arrays_lists_and_sequences_alike()
    {
        ValuedCustomer[] customers = [V("c1", 60), V("c2", 30), V("c3", 10)];
        var expected = AbcClassifier.Default.Classify(customers);
        Assert.Equal(expected, AbcClassifier.Default.Classify(customers.ToList()));
        Assert.Equal(expected, AbcClassifier.Default.Classify(customers.Select(c => c)));
        Assert.Equal(expected, AbcClassifier.Default.Classify((IEnumerable<ValuedCustomer>)customers));
        Assert.Equal(expected, AbcClassifier.Default.Classify(new ReadOnlySpan<ValuedCustomer>(customers)));
        Assert.Throws<ArgumentNullException>(() => AbcClassifier.Default.Classify((ValuedCustomer[])null!));
        Assert.Throws<ArgumentNullException>(() => AbcClassifier.Default.Classify((IEnumerable<ValuedCustomer>)null!));
        var dup = Assert.Throws<ArgumentException>(() => AbcClassifier.Default.Classify([V("x", 1), V("y", 1), V("x", 2)]));
        Assert.Equal("customers", dup.ParamName);
        Assert.Contains("customers must be unique; 'x' appears twice (sum its values first).", dup.Message, StringComparison.Ordinal);
        Assert.Equal("customers", Assert.Throws<ArgumentException>(() => AbcClassifier.Default.Classify([V("x", 1), default])).ParamName);
    }

    [Fact]
    public void Summaries_count_customers_and_value_per_class()
    {
        // Total 100: A = c1 (60) and c2 (before 60 < 80: 30); B = c3 (before 90 < 95: 6); C = c4 (before 96: 4).
        var result = AbcClassifier.Default.Classify([V("c1", 60), V("c2", 30), V("c3", 6), V("c4", 4)]);
        var a = result.SummaryOf(AbcClass.A);
        Assert.Equal(AbcClass.A, a.Class);
        Assert.Equal(2, a.CustomerCount);
        Assert.Equal(90d, a.Value);
        Assert.Equal(0.9, a.ValueShare);
        Assert.Equal(0.5, a.CustomerShare);
        Assert.Equal("A: 2 customers (50 %), 90 % of value", a.ToString());
        var b = result.SummaryOf(AbcClass.B);
        Assert.Equal((AbcClass.B, 1, 6d, 0.06, 0.25), (b.Class, b.CustomerCount, b.Value, b.ValueShare!.Value, b.CustomerShare!.Value));
        var c = result.SummaryOf(AbcClass.C);
        Assert.Equal((AbcClass.C, 1, 4d, 0.04, 0.25), (c.Class, c.CustomerCount, c.Value, c.ValueShare!.Value, c.CustomerShare!.Value));
        Assert.Equal(3, result.Summary.Length);
        Assert.Equal("A: 2 customers (50 %), 90 % of value; B: 1 customers (25 %), 6 % of value; C: 1 customers (25 %), 4 % of value", result.ToString());
        Assert.Equal(100d, result.TotalValue);
        Assert.Equal(AbcClass.A, result.ClassOf(CustomerId.Of("c2")));
        Assert.Equal(AbcClass.C, result.ClassOf(CustomerId.Of("c4")));
        Assert.Equal(AbcClass.B, result.ClassOf(CustomerId.Of("c3")));
        Assert.Equal("abcClass", Assert.ThrowsAny<ArgumentException>(() => result.SummaryOf(0)).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => result.SummaryOf((AbcClass)4));

        var empty = AbcClassifier.Default.Classify(Array.Empty<ValuedCustomer>());
        Assert.Equal(0d, empty.TotalValue);
        Assert.Equal("A: 0 customers ( %),  % of value; B: 0 customers ( %),  % of value; C: 0 customers ( %),  % of value", empty.ToString());
    }

    [Fact]
    public void Assignments_and_customers_read_as_rank_value_share_and_class()
    {
        var result = AbcClassifier.Default.Classify([V("c1", 60), V("c2", 40)]);
        Assert.Equal("#1 c1: 60 (60 %) A", result.Assignments[0].ToString());
        Assert.Equal("#2 c2: 40 (100 %) A", result.Assignments[1].ToString());
        Assert.Equal("#1 z: 0 ( %) C", AbcClassifier.Default.Classify([V("z", 0)]).Assignments[0].ToString());
        Assert.Equal("c1: 2.5", V("c1", 2.5).ToString());
        Assert.Equal(CustomerId.Of("c1"), V("c1", 2.5).Customer);
        Assert.Equal(0d, V("c1", 0).Value);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => V("c1", -0.5)).ParamName);
        Assert.Equal("customer", Assert.Throws<ArgumentException>(() => ValuedCustomer.Of(default, 1)).ParamName);

        var assignment = new AbcAssignment(CustomerId.Of("c1"), 60, 1, 0.6, AbcClass.A);
        Assert.Equal(result.Assignments[0], assignment);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new AbcAssignment(CustomerId.Of("c1"), double.NaN, 1, 0.6, AbcClass.A)).ParamName);
        Assert.Equal("cumulativeShare", Assert.Throws<ArgumentOutOfRangeException>(() => new AbcAssignment(CustomerId.Of("c1"), 1, 1, double.PositiveInfinity, AbcClass.A)).ParamName);
    }

    [Fact]
    public void Classifications_are_checked_on_construction_and_equal_by_thresholds_and_assignments()
    {
        var result = AbcClassifier.Default.Classify([V("c1", 60), V("c2", 40)]);
        var rebuilt = new AbcClassification(AbcThresholds.Default, result.Assignments);
        Assert.True(result == rebuilt);
        Assert.False(result != rebuilt);
        Assert.True(result.Equals((object)rebuilt));
        Assert.Equal(result.GetHashCode(), rebuilt.GetHashCode());
        Assert.Equal(AbcClass.A, rebuilt.ClassOf(CustomerId.Of("c2")));
        Assert.Equal(result.Summary.ToArray(), rebuilt.Summary.ToArray());

        var other = AbcClassifier.Create(0.5, 0.9).Classify([V("c1", 60), V("c2", 40)]);
        Assert.False(result == other);
        Assert.True(result != other);
        Assert.False(result == AbcClassifier.Default.Classify([V("c1", 60), V("c2", 41)]));
        Assert.False(result.Equals((object)"c1"));
        Assert.False(result == null);
        Assert.False(null == result);
        Assert.True((AbcClassification?)null == null);

        var none = Assert.Throws<ArgumentException>(() => new AbcClassification(AbcThresholds.Default, default));
        Assert.Equal("assignments", none.ParamName);
        Assert.Contains("assignments must not be a default ImmutableArray.", none.Message, StringComparison.Ordinal);
        var forged = Assert.Throws<ArgumentException>(() => new AbcClassification(AbcThresholds.Default, [new AbcAssignment(CustomerId.Of("c1"), 60, 1, 0.6, AbcClass.B)]));
        Assert.Equal("assignments", forged.ParamName);
        Assert.Contains("assignments are not the ABC classification of their customers and values", forged.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new AbcClassification(AbcThresholds.Default, [new AbcAssignment(CustomerId.Of("c1"), 60, 2, 1, AbcClass.A)]));
        Assert.Throws<ArgumentException>(() => new AbcClassification(AbcThresholds.Of(0.5, 0.6), result.Assignments));
        Assert.Empty(new AbcClassification(AbcThresholds.Default, []).Assignments);
    }
}
