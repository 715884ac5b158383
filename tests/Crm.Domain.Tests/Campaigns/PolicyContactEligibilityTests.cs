using Crm.Domain.Campaigns;
using Crm.Domain.Customers;
using Crm.Domain.Idic.Interact;
using Crm.Domain.Primitives;
using Crm.Domain.Specifications;
using NodaTime;
using static Crm.Domain.Tests.Customers.CustomerFixtures;

namespace Crm.Domain.Tests.Campaigns;

/// <summary>The IDIC contact policy drives campaign audiences: consent and quiet hours decide who is reached.</summary>
public class PolicyContactEligibilityTests
{
    private static readonly Instant Noon = Instant.FromUtc(2026, 2, 2, 12, 0);

    [Fact]
    public void MayContact_FollowsConsentAndQuietHours()
    {
        // Rich(...) grants marketing e-mail consent with double opt-in; New(...) has no consent at all.
        var withConsent = Rich("C1");
        var withoutConsent = New("C2");
        var policy = ContactPolicy.Create(ConsentPurpose.Marketing, quietHours: QuietHours.Create(new LocalTime(21, 0), new LocalTime(8, 0)));
        // Compiled at the latest instant asked about (issue 17: a compilation refuses later instants).
        var eligibility = PolicyContactEligibility.Create(policy, [withConsent, withoutConsent], Instant.FromUtc(2026, 2, 2, 23, 0));

        Assert.True(eligibility.MayContact(withConsent.Id, Channel.Email, Noon));
        Assert.False(eligibility.MayContact(withConsent.Id, Channel.Sms, Noon));           // no SMS consent
        Assert.False(eligibility.MayContact(withoutConsent.Id, Channel.Email, Noon));      // no consent at all
        Assert.False(eligibility.MayContact(CustomerId.Of("unknown"), Channel.Email, Noon)); // never seen
        var night = Instant.FromUtc(2026, 2, 2, 23, 0);
        Assert.Equal(policy.Decide(withConsent, Channel.Email, night).IsAllowed, eligibility.MayContact(withConsent.Id, Channel.Email, night));
        Assert.Null(eligibility.Decide(CustomerId.Of("unknown"), Channel.Email, Noon));
    }

    [Fact]
    public void Audience_ExcludesCustomersThePolicyForbids()
    {
        var customers = new[] { Rich("C1", "a@example.org"), New("C2"), Rich("C3", "c@example.org") };
        var eligibility = PolicyContactEligibility.Create(ContactPolicy.Create(ConsentPurpose.Marketing), customers, Noon);
        var members = customers.Select(c => CampaignCustomer.Of(c.Id, "all", 3, 3, 3, 1)).ToArray();

        var audience = AudienceDefinition.Create("spring", Spec.All<CampaignCustomer>(), Channel.Email, 0.5, 7, eligibility).Select(members, Noon);

        var reached = audience.Treated.Concat(audience.Control).Select(c => c.Id.Value).Order().ToArray();
        Assert.Equal(["C1", "C3"], reached);
        Assert.Equal(AudienceGroup.NotMember, audience.GroupOf(CustomerId.Of("C2")));
    }

    [Fact]
    public void Create_DuplicateCustomer_Throws() =>
        Assert.Throws<ArgumentException>(() => PolicyContactEligibility.Create(ContactPolicy.Create(ConsentPurpose.Marketing), [Rich("C1"), Rich("C1")], Noon));
}
