using Crm.Domain.Accounts;
using Crm.Domain.Acquisition;
using Crm.Domain.Customers;
using Crm.Domain.Idic.Identify;
using Crm.Domain.Primitives;
using Crm.Domain.Sales;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Accounts;

public class LeadConversionTests
{
    private static readonly Instant T0 = AccountFixtures.T0;
    private static readonly Actor Admin = Actor.Of("ana", "admin");

    private static Lead QualifiedLead() =>
        Lead.Create("L-1", LeadSource.Enquiry, T0, ProspectAttitude.Preferer, [AcquisitionStrategy.Unknown + 1], FunnelStage.Qualified);

    private static LeadConversionRequest Request() =>
        new LeadConversionRequest(AccountId.Of("A-NEW"), "ACME Deutschland G.m.b.H.", CustomerId.Of("C-NEW"), PersonName.Create("Jana", "Schulz"), "O-1", "200 licences",
            Money.Of(48_000m, "EUR"), new LocalDate(2026, 6, 30), "ana")
            .WithAccountDetails([CompanyIdentifier.Vat("DE136695976")], webDomain: "www.acme.example")
            .WithContact(EmailAddress.Parse("jana.schulz@acme.example"), roles: [ContactRole.Champion, ContactRole.DecisionMaker])
            .WithCampaign("spring-webinar");

    [Fact]
    public void A_new_organisation_becomes_an_account_a_contact_and_an_opportunity()
    {
        var r = LeadConversion.Convert(QualifiedLead(), Request(), [], [], Admin, DataAccessPolicy.Standard, T0 + Duration.FromHours(1));

        Assert.Equal(LeadConversionOutcome.Converted, r.Outcome);
        Assert.False(r.AccountMatched);
        Assert.False(r.ContactMatched);
        Assert.Equal(AccountId.Of("A-NEW"), r.Account!.Id);
        Assert.Equal(CustomerId.Of("C-NEW"), r.Account.PrimaryContact);
        Assert.Equal([ContactRole.DecisionMaker, ContactRole.Champion], r.Account.ContactOf(CustomerId.Of("C-NEW"))!.Roles.ToArray());
        Assert.Equal(CustomerId.Of("C-NEW"), r.NewContact!.Id);
        Assert.Equal(SalesParty.Account(AccountId.Of("A-NEW")), r.Opportunity!.Party);
        Assert.Equal(Money.Of(48_000m, "EUR"), r.Opportunity.Amount);
        Assert.Equal(LeadSource.Enquiry, r.Source);
        Assert.Equal(ProspectAttitude.Preferer, r.Attitude);
        Assert.Equal("spring-webinar", r.CampaignId);
        Assert.Equal(FunnelStage.Opportunity, r.Lead.Stage);
        var converted = Assert.IsType<LeadConverted>(r.Lead.History[^1]);
        Assert.Equal("O-1", converted.OpportunityId);
        Assert.Equal(r.Lead.Conversion, converted);
        Assert.Equal(r.Lead.Stage, Lead.FromHistory(r.Lead.History).Stage);
    }

    [Fact]
    public void An_existing_account_and_customer_are_matched_with_evidence()
    {
        var existing = AccountFixtures.Rich(); // "Acme Deutschland GmbH", DE136695976, acme.example
        var customer = MatchCandidate.Create(CustomerId.Of("C-7"), PersonName.Create("Jana", "Schulz"), EmailAddress.Parse("jana.schulz@acme.example"));
        var r = LeadConversion.Convert(QualifiedLead(), Request(), [AccountFixtures.Group(), existing], [customer], Admin, DataAccessPolicy.Standard, T0 + Duration.FromHours(1));

        Assert.True(r.AccountMatched);
        Assert.Equal(existing.Id, r.AccountId);
        Assert.Equal(MatchDecision.Same, r.AccountMatch!.Decision);
        Assert.Contains(r.AccountMatch.Evidence, e => e.Field == MatchField.Identifier && e.Similarity == 1);
        Assert.True(r.ContactMatched);
        Assert.Equal(CustomerId.Of("C-7"), r.ContactId);
        Assert.Null(r.NewContact);
        Assert.Equal(existing.Version + 1, r.Account!.Version); // the contact linked to the matched account
        Assert.NotNull(r.Account.ContactOf(CustomerId.Of("C-7")));
        Assert.Contains("matched", r.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_contact_is_a_customer_so_the_access_policy_applies_unchanged()
    {
        // The standard policy lets sales read identity but not change it: registering a contact is refused, as for any customer.
        Assert.Throws<AccessDeniedException>(() =>
            LeadConversion.Convert(QualifiedLead(), Request(), [], [], Actor.Of("sam", "sales"), DataAccessPolicy.Standard, T0));
    }

    [Fact]
    public void Only_a_qualified_lead_converts()
    {
        var enquiry = Lead.Create("L-2", LeadSource.Enquiry, T0, initialStage: FunnelStage.Enquiry);
        Assert.Throws<IllegalTransitionException>(() => LeadConversion.Convert(enquiry, Request(), [], [], Admin, DataAccessPolicy.Standard, T0));
    }

    // Law: converting a converted lead returns the same identifiers and changes nothing.
    [Property(MaxTest = 50)]
    public bool Conversion_is_idempotent(bool existingAccount, bool existingContact, PositiveInt minutes)
    {
        var at = T0 + Duration.FromHours(1) + Duration.FromMinutes(minutes.Get % 10_000);
        IEnumerable<Account> accounts = existingAccount ? [AccountFixtures.Rich()] : [];
        IEnumerable<MatchCandidate> customers = existingContact
            ? [MatchCandidate.Create(CustomerId.Of("C-7"), PersonName.Create("Jana", "Schulz"), EmailAddress.Parse("jana.schulz@acme.example"))]
            : [];
        var first = LeadConversion.Convert(QualifiedLead(), Request(), accounts, customers, Admin, DataAccessPolicy.Standard, at);
        var again = LeadConversion.Convert(first.Lead, Request(), accounts, customers, Admin, DataAccessPolicy.Standard, at + Duration.FromDays(1));
        return again.Outcome == LeadConversionOutcome.AlreadyConverted
            && ReferenceEquals(again.Lead, first.Lead)
            && again.AccountId == first.AccountId && again.ContactId == first.ContactId && again.OpportunityId == first.OpportunityId
            && again.AccountMatched == existingAccount && again.ContactMatched == existingContact
            && again.Account is null && again.NewContact is null && again.Opportunity is null;
    }
}
