using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using Crm.Domain.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Crm.Domain.Tests.Customers.CustomerFixtures;

// These tests also pin the raw accessors (Customer.Name, ContactPoints…), shipped API made obsolete by issue 17.
#pragma warning disable CS0618

namespace Crm.Domain.Tests.Customers;

/// <summary>Issue 5, item 8: no role changes a field group it lacks, a refused change leaves the customer unchanged,
/// and an erased customer has no PII left in any field, string or JSON.</summary>
public class CustomerAccessProperties
{
    private static readonly string[] RoleNames = ["admin", "sales", "service", "finance", "marketing", "auditor", "intern"];

    public static class Gens
    {
        public static Arbitrary<(string Role, int Command)> Attempts() =>
            (from role in Gen.Elements(RoleNames)
             from command in Gen.Choose(0, 7)
             select (role, command)).ToArbitrary();

        public static Arbitrary<(string Given, string Family, string Local, string Street)> People() =>
            (from given in Gen.Elements("Grace", "Hedy", "Katherine", "Margaret", "Radia")
             from family in Gen.Elements("Hopper", "Lamarr", "Johnson", "Hamilton", "Perlman")
             from n in Gen.Choose(100, 999)
             from street in Gen.Elements("Elm Row", "Quay Street", "Harbour Lane")
             select (given + "x" + n, family + "q" + n, $"{given}.{family}{n}", $"{n} {street}")).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Gens)], MaxTest = 200)]
    public bool NoRoleChangesAGroupItLacks_AndRefusalsChangeNothing((string Role, int Command) attempt)
    {
        var c = Rich("C1");
        var before = CrmJson.Serialize(c.ToSnapshot());
        var actor = Actor.Of("u", attempt.Role);
        var at = T0 + Duration.FromDays(5);
        var (group, update) = attempt.Command switch
        {
            0 => (FieldGroup.Identity, c.Rename(actor, PersonName.Create("Eve", "Mallory"), at)),
            1 => (FieldGroup.Identity, c.SetDateOfBirth(actor, new LocalDate(1815, 12, 10), at)),
            2 => (FieldGroup.Contact, c.AddContactPoint(actor, ContactPoint.ForEmail(EmailAddress.Parse("eve@example.net"), VerificationState.Unverified, at), at)),
            3 => (FieldGroup.Consent, c.RecordConsent(actor, ConsentRecord.Withdraw(Channel.Email, ConsentPurpose.Marketing, at, "call"))),
            4 => (FieldGroup.Interactions, c.RecordInteraction(actor, Interaction.Create("x-1", at, InteractionKind.Complaint, Channel.Email, InteractionDirection.Inbound))),
            5 => (FieldGroup.Financial, c.SetCreditLimit(actor, Money.Of(99m, "EUR"), at)),
            6 => (FieldGroup.Notes, c.SetNotes(actor, "changed", at)),
            _ => (FieldGroup.Identity, c.Erase(actor, at)),
        };
        var allowed = attempt.Command == 7
            ? new[] { FieldGroup.Identity, FieldGroup.Contact, FieldGroup.Notes }.All(g => DataAccessPolicy.Standard.CanChange(Role.Of(attempt.Role), g))
            : DataAccessPolicy.Standard.CanChange(Role.Of(attempt.Role), group);
        if (allowed)
        {
            return update.IsAllowed && !ReferenceEquals(update.Customer, c) && update.Customer.AuditTrail.Length == c.AuditTrail.Length + 1;
        }

        // Issue 17: the refusal appends its AccessAudited event (kept in the trail) and changes no data.
        return !update.IsAllowed && update.Customer.EventsSince(c.Version).Single() is AccessAudited && update.Entry.Outcome == AuditOutcome.Denied
            && CrmJson.Serialize(c.ToSnapshot()) == before && update.Entry.Reason is not null;
    }

    [Property(Arbitrary = [typeof(Gens)], MaxTest = 50)]
    public bool ErasedCustomer_HasNoPiiInAnyFieldStringOrJson((string Given, string Family, string Local, string Street) p)
    {
        var c = Customer.Register(CustomerId.Of("C-1"), PersonName.Create(p.Given, p.Family), Admin, T0, DataAccessPolicy.Standard, "web");
        c = c.AddContactPoint(Admin, ContactPoint.ForEmail(EmailAddress.Parse(p.Local + "@mail.example"), VerificationState.Verified, T0), T0).ThrowIfDenied()
            .AddContactPoint(Admin, ContactPoint.ForAddress(PostalAddress.Create(p.Street, "ZX9 9ZZ", "Dunmore", "GB"), VerificationState.Unverified, T0), T0).ThrowIfDenied()
            .RecordConsent(Admin, ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, T0, "form " + p.Local, ConsentProof.DoubleOptIn, "ref-" + p.Family)).ThrowIfDenied()
            .SetNotes(Admin, "Met " + p.Given + " at " + p.Street, T0).ThrowIfDenied()
            .SetDateOfBirth(Admin, new LocalDate(1990, 3, 4), T0).ThrowIfDenied();
        var erased = c.Erase(Admin, T0 + Duration.FromDays(1)).ThrowIfDenied();
        var view = erased.Read(Actor.Of("u", "auditor"), T0);
        var texts = new[]
        {
            erased.ToString(), CrmJson.Serialize(erased.ToSnapshot()), view.ToString(),
            string.Join("|", erased.AuditTrail.Select(e => e.ToString() + e.Before + e.After + e.Reason)),
            string.Join("|", erased.Consents.Records.Select(r => r.CaptureSource + r.ProofReference + r.ToString())),
        };
        var pii = new[] { p.Given, p.Family, p.Local, p.Street, "ZX9", "Dunmore", "1990" };
        return erased.Name is null && erased.DateOfBirth is null && erased.ContactPoints.IsEmpty && erased.Notes is null
            && view.Name is null && texts.All(t => pii.All(x => !t.Contains(x, StringComparison.OrdinalIgnoreCase)));
    }
}
