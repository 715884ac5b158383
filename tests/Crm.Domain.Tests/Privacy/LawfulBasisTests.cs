using System.Text.Json.Nodes;
using Crm.Domain.Campaigns;
using Crm.Domain.Customers;
using Crm.Domain.Idic;
using Crm.Domain.Idic.Interact;
using Crm.Domain.Primitives;
using Crm.Domain.Scoring;
using Crm.Domain.Serialization;
using Crm.Domain.Specifications;
using NodaTime;
using static Crm.Domain.Tests.Customers.CustomerFixtures;

namespace Crm.Domain.Tests.Privacy;

/// <summary>
/// Issue 17, item 1 (lawful basis per purpose, consent expiry and re-permission, jurisdiction rules) and item 2's
/// restriction and objection, by hand-worked cases. The rules cited: GDPR / UK GDPR Art. 6(1), 18, 21(3); UK PECR
/// reg. 22(3) (the soft opt-in: e-mail marketing to an existing customer on legitimate interest, to a prospect only
/// with consent).
/// </summary>
public class LawfulBasisTests
{
    private static readonly ContactPolicy Marketing = ContactPolicy.Create(ConsentPurpose.Marketing);
    private static readonly BalancingTest Lia = BalancingTest.Of(Admin, T0, BalancingOutcome.InterestPrevails, "LIA-2026-01");
    private static readonly Instant Send = T0 + Duration.FromDays(30);

    /// <summary>A person with a verified e-mail whose marketing e-mail rests on legitimate interest; an existing customer also holds a contract.</summary>
    private static Customer OnLegitimateInterest(string id, bool existingCustomer)
    {
        var c = New(id).AddContactPoint(Admin, ContactPoint.ForEmail(EmailAddress.Parse(id.ToLowerInvariant() + "@example.org"), VerificationState.Verified, T0), T0).ThrowIfDenied()
            .RecordLawfulBasis(Admin, ConsentRecord.OnBasis(Channel.Email, ConsentPurpose.Marketing, LawfulBasis.LegitimateInterest, T0, "crm-import", Lia)).ThrowIfDenied();
        return existingCustomer
            ? c.RecordLawfulBasis(Admin, ConsentRecord.OnBasis(Channel.Web, ConsentPurpose.Of("orders"), LawfulBasis.Contract, T0, "order-1001")).ThrowIfDenied()
            : c;
    }

    [Fact]
    public void UkRules_SoftOptIn_AllowsLegitimateInterestMailToAnExistingCustomer_AndRefusesItForAProspect()
    {
        Assert.True(Marketing.Decide(OnLegitimateInterest("C1", existingCustomer: true), Channel.Email, Send).IsAllowed);
        var prospect = Marketing.Decide(OnLegitimateInterest("P1", existingCustomer: false), Channel.Email, Send);
        Assert.Equal(ContactRefusal.BasisNotAccepted, prospect.Refusal);
        Assert.Contains("jurisdiction rules", prospect.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void PluggedRules_ThatNeedConsentForMarketing_RefuseLegitimateInterestEvenForAnExistingCustomer()
    {
        var consentOnly = JurisdictionRules.From("consent-only", q => q.Purpose != ConsentPurpose.Marketing || q.Basis == LawfulBasis.Consent);
        var strict = Marketing.WithRules(consentOnly);
        var customer = OnLegitimateInterest("C1", existingCustomer: true);
        Assert.Equal(ContactRefusal.BasisNotAccepted, strict.Decide(customer, Channel.Email, Send).Refusal);
        Assert.True(Marketing.Decide(customer, Channel.Email, Send).IsAllowed);

        // A profile compiled under other rules is refused, as one compiled for another purpose is.
        Assert.Throws<ArgumentException>(() => strict.Decide(Marketing.ProfileOf(customer, Send), Channel.Email, Send));
    }

    [Fact]
    public void ContractBasis_NeverSupportsMarketing_ButSupportsService()
    {
        var c = New("C1").AddContactPoint(Admin, ContactPoint.ForEmail(EmailAddress.Parse("c1@example.org"), VerificationState.Verified, T0), T0).ThrowIfDenied()
            .RecordLawfulBasis(Admin, ConsentRecord.OnBasis(Channel.Email, ConsentPurpose.Marketing, LawfulBasis.Contract, T0, "order-1001")).ThrowIfDenied()
            .RecordLawfulBasis(Admin, ConsentRecord.OnBasis(Channel.Email, ConsentPurpose.Service, LawfulBasis.Contract, T0, "order-1001")).ThrowIfDenied();
        Assert.Equal(ContactRefusal.BasisNotAccepted, Marketing.Decide(c, Channel.Email, Send).Refusal);
        Assert.True(ContactPolicy.Create(ConsentPurpose.Service).Decide(c, Channel.Email, Send).IsAllowed);
    }

    [Fact]
    public void LegitimateInterest_NeedsABalancingTestThatFavoursTheInterest()
    {
        Assert.Throws<ArgumentException>(() => ConsentRecord.OnBasis(Channel.Mail, ConsentPurpose.Marketing, LawfulBasis.LegitimateInterest, T0, "crm"));
        var failed = BalancingTest.Of(Admin, T0, BalancingOutcome.RightsPrevail, "LIA-2026-02");
        Assert.Throws<ArgumentException>(() => ConsentRecord.OnBasis(Channel.Mail, ConsentPurpose.Marketing, LawfulBasis.LegitimateInterest, T0, "crm", failed));
        Assert.Throws<ArgumentException>(() => ConsentRecord.OnBasis(Channel.Mail, ConsentPurpose.Marketing, LawfulBasis.Contract, T0, "crm", Lia));
        Assert.Throws<ArgumentException>(() => ConsentRecord.OnBasis(Channel.Mail, ConsentPurpose.Marketing, LawfulBasis.Consent, T0, "crm"));
        Assert.Throws<ArgumentException>(() => BalancingTest.Of(Admin, T0, BalancingOutcome.InterestPrevails, "ask ana@example.org"));

        var record = ConsentRecord.OnBasis(Channel.Mail, ConsentPurpose.Marketing, LawfulBasis.LegitimateInterest, T0, "crm", Lia);
        Assert.Equal((Admin, T0, BalancingOutcome.InterestPrevails), (record.BalancingTest!.AssessedBy, record.BalancingTest.AssessedAt, record.BalancingTest.Outcome));
        Assert.Null(record.Anonymised().BalancingTest!.Reference);

        // Each command takes its own kind of record.
        Assert.Throws<ArgumentException>(() => New("C1").RecordConsent(Admin, record));
        Assert.Throws<ArgumentException>(() => New("C1").RecordLawfulBasis(Admin, ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, T0, "web", ConsentProof.DoubleOptIn)));
    }

    [Fact]
    public void ConsentExpiredTheDayBeforeTheSend_IsRefused_AndHeldTheDayBefore()
    {
        var expiry = Send - Duration.FromDays(1);
        var c = Rich("C1").RecordConsent(Admin, ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, T0 + Duration.FromHours(1), "web-renewal", ConsentProof.DoubleOptIn).WithExpiry(expiry)).ThrowIfDenied();

        var atSend = Marketing.Decide(c, Channel.Email, Send);
        Assert.Equal(ContactRefusal.ConsentExpired, atSend.Refusal);
        Assert.Null(atSend.NextPossible);
        Assert.Equal(ContactRefusal.ConsentExpired, Marketing.Decide(c, Channel.Email, expiry).Refusal); // lapses at its expiry
        Assert.True(Marketing.Decide(c, Channel.Email, expiry - Duration.FromSeconds(1)).IsAllowed);
        Assert.Equal(ConsentStatus.Expired, c.Consents.StatusOf(Channel.Email, ConsentPurpose.Marketing, Send));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, T0, "web", ConsentProof.DoubleOptIn).WithExpiry(T0));
        Assert.Throws<ArgumentException>(() => ConsentRecord.Withdraw(Channel.Email, ConsentPurpose.Marketing, T0, "web").WithExpiry(Send));
    }

    [Fact]
    public void RepermissionDue_FromItsDate_AndForALapsedGrant()
    {
        var ask = T0 + Duration.FromDays(365);
        var c = Rich("C1")
            .RecordConsent(Admin, ConsentRecord.Grant(Channel.Sms, ConsentPurpose.Marketing, T0, "shop", ConsentProof.Signature).WithRepermission(ask)).ThrowIfDenied()
            .RecordConsent(Admin, ConsentRecord.Grant(Channel.Mail, ConsentPurpose.Marketing, T0, "shop", ConsentProof.Signature).WithExpiry(ask + Duration.FromDays(30))).ThrowIfDenied();

        Assert.Empty(c.Consents.RepermissionDue(ask - Duration.FromSeconds(1)));
        var due = Assert.Single(c.Consents.RepermissionDue(ask));
        Assert.Equal(Channel.Sms, due.Channel);
        Assert.True(Marketing.Decide(c, Channel.Sms, ask).IsAllowed); // due to ask again, still valid
        Assert.Equal([Channel.Sms, Channel.Mail], c.Consents.RepermissionDue(ask + Duration.FromDays(30)).Select(r => r.Channel));

        // Asked again and granted: nothing due.
        var renewed = c.RecordConsent(Admin, ConsentRecord.Grant(Channel.Sms, ConsentPurpose.Marketing, ask + Duration.FromDays(1), "shop", ConsentProof.Signature)).ThrowIfDenied();
        Assert.DoesNotContain(renewed.Consents.RepermissionDue(ask + Duration.FromDays(2)), r => r.Channel == Channel.Sms);
    }

    [Fact]
    public void OldConsentJson_ReadsBackAsConsentWithoutExpiry_InAnOldSnapshot()
    {
        // A 0.1.0 snapshot: the same JSON without the members this release added to consent records.
        var current = CrmJson.Serialize(Rich("C1").ToSnapshot());
        var old = JsonNode.Parse(current)!;
        var removed = 0;
        foreach (var record in old.AsObject()["consents"]!.AsArray().Concat(old["history"]!.AsArray().Select(e => e!["record"]).Where(r => r is not null)))
        {
            foreach (var member in new[] { "basis", "expiresAt", "repermissionAt", "balancingTest" })
            {
                removed += record!.AsObject().Remove(member) ? 1 : 0;
            }
        }

        Assert.Equal(8, removed); // one record in the state and one in the history, four members each
        var snapshot = CrmJson.Deserialize<CustomerSnapshot>(old.ToJsonString());
        var record0 = Assert.Single(snapshot.Consents);
        Assert.Equal((LawfulBasis.Consent, (Instant?)null, (Instant?)null, (BalancingTest?)null), (record0.Basis, record0.ExpiresAt, record0.RepermissionAt, record0.BalancingTest));
        var customer = Customer.FromSnapshot(snapshot, DataAccessPolicy.Standard);
        Assert.True(Marketing.Decide(customer, Channel.Email, Send).IsAllowed);
        Assert.Equal(current, CrmJson.Serialize(customer.ToSnapshot()));
    }

    [Fact]
    public void Restriction_BlocksAudienceSelectionAndScoring_NamingTheGround_AndLiftingRestores()
    {
        var at = T0 + Duration.FromDays(10);
        var others = new[] { Rich("C2", "c2@example.org"), Rich("C3", "c3@example.org") };
        var restricted = Rich("C1").RestrictProcessing(Admin, RestrictionGround.AccuracyContested, at).ThrowIfDenied();
        var send = at + Duration.FromDays(1);

        Assert.Equal(["C2", "C3"], Reached([restricted, .. others], send));
        Assert.Equal(ContactRefusal.Restricted, Marketing.Decide(restricted, Channel.Email, send).Refusal);

        var scoring = ScoringModel<CustomerProfile>.Of(ScoringRule<CustomerProfile>.Create("orders", p => p.CountOf(InteractionKind.Order)));
        var ex = Assert.Throws<ProcessingRestrictedException>(() => scoring.ScoreOf(CustomerProfile.Untiered(restricted, send)));
        Assert.Equal((restricted.Id, ProcessingUse.Profiling, RestrictionGround.AccuracyContested, at), (ex.CustomerId, ex.Use, ex.Ground, ex.Since));
        Assert.Contains("AccuracyContested", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Lovelace", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(CustomerProfile.Untiered(restricted, at - Duration.FromSeconds(1))); // before the restriction

        var lifted = restricted.LiftRestriction(Admin, send + Duration.FromDays(1)).ThrowIfDenied();
        var later = send + Duration.FromDays(2);
        Assert.Equal(["C1", "C2", "C3"], Reached([lifted, .. others], later));
        Assert.Equal(1d, scoring.ScoreOf(CustomerProfile.Untiered(lifted, later)).Value);
        Assert.Throws<IllegalTransitionException>(() => lifted.LiftRestriction(Admin, later));
        Assert.Throws<IllegalTransitionException>(() => restricted.RestrictProcessing(Admin, RestrictionGround.LegalClaims, send));
    }

    [Fact]
    public void Objection_StopsMarketingAtTheInstant_WhateverTheBasis_ButNotServiceMessages()
    {
        var objected = T0 + Duration.FromDays(3);
        var c = OnLegitimateInterest("C1", existingCustomer: true)
            .RecordConsent(Admin, ConsentRecord.Grant(Channel.Email, ConsentPurpose.Service, T0, "web", ConsentProof.SingleOptIn)).ThrowIfDenied()
            .ObjectToMarketing(Admin, objected).ThrowIfDenied();

        Assert.True(Marketing.Decide(c, Channel.Email, objected - Duration.FromTicks(1)).IsAllowed);
        Assert.Equal(ContactRefusal.Objected, Marketing.Decide(c, Channel.Email, objected).Refusal);
        Assert.True(ContactPolicy.Create(ConsentPurpose.Service).Decide(c, Channel.Email, objected).IsAllowed);
        Assert.False(c.MayProcessFor(ProcessingUse.Profiling, objected));
        Assert.Null(Assert.Throws<ProcessingRestrictedException>(() => CustomerProfile.Untiered(c, objected)).Ground);

        // Only a new marketing consent, given after the objection, lets marketing resume.
        var backdated = c.RecordConsent(Admin, ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, objected - Duration.FromDays(1), "web", ConsentProof.DoubleOptIn)).ThrowIfDenied();
        Assert.Equal(ContactRefusal.Objected, Marketing.Decide(backdated, Channel.Email, Send).Refusal);
        var asked = c.RecordConsent(Admin, ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, objected + Duration.FromDays(1), "web", ConsentProof.DoubleOptIn)).ThrowIfDenied();
        Assert.True(Marketing.Decide(asked, Channel.Email, Send).IsAllowed);
    }

    [Fact]
    public void RestrictionAndObjection_SurviveErasureAndMerge()
    {
        var at = T0 + Duration.FromDays(1);
        var c = Rich("C1").RestrictProcessing(Admin, RestrictionGround.LegalClaims, at).ThrowIfDenied().Erase(Admin, at).ThrowIfDenied();
        Assert.Equal(RestrictionGround.LegalClaims, c.RestrictedFor);
        var replayed = Customer.FromHistory(CrmJson.Deserialize<System.Collections.Immutable.ImmutableArray<CustomerEvent>>(CrmJson.Serialize(c.History)), DataAccessPolicy.Standard);
        Assert.Equal((c.RestrictedFor, c.RestrictedSince), (replayed.RestrictedFor, replayed.RestrictedSince));

        var objecting = Rich("C2", "c2@example.org").ObjectToMarketing(Admin, at).ThrowIfDenied();
        var merged = Crm.Domain.Idic.Identify.CustomerMerger.Merge(Rich("C3", "c3@example.org"), objecting, Crm.Domain.Idic.Identify.SurvivorshipPolicy.Default, Admin, at + Duration.FromDays(1));
        Assert.Equal(at, merged.Golden!.MarketingObjectedAt);
    }

    private static string[] Reached(Customer[] customers, Instant at)
    {
        var eligibility = PolicyContactEligibility.Create(Marketing, customers, at);
        var members = customers.Select(c => CampaignCustomer.Of(c.Id, "all", 3, 3, 3, 1)).ToArray();
        var audience = AudienceDefinition.Create("spring", Spec.All<CampaignCustomer>(), Channel.Email, 0.5, 7, eligibility).Select(members, at);
        return [.. audience.Treated.Concat(audience.Control).Select(c => c.Id.Value).Order(StringComparer.Ordinal)];
    }
}
