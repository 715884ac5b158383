using Crm.Domain.Customers;
using Crm.Domain.Idic.Interact;
using Crm.Domain.Privacy;
using Crm.Domain.Primitives;
using NodaTime;
using static Crm.Domain.Tests.Customers.CustomerFixtures;
using static Crm.Domain.Tests.Privacy.PrivacyFixtures;

namespace Crm.Domain.Tests.Privacy;

/// <summary>Issue 17, item 2: a data-subject request's rectification, restriction and objection reach the customer
/// through pure functions the host calls, with the acting employee and the policy's audit.</summary>
public class DataSubjectRequestEffectsTests
{
    private static Customer Subject() => Rich(Ana.Value);

    private static DataSubjectRequest InProgress(DataSubjectRequestKind kind) =>
        DataSubjectRequest.Receive("DSR-1", Ana, kind, Noon(2026, 9, 3), Uk)
            .VerifyIdentity(Noon(2026, 9, 4), "signed-in account")
            .StartWork(Noon(2026, 9, 7));

    [Fact]
    public void Rectification_AppliesTheCustomerCommands_AndRecordsTheFieldsNotTheValues()
    {
        var at = Noon(2026, 9, 8);
        var effect = DataSubjectRequestEffects.Rectify(InProgress(DataSubjectRequestKind.Rectification), Subject(), Admin, at,
            [Rectification.Name(PersonName.Create("Augusta Ada", "King")), Rectification.DateOfBirth(new LocalDate(1815, 12, 10))]);

        Assert.True(effect.IsApplied);
        Assert.Equal(DataSubjectRequestState.Fulfilled, effect.Request.State);
        var note = Assert.IsType<DataSubjectRequestFulfilled>(effect.Request.History[^1]).Note;
        Assert.Equal("rectified: Identity.Name, Identity.DateOfBirth", note);
        var view = effect.Customer.Read(Admin, at);
        Assert.Equal(PersonName.Create("Augusta Ada", "King"), view.Name);
        Assert.Equal(new LocalDate(1815, 12, 10), view.DateOfBirth);
        Assert.Equal(Admin, effect.Customer.History[^1].Actor);
        Assert.DoesNotContain("King", Rectification.Name(PersonName.Create("Augusta Ada", "King")).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rectification_RefusedByThePolicy_LeavesTheRequestOpen_AndKeepsTheRefusal()
    {
        var request = InProgress(DataSubjectRequestKind.Rectification);
        var effect = DataSubjectRequestEffects.Rectify(request, Subject(), SalesRep, Noon(2026, 9, 8), [Rectification.Notes("corrected note")]);
        Assert.False(effect.IsApplied);
        Assert.Same(request, effect.Request);
        Assert.IsType<AccessAudited>(effect.Customer.History[^1]);
    }

    [Fact]
    public void Restriction_IsAppliedAndFulfilled_ThenTheContactPolicyRefusesTheCustomer()
    {
        var at = Noon(2026, 9, 8);
        var effect = DataSubjectRequestEffects.Restrict(InProgress(DataSubjectRequestKind.Restriction), Subject(), Admin, RestrictionGround.AccuracyContested, at);
        Assert.Equal(DataSubjectRequestState.Fulfilled, effect.Request.State);
        Assert.Equal(RestrictionGround.AccuracyContested, effect.Customer.RestrictedFor);
        Assert.Equal(ContactRefusal.Restricted, ContactPolicy.Create(ConsentPurpose.Marketing).Decide(effect.Customer, Channel.Email, at).Refusal);
    }

    [Fact]
    public void Objection_TakesEffectOnReceipt_BeforeIdentityIsVerified()
    {
        var received = Noon(2026, 9, 3);
        var request = DataSubjectRequest.Receive("DSR-2", Ana, DataSubjectRequestKind.Objection, received, Uk);
        var effect = DataSubjectRequestEffects.ObjectToMarketing(request, Subject(), Admin, received);
        Assert.Equal(received, request.MarketingStopsAt);
        Assert.Equal(received, effect.Customer.MarketingObjectedAt);
        Assert.Equal(DataSubjectRequestState.Received, effect.Request.State); // work has not started: it stays open
        Assert.Equal(ContactRefusal.Objected, ContactPolicy.Create(ConsentPurpose.Marketing).Decide(effect.Customer, Channel.Email, received).Refusal);

        var worked = request.VerifyIdentity(Noon(2026, 9, 4), "account").StartWork(Noon(2026, 9, 4));
        Assert.Equal(DataSubjectRequestState.Fulfilled, DataSubjectRequestEffects.ObjectToMarketing(worked, Subject(), Admin, Noon(2026, 9, 4)).Request.State);
    }

    [Fact]
    public void WrongKindSubjectOrState_ThrowsBeforeAnyChange()
    {
        var customer = Subject();
        Assert.Throws<ArgumentException>(() => DataSubjectRequestEffects.Restrict(InProgress(DataSubjectRequestKind.Erasure), customer, Admin, RestrictionGround.LegalClaims, Noon(2026, 9, 8)));
        Assert.Throws<ArgumentException>(() => DataSubjectRequestEffects.Restrict(InProgress(DataSubjectRequestKind.Restriction), Rich("C-other"), Admin, RestrictionGround.LegalClaims, Noon(2026, 9, 8)));
        var received = DataSubjectRequest.Receive("DSR-3", Ana, DataSubjectRequestKind.Restriction, Noon(2026, 9, 3), Uk);
        Assert.Throws<IllegalTransitionException>(() => DataSubjectRequestEffects.Restrict(received, customer, Admin, RestrictionGround.LegalClaims, Noon(2026, 9, 8)));
        Assert.Throws<ArgumentException>(() => DataSubjectRequestEffects.Rectify(InProgress(DataSubjectRequestKind.Rectification), customer, Admin, Noon(2026, 9, 8), []));
        var objection = DataSubjectRequest.Receive("DSR-4", Ana, DataSubjectRequestKind.Objection, Noon(2026, 9, 3), Uk);
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSubjectRequestEffects.ObjectToMarketing(objection, customer, Admin, Noon(2026, 9, 2)));
    }
}
