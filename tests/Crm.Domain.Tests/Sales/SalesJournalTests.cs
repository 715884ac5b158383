using Crm.Domain.Primitives;
using Crm.Domain.Sales;
using Crm.Domain.Tests.Serialization;
using NodaTime;

namespace Crm.Domain.Tests.Sales;

public class SalesJournalTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 6, 1, 9, 0);
    private static readonly SalesParty Acme = SalesParty.Customer(CustomerId.Of("ACME"));
    private static readonly SalesParty Lead = SalesParty.Lead("L-17");

    private static FollowUp Quote(string id, SalesParty party, string purpose = "Send quote", int dueDays = 2) =>
        new(id, party, purpose, "ana", T0, T0 + Duration.FromDays(dueDays));

    [Fact]
    public void Record_ActivitiesAgainstCustomerAndLead()
    {
        var journal = SalesJournal.Create("J-1", T0)
            .Record(new Activity("A1", ActivityKind.Call, Acme, "ana", T0, ActivityOutcome.Positive))
            .Record(new Activity("A2", ActivityKind.Visit, Lead, "ben", T0 + Duration.FromHours(3), ActivityOutcome.Completed, "demo"));
        Assert.Equal(2, journal.Activities.Count);
        Assert.Equal("A1", Assert.Single(journal.ActivitiesWith(Acme)).Id);
        Assert.Equal(Crm.Domain.Customers.Channel.InPerson, journal.Activities[1].Channel);
        Assert.Throws<ArgumentException>(() => journal.Record(new Activity("A1", ActivityKind.Email, Acme, "ana", T0, ActivityOutcome.Completed)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Activity("A3", ActivityKind.Unknown, Acme, "ana", T0, ActivityOutcome.Completed));
    }

    [Fact]
    public void Schedule_SecondOpenFollowUpForSamePurpose_ThrowsNamingItAndChangesNothing()
    {
        var journal = SalesJournal.Create("J-1", T0).Schedule(Quote("F1", Acme));
        var ex = Assert.Throws<DuplicateFollowUpException>(() => journal.Schedule(Quote("F2", Acme, "  send QUOTE ")));
        Assert.Equal("F1", ex.ExistingFollowUpId);
        Assert.Contains("ACME", ex.Message, StringComparison.Ordinal);
        Assert.Contains("F1", ex.Message, StringComparison.Ordinal);
        // The purpose is free text that can carry personal data: the message names the rule, not the text (issue 17).
        Assert.DoesNotContain("quote", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("quote", journal.FollowUps[0].ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("F1", journal.FollowUps[0].ToString(), StringComparison.Ordinal);
        Assert.Single(journal.FollowUps);

        // Other purpose, other party, or after completion: allowed.
        var more = journal.Schedule(Quote("F3", Acme, "Renewal call")).Schedule(Quote("F4", Lead));
        var again = more.Complete("F1", T0 + Duration.FromDays(1)).Schedule(Quote("F5", Acme));
        Assert.Equal(["F1", "F3", "F4", "F5"], again.FollowUps.Select(f => f.Id));
    }

    [Fact]
    public void Overdue_AsOfInstant()
    {
        var journal = SalesJournal.Create("J-1", T0)
            .Schedule(Quote("F1", Acme, dueDays: 1))
            .Schedule(Quote("F2", Lead, dueDays: 5))
            .Schedule(Quote("F3", Acme, "Renewal call", dueDays: 2))
            .Complete("F3", T0 + Duration.FromDays(1));
        Assert.Empty(journal.Overdue(T0 + Duration.FromDays(1))); // due exactly now is not yet overdue
        Assert.Equal(["F1"], journal.Overdue(T0 + Duration.FromDays(3)).Select(f => f.Id));
        Assert.Equal(["F1", "F2"], journal.Overdue(T0 + Duration.FromDays(6)).Select(f => f.Id));
        Assert.Equal(["F1", "F2"], journal.Open().Select(f => f.Id));
    }

    [Fact]
    public void Complete_Twice_OrUnknown_Throws()
    {
        var journal = SalesJournal.Create("J-1", T0).Schedule(Quote("F1", Acme)).Complete("F1", T0);
        Assert.Throws<IllegalTransitionException>(() => journal.Complete("F1", T0));
        Assert.Throws<ArgumentException>(() => journal.Complete("NOPE", T0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FollowUp("F", Acme, "x", "ana", T0, T0 - Duration.FromHours(1)));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        Assert.Equal(Acme, JsonAssert.RoundTrip(Acme));
        var a = JsonAssert.RoundTrip(new Activity("A1", ActivityKind.Meeting, Lead, "ana", T0, ActivityOutcome.Negative, "price"));
        Assert.Equal(("A1", ActivityKind.Meeting, Lead, ActivityOutcome.Negative, "price"), (a.Id, a.Kind, a.Party, a.Outcome, a.Notes));
        var f = JsonAssert.RoundTrip(Quote("F1", Acme).Complete(T0 + Duration.FromHours(1)));
        Assert.Equal(T0 + Duration.FromHours(1), f.CompletedAt);
        var changed = new OpportunityStageChanged(OpportunityStage.Proposal, OpportunityStage.ClosedWon, T0);
        Assert.Equal(changed, JsonAssert.RoundTrip(changed));
        JsonAssert.Invalid<SalesParty>("""{"kind":"unknown","id":"x"}""");
        JsonAssert.Invalid<FollowUp>("""{"id":"F","party":{"kind":"lead","id":"L"},"purpose":" ","owner":"a","createdAt":"2026-01-01T00:00:00Z","due":"2026-01-02T00:00:00Z"}""");
    }
}
