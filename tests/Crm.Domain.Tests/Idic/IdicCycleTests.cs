using Crm.Domain.Customers;
using Crm.Domain.Idic;
using Crm.Domain.Idic.Customize;
using Crm.Domain.Idic.Differentiate;
using Crm.Domain.Metrics.Categorisation;
using Crm.Domain.Idic.Identify;
using Crm.Domain.Idic.Interact;
using Crm.Domain.Scoring;
using Crm.Domain.Specifications;
using NodaTime;
using static Crm.Domain.Tests.Customers.CustomerFixtures;

namespace Crm.Domain.Tests.Idic;

public class IdicCycleTests
{
    private static IdicCycle Cycle(Actor actor) => IdicCycle.Create(
        new DuplicateDetector(),
        SurvivorshipPolicy.Default,
        ValueTierPolicy.Default,
        Segmentation<CustomerProfile>.Of(
            Segment<CustomerProfile>.Create("buyers", Spec.Where<CustomerProfile>("ordered", p => p.CountOf(InteractionKind.Order) > 0)),
            Segment<CustomerProfile>.Create("top", Spec.Where<CustomerProfile>("class A", p => p.Abc == AbcClass.A))),
        OfferEngine.Create([Offer.Create("thank-you", Channel.Email, Spec.All<CustomerProfile>(), 1,
            ScoringModel<CustomerProfile>.Of(ScoringRule<CustomerProfile>.Create("value share", p => 1 + (p.Valuation.Current / 100))))],
            ContactPolicy.Create(ConsentPurpose.Marketing)),
        actor);

    private static List<Customer> Base() =>
    [
        Rich("A", email: "ada@example.org", given: "Ada", family: "Lovelace"),
        Rich("B", email: "ADA@example.org", given: "Ada", family: "Lovelase", at: T0 + Duration.FromDays(1)),
        Rich("C", email: "grace@example.org", given: "Grace", family: "Hopper"),
        New("D", "Alan", "Turing"),
    ];

    [Fact]
    public void Run_MergesDuplicates_TiersSegmentsAndRecommends()
    {
        var at = T0 + Duration.FromDays(10);
        var result = Cycle(Actor.Of("batch", "system")).Run(Base(), c => CustomerValuation.Of(c.Id, c.Timeline.Count * 100d), null, at);
        Assert.Single(result.Duplicates.Clusters());
        Assert.Equal(3, result.Customers.Length);
        var golden = result.Customers.Single(c => !c.MergedFrom.IsEmpty);
        Assert.Equal(4, golden.Timeline.Count);
        Assert.Equal([2, 2], result.SegmentSizes.Select(s => s.Value));
        Assert.Equal(2, result.OffersMade()["thank-you"]); // D has no consent
        Assert.Equal(3, result.Tiers.Length);
        Assert.Equal(ValueTier.MostValuable, result.Tiers[result.Customers.IndexOf(golden)].Tier);
    }

    [Fact]
    public void Run_RestrictedCustomer_KeepsItsTier_ButHasNoSegmentAndNoOffer()
    {
        // Issue 17: the same base as above with Grace's processing restricted before the run.
        var at = T0 + Duration.FromDays(10);
        var customers = Base();
        customers[2] = customers[2].RestrictProcessing(Admin, RestrictionGround.AccuracyContested, T0 + Duration.FromDays(5)).ThrowIfDenied();
        var result = Cycle(Actor.Of("batch", "system")).Run(customers, c => CustomerValuation.Of(c.Id, c.Timeline.Count * 100d), null, at);
        var grace = result.Customers.IndexOf(result.Customers.Single(c => c.Id.Value == "C"));
        Assert.Equal(3, result.Tiers.Length);
        Assert.Empty(result.Memberships[grace]);
        Assert.True(result.Actions[grace].Recommended.IsEmpty && result.Actions[grace].Rejected.IsEmpty);
        Assert.Equal([1, 1], result.SegmentSizes.Select(s => s.Value)); // the golden record only
        Assert.Equal(1, result.OffersMade()["thank-you"]);
    }

    [Fact]
    public void Run_RememberedDecision_PreventsTheMerge()
    {
        var remembered = NotDuplicateRegister.Empty.Remember(Base()[0].Id, Base()[1].Id, Admin, T0);
        var result = Cycle(Actor.Of("batch", "system")).Run(Base(), c => CustomerValuation.Of(c.Id, 1), remembered, T0 + Duration.FromDays(10));
        Assert.Equal(4, result.Customers.Length);
        Assert.Equal(1, result.Duplicates.Suppressed);
    }

    [Fact]
    public void Run_ActorWithoutMergeRights_KeepsRecords_AndReportsTheRefusal()
    {
        var result = Cycle(Actor.Of("analyst", "auditor")).Run(Base(), c => CustomerValuation.Of(c.Id, 1), null, T0 + Duration.FromDays(10));
        Assert.Equal(4, result.Customers.Length);
        Assert.False(result.Merges.Single().IsAllowed);
    }
}
