using Crm.Domain.Customers;
using Crm.Domain.Idic.Identify;
using Crm.Domain.Primitives;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Crm.Domain.Tests.Customers.CustomerFixtures;

// These tests also pin the raw accessors (Customer.Name, ContactPoints…), shipped API made obsolete by issue 17.
#pragma warning disable CS0618

namespace Crm.Domain.Tests.Idic;

public class MergeTests
{
    [Fact]
    public void Merge_MostRecent_KeepsNewerIdentity_AndEverythingOfBoth()
    {
        var a = Rich("A", given: "Ada", family: "Lovelace");
        var b = Rich("B", email: "ada.l@example.net", given: "Augusta Ada", family: "King", at: T0 + Duration.FromDays(10));
        var result = CustomerMerger.Merge(a, b, SurvivorshipPolicy.Default, Admin, T0 + Duration.FromDays(20));
        var g = result.ThrowIfDenied();
        Assert.Equal(CustomerId.Of("B"), g.Id);
        Assert.Equal("King", g.Name!.Family);
        Assert.Equal([CustomerId.Of("A")], g.MergedFrom.ToArray());
        Assert.Equal(4, g.Timeline.Count);
        Assert.Equal(2, g.Consents.Records.Length);
        Assert.Equal(2, g.ContactPoints.Count(p => p.Kind == ContactPointKind.Email));
        Assert.Single(g.ContactPoints, p => p.Kind == ContactPointKind.Phone);
        Assert.Equal(AuditAction.Merge, g.AuditTrail[^1].Action);
        Assert.Equal(T0, g.CreatedAt);
        Assert.Contains(result.Choices, c => c.Group == FieldGroup.Identity && c.Winner == CustomerId.Of("B") && c.Reason.StartsWith("changed last", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_SourcePriority_And_MostComplete()
    {
        var crm = New("A", "Ada", "Lovelace", source: "crm", at: T0);
        var shop = New("B", "A.", "Lovelace", source: "webshop", at: T0 + Duration.FromDays(5))
            .SetDateOfBirth(Admin, new LocalDate(1815, 12, 10), T0 + Duration.FromDays(5)).ThrowIfDenied();
        var bySource = CustomerMerger.Merge(crm, shop, SurvivorshipPolicy.Create(SurvivorshipRule.SourcePriority, ["crm", "webshop"]), Admin, T0).ThrowIfDenied();
        Assert.Equal("Ada", bySource.Name!.Given);
        Assert.Equal(new LocalDate(1815, 12, 10), bySource.DateOfBirth); // gap filled from the other record

        var onlyFamily = New("C", "", "Lovelace", at: T0 + Duration.FromDays(9));
        var byCompleteness = CustomerMerger.Merge(crm, onlyFamily, SurvivorshipPolicy.Create(SurvivorshipRule.MostComplete), Admin, T0).ThrowIfDenied();
        Assert.Equal("Ada", byCompleteness.Name!.Given);
        Assert.Equal(CustomerId.Of("A"), byCompleteness.Id);
    }

    [Fact]
    public void Merge_WithoutRights_IsRefused_AndErasedRecordsCannotMerge()
    {
        var a = Rich("A");
        var b = Rich("B");
        var refused = CustomerMerger.Merge(a, b, SurvivorshipPolicy.Default, SalesRep, T0);
        Assert.False(refused.IsAllowed);
        Assert.Null(refused.Golden);
        Assert.Equal(AuditOutcome.Denied, refused.Entry.Outcome);
        Assert.Throws<AccessDeniedException>(refused.ThrowIfDenied);
        var erased = b.Erase(Admin, T0).ThrowIfDenied();
        Assert.Throws<IllegalTransitionException>(() => CustomerMerger.Merge(a, erased, SurvivorshipPolicy.Default, Admin, T0));
        Assert.Throws<ArgumentException>(() => CustomerMerger.Merge(a, a, SurvivorshipPolicy.Default, Admin, T0));
    }

    public static class Histories
    {
        public static Arbitrary<(int[] A, int[] B)> Interactions() =>
            (from a in Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 40), n))
             from b in Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 40), n))
             select (a, b)).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Histories)], MaxTest = 100)]
    public bool Merge_KeepsEveryInteractionAndConsentOfBoth((int[] A, int[] B) h)
    {
        Customer Build(string id, int[] days)
        {
            var c = New(id, at: T0);
            foreach (var (d, k) in days.Select((d, k) => (d, k)))
            {
                var at = T0 + Duration.FromDays(d);
                c = c.RecordInteraction(Admin, Interaction.Create($"{id}-{k}", at, (InteractionKind)(d % 8), d % 2 == 0 ? Channel.Email : Channel.InPerson, InteractionDirection.Inbound)).ThrowIfDenied();
                var channel = d % 3 == 0 ? Channel.Sms : Channel.Email;
                c = c.RecordConsent(Admin, d % 4 == 0
                    ? ConsentRecord.Withdraw(channel, ConsentPurpose.Marketing, at, id + "-src")
                    : ConsentRecord.Grant(channel, ConsentPurpose.Marketing, at, id + "-src", ConsentProof.DoubleOptIn)).ThrowIfDenied();
            }

            return c;
        }

        var a = Build("A", h.A);
        var b = Build("B", h.B);
        var g = CustomerMerger.Merge(a, b, SurvivorshipPolicy.Default, Admin, T0).ThrowIfDenied();
        return a.Timeline.Interactions.All(g.Timeline.Interactions.Contains) && b.Timeline.Interactions.All(g.Timeline.Interactions.Contains)
            && a.Consents.Records.All(g.Consents.Records.Contains) && b.Consents.Records.All(g.Consents.Records.Contains)
            && g.Timeline.Count == a.Timeline.Count + b.Timeline.Count;
    }
}
