using Crm.Domain.Campaigns;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Specifications;
using Crm.Domain.Tests.Arbitraries;
using FsCheck.Xunit;
using static Crm.Domain.Tests.Campaigns.CampaignFixtures;

namespace Crm.Domain.Tests.Campaigns;

public class AudienceDefinitionTests
{
    [Fact]
    public void Select_AppliesCriteriaSuppressionAndPermission_InThatOrder()
    {
        var customers = Enumerable.Range(0, 12).Select(i => Customer(i, i < 6 ? "loyal" : "new")).ToArray();
        var criteria = Spec.Where<CampaignCustomer>("loyal", c => c.Segment == "loyal");
        var suppression = SuppressionList.Of([CustomerId.Of("C000001"), CustomerId.Of("C000007")]);
        // C000000 and C000003 (multiples of 3 among the loyal ones) have no e-mail consent.
        var audience = Audience(0.5, criteria: criteria, suppression: suppression, eligibility: NoEmailConsentEvery(3)).Select(customers, T0);

        Assert.Equal(new AudienceCounts(12, 6, 1, 2, 1, 2), audience.Counts);
        var members = audience.Treated.Concat(audience.Control).Select(c => c.Id.Value).Order().ToArray();
        Assert.Equal(["C000002", "C000004", "C000005"], members);
        Assert.Equal(AudienceGroup.NotMember, audience.GroupOf(CustomerId.Of("C000001")));
    }

    [Fact]
    public void Select_SameSeed_SameGroupsWhateverTheInputOrder()
    {
        var customers = Base(500, 3);
        var a = Audience(0.3, seed: 11).Select(customers, T0);
        var b = Audience(0.3, seed: 11).Select(customers.Reverse().ToArray(), T0);
        Assert.Equal(a.Control.Select(c => c.Id).Order(), b.Control.Select(c => c.Id).Order());
        var other = Audience(0.3, seed: 12).Select(customers, T0);
        Assert.NotEqual(a.Control.Select(c => c.Id).Order(), other.Control.Select(c => c.Id).Order());
    }

    [Fact]
    public void Select_ControlSize_IsRoundedShareOfEligible()
    {
        // 0.25 × 10 = 2.5 rounds away from zero to 3.
        var audience = Audience(0.25).Select(Base(10, 5), T0);
        Assert.Equal(3, audience.Control.Length);
        Assert.Equal(7, audience.Treated.Length);
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(1d)]
    [InlineData(-0.1d)]
    [InlineData(1.5d)]
    [InlineData(double.NaN)]
    public void Create_ControlShareOutsideOpenUnitInterval_ThrowsNamingValue(double share)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Audience(share));
        Assert.Equal("controlShare", ex.ParamName);
        Assert.Contains("(0, 1)", ex.Message, StringComparison.Ordinal);
        Assert.Contains(share.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnknownChannel_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AudienceDefinition.Create("a", Spec.All<CampaignCustomer>(), Channel.Unknown, 0.1, 1, ContactEligibility.AllowAll));
        Assert.Equal("channel", ex.ParamName);
    }

    [Fact]
    public void Select_DuplicateCustomer_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Audience().Select([Customer(1), Customer(1)], T0));
        Assert.Contains("C000001", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_MatchesSelect()
    {
        var customers = Base(300, 9);
        var definition = Audience(0.1, eligibility: NoEmailConsentEvery(4));
        var assignments = new AudienceAssignment[customers.Length];
        var counts = definition.Classify(customers, T0, assignments);
        var audience = definition.Select(customers, T0);
        Assert.Equal(audience.Counts, counts);
        for (var i = 0; i < customers.Length; i++)
        {
            var expected = assignments[i] switch
            {
                AudienceAssignment.Treated => AudienceGroup.Treated,
                AudienceAssignment.Control => AudienceGroup.Control,
                _ => AudienceGroup.NotMember,
            };
            Assert.Equal(expected, audience.GroupOf(customers[i].Id));
        }
    }

    [Fact]
    public void ContactEligibility_FromSpecification_IsAsked()
    {
        var rule = Spec.Where<ContactRequest>("sms only", r => r.Channel == Channel.Sms);
        var definition = AudienceDefinition.Create("a", Spec.All<CampaignCustomer>(), Channel.Email, 0.5, 1, ContactEligibility.From(rule));
        Assert.Equal(0, definition.Select(Base(20, 1), T0).MemberCount);
    }

    [Property(Arbitrary = [typeof(CampaignArbitraries)], MaxTest = 60)]
    public bool Select_NoMemberLacksPermission_ControlDisjointAndWithinOneOfShare(CampaignArbitraries.AudienceCase c)
    {
        var eligibility = NoEmailConsentEvery(c.NoConsentModulus);
        var definition = Audience(c.ControlShare, c.Seed, eligibility: eligibility);
        var audience = definition.Select(c.Customers, T0);
        var members = audience.Treated.Concat(audience.Control).ToArray();
        var permitted = members.All(m => eligibility.MayContact(m.Id, Channel.Email, T0));
        var disjoint = !audience.Treated.Select(t => t.Id).Intersect(audience.Control.Select(k => k.Id)).Any();
        var withinOne = Math.Abs(audience.Control.Length - (c.ControlShare * members.Length)) <= 1d;
        var everyEligibleIsMember = c.Customers.Count(x => eligibility.MayContact(x.Id, Channel.Email, T0)) == members.Length;
        return permitted && disjoint && withinOne && everyEligibleIsMember;
    }

    [Fact]
    public void Classify_ShortDestination_ThrowsNamingLengths()
    {
        var ex = Assert.Throws<ArgumentException>(() => Audience().Classify(Base(5, 1), T0, new AudienceAssignment[4]));
        Assert.Equal("destination", ex.ParamName);
        Assert.Contains("5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGetMember_FindsGroupAndCustomer()
    {
        var audience = Audience(0.5).Select(Base(10, 2), T0);
        var control = audience.Control[0];
        Assert.True(audience.TryGetMember(control.Id, out var found, out var group));
        Assert.Equal((control, AudienceGroup.Control), (found, group));
        Assert.False(audience.TryGetMember(CustomerId.Of("NOBODY"), out _, out var none));
        Assert.Equal(AudienceGroup.NotMember, none);
        Assert.Equal(0.5, audience.ActualControlShare);
    }
}
