using Crm.Domain.Customers;
using Crm.Domain.Idic;
using Crm.Domain.Idic.Differentiate;
using Crm.Domain.Metrics.Categorisation;
using Crm.Domain.Primitives;
using Crm.Domain.Specifications;
using NodaTime;
using static Crm.Domain.Tests.Customers.CustomerFixtures;

namespace Crm.Domain.Tests.Idic;

public class DifferentiateTests
{
    private static CustomerValuation V(string id, double current, double? potential = null) => CustomerValuation.Of(CustomerId.Of(id), current, potential);

    [Fact]
    public void Assign_HandComputedExample()
    {
        // Values 500, 300, 100, 50, 40, 10, 0, -20 (total positive 1000), potentials as given.
        // MVC: ceil(0.2 * 6 positives) = 2 -> A, B. Growth candidates (current >= 0, not MVC, growth > 0):
        // C 100->150 (+50), D 50->400 (+350), E 40->45 (+5), F 10->200 (+190), G 0->30 (+30): ceil(0.2*5)=1 -> D.
        // ABC: cumulative share before each: A 0, B .5, C .8, D .9, E .95, F .99 -> A, A, B, B, C, C; G and H (<= 0) C.
        var v = new[] { V("A", 500), V("B", 300), V("C", 100, 150), V("D", 50, 400), V("E", 40, 45), V("F", 10, 200), V("G", 0, 30), V("H", -20) };
        var r = ValueTiering.Assign(v);
        Assert.Equal([ValueTier.MostValuable, ValueTier.MostValuable, ValueTier.Migrator, ValueTier.MostGrowable, ValueTier.Migrator, ValueTier.Migrator, ValueTier.Migrator, ValueTier.BelowZero], r.Select(x => x.Tier));
        Assert.Equal([AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.C, AbcClass.C, AbcClass.C, AbcClass.C], r.Select(x => x.Abc));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], r.Select(x => x.Rank));
        Assert.Equal(0.8, r[1].CumulativeShare, 12);
        Assert.Contains("growth 350", r[3].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => ValueTiering.Assign([V("A", 1), V("A", 2)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomerValuation.Of(CustomerId.Of("A"), double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueTierPolicy.Create(0.2, 0.2, 0.9, 0.8));
        Assert.Throws<ArgumentException>(() => CustomerValuation.FromMoney(CustomerId.Of("A"), Money.Of(1m, "EUR"), Money.Of(2m, "USD")));
    }

    [Fact]
    public void Assign_AllZero_IsAllMigratorsClassC()
    {
        var r = ValueTiering.Assign([V("A", 0), V("B", 0)]);
        Assert.All(r, x => Assert.Equal((ValueTier.Migrator, AbcClass.C), (x.Tier, x.Abc)));
    }

    [Fact]
    public void Assign_AbcClasses_AreTheMetricsCategorisation()
    {
        // One ABC classification: tiering classifies its positive-value customers through AbcClassifier, so a classifier
        // with the policy's thresholds gives the same classes (values 500 … 10: shares before 0, .5, .8, .9, .95, .99).
        var v = new[] { V("A", 500), V("B", 300), V("C", 100), V("D", 50), V("E", 40), V("F", 10), V("G", 0), V("H", -20) };
        var policy = ValueTierPolicy.Create(0.2, 0.2, 0.6, 0.9);
        var tiered = ValueTiering.Assign(v, policy);
        var classified = AbcClassifier.Create(policy.AbcThresholds).Classify(v.Where(x => x.Current > 0).Select(x => ValuedCustomer.Of(x.CustomerId, x.Current)));
        Assert.Equal((0.6, 0.9), (policy.AbcThresholds.A, policy.AbcThresholds.B));
        Assert.Equal([AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.C, AbcClass.C, AbcClass.C, AbcClass.C, AbcClass.C], tiered.Select(x => x.Abc));
        Assert.All(tiered.Where(x => x.Valuation.Current > 0), x => Assert.Equal(classified.ClassOf(x.CustomerId), x.Abc));
    }

    [Fact]
    public void AbcDefault_IsNotAClass()
    {
        // "Not classified" is null, never default(AbcClass); equal cut-offs would leave class B empty and are refused
        // as AbcThresholds refuses them.
        Assert.Null(CustomerProfile.Untiered(Rich("C1"), T0).Abc);
        Assert.Throws<ArgumentOutOfRangeException>(() => AbcClassifier.Default.Classify([ValuedCustomer.Of(CustomerId.Of("A"), 1)]).SummaryOf(default));
        Assert.Throws<ArgumentException>(() => ValueTierPolicy.Create(0.2, 0.2, 0.8, 0.8));
    }

    [Fact]
    public void Segmentation_AllowsSeveralSegments_AndExplains()
    {
        var complainer = Spec.Where<CustomerProfile>("complained", p => p.CountOf(InteractionKind.Complaint) > 0);
        var buyer = Spec.Where<CustomerProfile>("ordered", p => p.CountOf(InteractionKind.Order) > 0);
        var supportHeavy = Spec.Where<CustomerProfile>("support contact", p => p.CountOf(InteractionKind.Support) > 0);
        var segments = Segmentation<CustomerProfile>.Of(
            Segment<CustomerProfile>.Create("service-seekers", supportHeavy | complainer, "need reassurance"),
            Segment<CustomerProfile>.Create("buyers", buyer),
            Segment<CustomerProfile>.Create("unhappy", complainer));
        var profile = CustomerProfile.Untiered(Rich("C1"), T0 + Duration.FromDays(30));
        var m = segments.Classify(profile);
        Assert.Equal(["service-seekers", "buyers"], m.Segments.ToArray());
        Assert.True(m.IsIn("buyers"));
        Assert.Contains("[x] support contact", m.Explain(), StringComparison.Ordinal);
        Assert.Contains("[ ] complained", m.Explain(), StringComparison.Ordinal);
        Assert.Equal([new KeyValuePair<string, int>("service-seekers", 1), new("buyers", 1), new("unhappy", 0)], segments.Sizes([profile]).ToArray());
        Assert.Throws<ArgumentException>(() => Segmentation<CustomerProfile>.Of(Segment<CustomerProfile>.Create("x", buyer), Segment<CustomerProfile>.Create("x", buyer)));
    }

    [Fact]
    public void Profile_CountsOnlyUpToAsOf()
    {
        var c = Rich("C1");
        Assert.Equal(0, CustomerProfile.Untiered(c, T0).CountOf(InteractionKind.Order));
        var p = CustomerProfile.Untiered(c, T0 + Duration.FromDays(3));
        Assert.Equal(1, p.CountOf(InteractionKind.Order));
        Assert.Equal(T0 + Duration.FromDays(2), p.LastInteraction);
        Assert.Equal(1, p.CountWithin(InteractionKind.Support, Duration.FromDays(2)));
        Assert.Equal(0, p.CountWithin(InteractionKind.Order, Duration.FromDays(1)));
    }
}
