using Crm.Domain.Customers;
using Crm.Domain.Idic.Identify;
using Crm.Domain.Idic.Interact;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Tests.Idic;

/// <summary>The usage snippet handed to the README, kept compiling and true.</summary>
public class UsageSnippetTests
{
    [Fact]
    public void ReadmeSnippet_Works()
    {
        var now = Instant.FromUtc(2026, 3, 2, 10, 0);
        var admin = Actor.Of("u1", "admin");
        var ada = Customer.Register(CustomerId.Of("C1"), PersonName.Create("Ada", "Lovelace"), admin, now, DataAccessPolicy.Standard)
            .AddContactPoint(admin, ContactPoint.ForEmail(EmailAddress.Parse("ada@example.org"), VerificationState.Verified, now), now).ThrowIfDenied()
            .RecordConsent(admin, ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, now, "web-form", ConsentProof.DoubleOptIn)).ThrowIfDenied();
        var refused = ada.SetCreditLimit(Actor.Of("u2", "sales"), Money.Of(500m, "EUR"), now); // denied entry, ada unchanged
        var policy = ContactPolicy.Create(ConsentPurpose.Marketing, [FrequencyCap.Create(2, Duration.FromDays(7))], QuietHours.Create(new(21, 0), new(8, 0)));
        var decision = policy.Decide(ada, Channel.Email, now);                                 // allowed, or why not and when next
        var twin = Customer.Register(CustomerId.Of("C2"), PersonName.Create("Ada", "Lovelace"), admin, now, DataAccessPolicy.Standard)
            .AddContactPoint(admin, ContactPoint.ForEmail(EmailAddress.Parse("ADA@example.org"), VerificationState.Unverified, now), now).ThrowIfDenied();
        var report = new DuplicateDetector().Detect([.. new[] { ada, twin }.Select(c => MatchCandidate.From(c.Read(admin, now)))]);

        Assert.False(refused.IsAllowed);
        Assert.Same(refused.Entry, refused.Customer.AuditTrail[^1]); // issue 17: the refusal is kept in the trail
        Assert.True(decision.IsAllowed);
        Assert.Equal(MatchDecision.Same, report.Matches.Single().Decision);
    }
}
