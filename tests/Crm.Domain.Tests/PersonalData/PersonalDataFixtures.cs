using System.Collections.Immutable;
using Crm.Domain.Accounts;
using Crm.Domain.Acquisition;
using Crm.Domain.Customers;
using Crm.Domain.PersonalData;
using Crm.Domain.Primitives;
using Crm.Domain.Privacy;
using Crm.Domain.Sales;
using Crm.Domain.Service;
using NodaTime;
using static Crm.Domain.Tests.Customers.CustomerFixtures;
using static Crm.Domain.Tests.Privacy.PrivacyFixtures;

namespace Crm.Domain.Tests.PersonalData;

/// <summary>A population across every aggregate that can hold a person's data: per person a customer, a lead, a
/// service case (escalated), a complaint on a second case, an opportunity and a household, plus one shared sales
/// journal, account and campaign-free links. Every free-text value a person owns is a distinctive token
/// (<see cref="Person.Tokens"/>), so a scan of any output for it is exact.</summary>
internal static class PersonalDataFixtures
{
    /// <summary>When the erasures happen (inside the UK calendar's coverage, after every aggregate's events).</summary>
    public static readonly Instant ErasedAt = Noon(2026, 9, 14);

    public sealed record Person(CustomerId Id, string Given, string Family, string Email, string Notes, string LeadNote,
        string EscalationReason, string ComplaintSubject, string OpportunityName, string ActivityNotes, string FollowUpPurpose, string HouseholdName)
    {
        public string[] Tokens => [Given, Family, Email, Notes, LeadNote, EscalationReason, ComplaintSubject, OpportunityName, ActivityNotes, FollowUpPurpose, HouseholdName];
    }

    /// <summary>People with tokens drawn from <paramref name="random"/>: "Qz" and eight lower-case letters each.</summary>
    public static ImmutableArray<Person> People(Random random, int count)
    {
        string Token() => "Qz" + new string(Enumerable.Range(0, 8).Select(_ => (char)('a' + random.Next(26))).ToArray());
        return [.. Enumerable.Range(0, count).Select(i => new Person(CustomerId.Of($"C-{i}"), Token(), Token(), Token() + "@example.org",
            "note " + Token(), "lead " + Token(), "escalated " + Token(), "about " + Token(), "deal " + Token(), "call " + Token(), "follow " + Token(), "home " + Token()))];
    }

    /// <summary>Every holder of the population, in a fixed order.</summary>
    public static ImmutableArray<IPersonalDataHolder> Holders(ImmutableArray<Person> people)
    {
        var holders = ImmutableArray.CreateBuilder<IPersonalDataHolder>();
        var journal = SalesJournal.Create("J-1", T0);
        var account = Account.Create(AccountId.Of("A-1"), "Acme Trading Ltd", "owner-1", T0);
        for (var i = 0; i < people.Length; i++)
        {
            var p = people[i];
            var t = T0 + Duration.FromHours(i + 1);
            var customer = Customer.Register(p.Id, PersonName.Create(p.Given, p.Family), Admin, t, DataAccessPolicy.Standard, "crm");
            customer = customer.AddContactPoint(Admin, ContactPoint.ForEmail(EmailAddress.Parse(p.Email), VerificationState.Verified, t), t).ThrowIfDenied();
            customer = customer.SetNotes(Admin, p.Notes, t).ThrowIfDenied();
            holders.Add(PersonalDataHolders.Of(customer));

            var lead = Lead.Create($"L-{i}", LeadSource.Enquiry, t, initialStage: FunnelStage.Enquiry).Advance(t + Duration.FromMinutes(5), p.LeadNote);
            holders.Add(PersonalDataHolders.Of(lead, p.Id));

            var escalated = ServiceCase.Open($"K-{i}", p.Id, "desk", CasePriority.High, Channel.Phone, t)
                .Respond(t + Duration.FromMinutes(10)).Escalate(t + Duration.FromMinutes(20), p.EscalationReason).Resolve(t + Duration.FromHours(2));
            holders.Add(PersonalDataHolders.Of(escalated));

            var complained = ServiceCase.Open($"KC-{i}", p.Id, "desk", CasePriority.Normal, Channel.Email, t).Respond(t + Duration.FromMinutes(30));
            holders.Add(PersonalDataHolders.Of(Complaint.File(complained, p.ComplaintSubject)));

            var opportunity = Opportunity.Open($"O-{i}", p.OpportunityName, SalesParty.Customer(p.Id), "owner-1", Money.Of(1000m + i, Currency.Gbp), new LocalDate(2026, 6, 30), t);
            holders.Add(PersonalDataHolders.Of(opportunity));

            journal = journal.Record(new Activity($"ACT-{i}", ActivityKind.Call, SalesParty.Customer(p.Id), "owner-1", t, ActivityOutcome.Completed, p.ActivityNotes))
                .Schedule(new FollowUp($"F-{i}", SalesParty.Customer(p.Id), p.FollowUpPurpose, "owner-1", t, t + Duration.FromDays(7)));
            account = account.LinkContact(p.Id, [ContactRole.DecisionMaker], t);
            holders.Add(PersonalDataHolders.Of(Household.Create($"H-{i}", p.HouseholdName, p.Id)));
        }

        holders.Add(PersonalDataHolders.Of(journal));
        holders.Add(PersonalDataHolders.Of(account));
        return holders.ToImmutable();
    }

    /// <summary>The export answering an access request of the first of two seeded people, produced by the admin.</summary>
    public static PersonalDataExport SampleExport()
    {
        var people = People(new Random(11), 2);
        return PersonalDataExport.Produce(ErasureRequest(people[0].Id, DataSubjectRequestKind.Access), Holders(people), Admin, ErasedAt).Export;
    }

    /// <summary>An erasure request about <paramref name="subject"/>, verified and in progress.</summary>
    public static DataSubjectRequest ErasureRequest(CustomerId subject, DataSubjectRequestKind kind = DataSubjectRequestKind.Erasure) =>
        DataSubjectRequest.Receive($"DSR-{subject.Value}-{kind}", subject, kind, Noon(2026, 9, 7), Uk)
            .VerifyIdentity(Noon(2026, 9, 8), "signed-in account")
            .StartWork(Noon(2026, 9, 9));
}
