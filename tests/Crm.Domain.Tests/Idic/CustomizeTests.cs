using Crm.Domain.Customers;
using Crm.Domain.Idic;
using Crm.Domain.Idic.Customize;
using Crm.Domain.Idic.Interact;
using Crm.Domain.Scoring;
using Crm.Domain.Specifications;
using NodaTime;
using static Crm.Domain.Tests.Customers.CustomerFixtures;

namespace Crm.Domain.Tests.Idic;

public class CustomizeTests
{
    private static readonly Specification<CustomerProfile> Ordered = Spec.Where<CustomerProfile>("has ordered", p => p.CountOf(InteractionKind.Order) > 0);
    private static readonly Specification<CustomerProfile> Complained = Spec.Where<CustomerProfile>("has complained", p => p.CountOf(InteractionKind.Complaint) > 0);

    private static ScoringModel<CustomerProfile> Value(double v) => ScoringModel<CustomerProfile>.Of(ScoringRule<CustomerProfile>.Create("margin x acceptance", _ => v));

    private static OfferEngine Engine(int max) => OfferEngine.Create(
        [
            Offer.Create("newsletter", Channel.Email, Ordered, 1, Value(5)),
            Offer.Create("premium-upgrade", Channel.Email, Ordered, 10, Value(50)),
            Offer.Create("call-back", Channel.Phone, Spec.All<CustomerProfile>(), 20, Value(80)),
            Offer.Create("win-back", Channel.Email, Complained, 30, Value(90)),
            Offer.Create("loss-leader", Channel.Email, Ordered, 5, Value(-3)),
        ],
        ContactPolicy.Create(ConsentPurpose.Marketing),
        max);

    [Fact]
    public void Recommend_RanksByPriority_RespectsLimitAndContactPolicy_AndExplainsEverything()
    {
        var c = Rich("C1");
        var at = T0 + Duration.FromDays(5);
        var profile = CustomerProfile.Untiered(c, at);
        var engine = Engine(1);
        var nba = engine.Recommend(profile, engine.ContactPolicy.ProfileOf(c, at), at);
        Assert.Equal(["premium-upgrade"], nba.Recommended.Select(r => r.Offer.Name));
        var outcomes = nba.Rejected.ToDictionary(r => r.Offer.Name, r => r.Outcome);
        Assert.Equal(OfferOutcome.OverLimit, outcomes["newsletter"]);
        Assert.Equal(OfferOutcome.ContactForbidden, outcomes["call-back"]);
        Assert.Equal(OfferOutcome.NotEligible, outcomes["win-back"]);
        Assert.Equal(OfferOutcome.BelowMinimumValue, outcomes["loss-leader"]);
        var why = nba.Recommended[0].Explain();
        Assert.Contains("[x] has ordered", why, StringComparison.Ordinal);
        Assert.Contains("allowed", why, StringComparison.Ordinal);
        Assert.Contains("margin x acceptance: 50", why, StringComparison.Ordinal);
        Assert.Contains("no consent", nba.Rejected.Single(r => r.Offer.Name == "call-back").Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_NeverRecommendsWhatTheContactPolicyForbids()
    {
        var c = Rich("C1").RecordConsent(Admin, ConsentRecord.Withdraw(Channel.Email, ConsentPurpose.Marketing, T0 + Duration.FromDays(1), "unsubscribe")).ThrowIfDenied();
        var at = T0 + Duration.FromDays(5);
        var engine = Engine(3);
        var nba = engine.Recommend(CustomerProfile.Untiered(c, at), engine.ContactPolicy.ProfileOf(c, at), at);
        Assert.Empty(nba.Recommended);
        Assert.All(nba.Rejected.Where(r => r.Contact is not null), r => Assert.False(r.Contact!.Value.IsAllowed));
    }

    [Fact]
    public void Create_BadInput_Throws()
    {
        var policy = ContactPolicy.Create(ConsentPurpose.Marketing);
        Assert.Throws<ArgumentException>(() => OfferEngine.Create([], policy));
        Assert.Throws<ArgumentOutOfRangeException>(() => OfferEngine.Create([Offer.Create("a", Channel.Email, Ordered, 1, Value(1))], policy, 0));
        Assert.Throws<ArgumentException>(() => OfferEngine.Create([Offer.Create("a", Channel.Email, Ordered, 1, Value(1)), Offer.Create("a", Channel.Sms, Ordered, 1, Value(1))], policy));
        Assert.Throws<ArgumentOutOfRangeException>(() => Offer.Create("a", Channel.Unknown, Ordered, 1, Value(1)));
    }
}
