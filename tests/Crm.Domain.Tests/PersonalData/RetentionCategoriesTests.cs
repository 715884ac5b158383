using System.Collections.Immutable;
using Crm.Domain.Accounts;
using Crm.Domain.Campaigns;
using Crm.Domain.Customers;
using Crm.Domain.PersonalData;
using Crm.Domain.Primitives;
using Crm.Domain.Sales;
using Crm.Domain.Tests.Campaigns;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Crm.Domain.Tests.Customers.CustomerFixtures;
using static Crm.Domain.Tests.Privacy.PrivacyFixtures;

namespace Crm.Domain.Tests.PersonalData;

/// <summary>Issue 17, item 4: the categories erasure reaches beyond profile, leads, cases, complaints and
/// opportunities: sales-journal entries (per party), campaign responses, households. Every date worked by hand in
/// Europe/London (GMT in winter, BST from the last Sunday of March).</summary>
public class RetentionCategoriesTests
{
    private static readonly CustomerId C1 = CustomerId.Of("C-1");
    private static readonly CustomerId C2 = CustomerId.Of("C-2");

    private static readonly RetentionSchedule Schedule = RetentionSchedule.Of(London,
    [
        new RetentionRule(DataCategory.SalesJournalEntries, Period.FromYears(1), "sales notes: a year after the last contact"),
        new RetentionRule(DataCategory.CampaignResponses, Period.FromYears(2), "campaign evaluation"),
        new RetentionRule(DataCategory.Households, Period.FromMonths(3), "household offers"),
    ]);

    private static readonly Dictionary<CustomerId, LocalDate> NoEnds = [];

    /// <summary>C-1: a follow-up completed 31 Jan 2024, then a call on 29 Feb 2024 (last entry: 29 Feb); C-2: a call
    /// on 31 Jan 2024 and a follow-up open until 31 Jan 2025; lead L-9: a call at 23:30 UTC on 31 Mar 2024, which is
    /// 00:30 on 1 April in London (BST).</summary>
    private static SalesJournal Journal(bool completeC2 = false)
    {
        var journal = SalesJournal.Create("J-1", Instant.FromUtc(2024, 1, 1, 9, 0))
            .Schedule(new FollowUp("F-1", SalesParty.Customer(C1), "send the brochure", "owner-1", Instant.FromUtc(2024, 1, 15, 9, 0), Instant.FromUtc(2024, 1, 31, 9, 0)))
            .Schedule(new FollowUp("F-2", SalesParty.Customer(C2), "call back about the loan", "owner-1", Instant.FromUtc(2024, 1, 20, 9, 0), Instant.FromUtc(2024, 2, 20, 9, 0)))
            .Record(new Activity("A-2", ActivityKind.Call, SalesParty.Customer(C2), "owner-1", Instant.FromUtc(2024, 1, 31, 10, 0), ActivityOutcome.Completed, "asked about a loan"))
            .Complete("F-1", Instant.FromUtc(2024, 1, 31, 12, 0))
            .Record(new Activity("A-1", ActivityKind.Call, SalesParty.Customer(C1), "owner-1", Instant.FromUtc(2024, 2, 29, 10, 0), ActivityOutcome.Completed, "moving house in May"))
            .Record(new Activity("A-9", ActivityKind.Call, SalesParty.Lead("L-9"), "owner-1", Instant.FromUtc(2024, 3, 31, 23, 30), ActivityOutcome.Completed, "wants a quote"));
        return completeC2 ? journal.Complete("F-2", Instant.FromUtc(2025, 1, 31, 12, 0)) : journal;
    }

    [Fact]
    public void JournalEntries_AreDuePerParty_AYearAfterTheLastEntry_NotWhileAFollowUpIsOpen()
    {
        ImmutableArray<IPersonalDataHolder> holders = [PersonalDataHolders.Of(Journal())];

        // C-1: 29 Feb 2024 + 1 year = 28 Feb 2025 (no 29 Feb in 2025); L-9: 1 Apr 2024 + 1 year = 1 Apr 2025; C-2 open.
        Assert.Empty(Schedule.Due(holders, NoEnds, Noon(2025, 2, 27)));
        var due = Schedule.Due(holders, NoEnds, Noon(2025, 3, 31));
        var c1 = Assert.Single(due);
        Assert.Equal(("salesJournal", "J-1", SalesParty.Customer(C1)), (c1.Kind, c1.Id, c1.Party));
        Assert.Equal(DataCategory.SalesJournalEntries, c1.Category);
        Assert.Equal((new LocalDate(2024, 2, 29), new LocalDate(2025, 2, 28)), (c1.ClockStarted, c1.DueDate));
        Assert.Equal(
            "salesJournal J-1 (Customer C-1): SalesJournalEntries kept P1Y after the party's last entry in the journal (sales notes: a year after the last contact); clock started 2024-02-29, due 2025-02-28",
            c1.Explanation);

        var april = Schedule.Due(holders, NoEnds, Noon(2025, 4, 1));
        Assert.Equal([SalesParty.Customer(C1), SalesParty.Lead("L-9")], april.Select(d => d.Party!.Value));
        Assert.Equal(new LocalDate(2024, 4, 1), april[1].ClockStarted);
        Assert.DoesNotContain("moving house", string.Join(" ", april.Select(d => d.ToString())), StringComparison.Ordinal);

        // C-2's follow-up completed 31 Jan 2025 (GMT): due 31 Jan 2026, not the day before.
        ImmutableArray<IPersonalDataHolder> completed = [PersonalDataHolders.Of(Journal(completeC2: true))];
        Assert.DoesNotContain(Schedule.Due(completed, NoEnds, Noon(2026, 1, 30)), d => d.Party == SalesParty.Customer(C2));
        var c2 = Schedule.Due(completed, NoEnds, Noon(2026, 1, 31)).Single(d => d.Party == SalesParty.Customer(C2));
        Assert.Equal((new LocalDate(2025, 1, 31), new LocalDate(2026, 1, 31)), (c2.ClockStarted, c2.DueDate));

        // Erasing C-1's entries takes them off the schedule; the other parties stay.
        ImmutableArray<IPersonalDataHolder> erased = [PersonalDataHolders.Of(Journal().Erase(SalesParty.Customer(C1), Admin, Noon(2025, 4, 1)))];
        Assert.Equal([SalesParty.Lead("L-9")], Schedule.Due(erased, NoEnds, Noon(2025, 4, 2)).Select(d => d.Party!.Value));
    }

    [Fact]
    public void CampaignResponses_AreDueTwoYearsAfterCompletion_OrTheLastLateResponse()
    {
        var running = CampaignFixtures.Running(n: 20);
        var member = running.Audience!.Treated[0].Id;
        // Completed at 23:30 UTC on 31 Mar 2026 = 00:30 on 1 April in London (BST): the clock starts 1 April 2026.
        var completed = running.Record(CampaignResponse.Opened(member, Instant.FromUtc(2026, 3, 10, 9, 0), Channel.Email))
            .Complete(Instant.FromUtc(2026, 3, 31, 23, 30));
        Assert.Empty(Schedule.Due([PersonalDataHolders.Of(running)], NoEnds, Noon(2030, 1, 1)));
        Assert.Empty(Schedule.Due([PersonalDataHolders.Of(completed)], NoEnds, Noon(2028, 3, 31)));
        var due = Assert.Single(Schedule.Due([PersonalDataHolders.Of(completed)], NoEnds, Noon(2028, 4, 1)));
        Assert.Equal(("campaign", "CMP-1", (SalesParty?)null, DataCategory.CampaignResponses), (due.Kind, due.Id, due.Party, due.Category));
        Assert.Equal((new LocalDate(2026, 4, 1), new LocalDate(2028, 4, 1)), (due.ClockStarted, due.DueDate));
        Assert.Equal(
            "campaign CMP-1: CampaignResponses kept P2Y after the campaign completed (campaign evaluation); clock started 2026-04-01, due 2028-04-01",
            due.Explanation);

        // A conversion reported on 30 April 2026 restarts the clock: due 30 April 2028.
        var late = completed.Record(CampaignResponse.Converted(member, Money.Of(45m, "EUR"), Instant.FromUtc(2026, 4, 30, 9, 0), Channel.Email));
        Assert.Empty(Schedule.Due([PersonalDataHolders.Of(late)], NoEnds, Noon(2028, 4, 29)));
        Assert.Equal(new LocalDate(2028, 4, 30), Assert.Single(Schedule.Due([PersonalDataHolders.Of(late)], NoEnds, Noon(2028, 4, 30))).DueDate);
    }

    [Fact]
    public void Households_AreDueAfterTheLastMembersRelationshipEnds_AccountsNever()
    {
        var household = Household.Create("H-1", "The Smiths", C1).WithMember(C2, HouseholdRelation.Partner);
        var account = Account.Create(AccountId.Of("A-1"), "Acme Trading Ltd", "owner-1", Noon(2020, 1, 1)).LinkContact(C1, [ContactRole.DecisionMaker], Noon(2020, 1, 1));
        ImmutableArray<IPersonalDataHolder> holders = [PersonalDataHolders.Of(household), PersonalDataHolders.Of(account)];

        // C-2 is still a customer: nothing runs.
        var oneEnded = new Dictionary<CustomerId, LocalDate> { [C1] = new LocalDate(2020, 1, 31) };
        Assert.Empty(Schedule.Due(holders, oneEnded, Noon(2030, 1, 1)));

        // C-2 left on 30 Nov 2023: + 3 months = 29 Feb 2024 (a leap year).
        var bothEnded = new Dictionary<CustomerId, LocalDate> { [C1] = new LocalDate(2020, 1, 31), [C2] = new LocalDate(2023, 11, 30) };
        Assert.Empty(Schedule.Due(holders, bothEnded, Noon(2024, 2, 28)));
        var due = Assert.Single(Schedule.Due(holders, bothEnded, Noon(2024, 2, 29)));
        Assert.Equal(("household", "H-1", DataCategory.Households, new LocalDate(2023, 11, 30), new LocalDate(2024, 2, 29)),
            (due.Kind, due.Id, due.Category, due.ClockStarted, due.DueDate));
        Assert.DoesNotContain("Smith", due.Explanation, StringComparison.Ordinal);

        // Erased (the name under the marker): not due again.
        var erased = PersonalDataHolders.Of(household).EraseSubject(C1, Admin, Noon(2024, 3, 1)).Holder;
        Assert.Empty(Schedule.Due([erased, PersonalDataHolders.Of(account)], bothEnded, Noon(2030, 1, 1)));
    }

    /// <summary>For a party's entries: nothing is due before the London date of its last entry plus the period, and
    /// from that day on it is due every day after (checked on the day before, the day, and a later day).</summary>
    [Property(MaxTest = 200)]
    public Property JournalEntries_DueExactlyFromTheLastEntryPlusThePeriod() =>
        Prop.ForAll(
            (from a in Gen.Choose(0, 3 * 365 * 24) from b in Gen.Choose(0, 3 * 365 * 24) select (Item1: a, Item2: b)).ToArbitrary(),
            (from y in Gen.Choose(0, 3) from m in Gen.Choose(0, 14) from d in Gen.Choose(0, 40) where y + m + d > 0 select (Item1: y, Item2: m, Item3: d)).ToArbitrary(),
            Gen.Choose(1, 2000).ToArbitrary(),
            (hours, period, later) =>
            {
                var first = Instant.FromUtc(2023, 1, 1, 0, 0) + Duration.FromHours(Math.Min(hours.Item1, hours.Item2));
                var last = Instant.FromUtc(2023, 1, 1, 0, 0) + Duration.FromHours(Math.Max(hours.Item1, hours.Item2)) + Duration.FromMinutes(1);
                var party = SalesParty.Customer(C1);
                var journal = SalesJournal.Create("J-P", first)
                    .Record(new Activity("A-1", ActivityKind.Call, party, "o", first, ActivityOutcome.Completed, "first call"))
                    .Record(new Activity("A-2", ActivityKind.Meeting, party, "o", last, ActivityOutcome.Completed, "last meeting"));
                var keepFor = new PeriodBuilder { Years = period.Item1, Months = period.Item2, Days = period.Item3 }.Build();
                var schedule = RetentionSchedule.Of(London, [new RetentionRule(DataCategory.SalesJournalEntries, keepFor, "test")]);
                var dueOn = last.InZone(London).Date.Plus(keepFor);
                ImmutableArray<IPersonalDataHolder> holders = [PersonalDataHolders.Of(journal)];
                var before = schedule.Due(holders, NoEnds, NoonOn(dueOn.PlusDays(-1)));
                var on = schedule.Due(holders, NoEnds, NoonOn(dueOn));
                var after = schedule.Due(holders, NoEnds, NoonOn(dueOn.PlusDays(later)));
                return before.IsEmpty && on.Length == 1 && on[0].DueDate == dueOn && on[0].ClockStarted == last.InZone(London).Date
                    && after.Length == 1 && after[0].DueDate == dueOn;
            });

    private static Instant NoonOn(LocalDate date) => Noon(date.Year, date.Month, date.Day);
}
