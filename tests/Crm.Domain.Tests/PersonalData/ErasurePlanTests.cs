using System.Collections.Immutable;
using Crm.Domain.Acquisition;
using Crm.Domain.Customers;
using Crm.Domain.PersonalData;
using Crm.Domain.Primitives;
using Crm.Domain.Privacy;
using Crm.Domain.Sales;
using Crm.Domain.Serialization;
using Crm.Domain.Service;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Crm.Domain.Tests.Customers.CustomerFixtures;
using static Crm.Domain.Tests.PersonalData.PersonalDataFixtures;

namespace Crm.Domain.Tests.PersonalData;

/// <summary>Issue 17, item 3: one erasure request erases the person from every aggregate that holds their data, keeps
/// what a legal hold covers, and leaves other people's data alone.</summary>
public class ErasurePlanTests
{
    /// <summary>
    /// Random populations (1–4 people, tokens drawn from the seed) across customers, leads, cases, complaints,
    /// opportunities, households, a shared sales journal and a shared account; a random subset is erased, one request
    /// each. Every output of every aggregate (text, snapshot JSON and text, every event's JSON and text, the plan's
    /// text and items, the messages of refused commands) is scanned: no token of an erased person anywhere; every
    /// token of the others still held; every aggregate's snapshot JSON survives FromSnapshot unchanged.
    /// </summary>
    [Property(MaxTest = 25)]
    public Property ErasedPeople_LeaveNoTrace_OthersAreUntouched()
    {
        var gen = from seed in Gen.Choose(0, int.MaxValue - 1)
                  from count in Gen.Choose(1, 4)
                  from mask in Gen.Choose(1, 15)
                  select (seed, count, mask);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (seed, count, mask) = input;
            var people = People(new Random(seed), count);
            var holders = Holders(people);
            var erased = people.Where((_, i) => (mask & (1 << i)) != 0).ToImmutableArray();
            var outputs = new List<string>();
            foreach (var person in erased)
            {
                var plan = ErasurePlan.For(ErasureRequest(person.Id), holders);
                outputs.Add(plan.ToString());
                outputs.AddRange(plan.Items.Select(i => CrmJson.Serialize(i)));
                var result = plan.Execute(Admin, ErasedAt);
                outputs.AddRange(result.Erasures.Select(e => e.ToString()));
                holders = result.Holders;

                // Refused commands on what was erased: their messages name the rule, not the data.
                foreach (var holder in holders.Where(h => h.Holding(person.Id) == PersonalDataHolding.Erased))
                {
                    outputs.Add(Assert.ThrowsAny<Exception>(() => holder.EraseSubject(person.Id, Admin, ErasedAt)).Message);
                }
            }

            foreach (var holder in holders)
            {
                outputs.AddRange(ErasureOutputs.Of(holder));
                var (before, after) = ErasureOutputs.RoundTrip(holder);
                Assert.Equal(before, after);
            }

            var all = string.Join("\n", outputs);
            foreach (var token in erased.SelectMany(p => p.Tokens))
            {
                Assert.DoesNotContain(token, all, StringComparison.OrdinalIgnoreCase);
            }

            foreach (var token in people.Except(erased).SelectMany(p => p.Tokens))
            {
                Assert.Contains(token, all, StringComparison.OrdinalIgnoreCase);
            }
        });
    }

    [Fact]
    public void Plan_ListsEveryHolder_KeepsLinks_AndTheLegalHold_SayingWhy()
    {
        var people = People(new Random(7), 2);
        var ana = people[0];
        var holders = Holders(people);
        var hold = new LegalHold("serviceCase", "K-0", "invoice 2026-114 under dispute");

        var plan = ErasurePlan.For(ErasureRequest(ana.Id), holders, [hold]);

        Assert.Equal(
            [
                ("customer", "C-0", ErasureAction.Erase), ("lead", "L-0", ErasureAction.Erase), ("serviceCase", "K-0", ErasureAction.KeepUnderLegalHold),
                ("complaint", "KC-0", ErasureAction.Erase), ("opportunity", "O-0", ErasureAction.Erase), ("household", "H-0", ErasureAction.Erase),
                ("salesJournal", "J-1", ErasureAction.Erase), ("account", "A-1", ErasureAction.KeepLinks),
            ],
            plan.Items.Select(i => (i.Kind, i.Id, i.Action)));
        Assert.Equal("legal hold: invoice 2026-114 under dispute", plan.Items[2].Explanation);
        Assert.True(plan.HasLegalHolds);
        Assert.Equal("Erasure plan for request DSR-C-0-Erasure (customer C-0): 6 to erase, 1 kept under legal hold, 1 holding links only, 0 already erased", plan.ToString());

        var result = plan.Execute(Admin, ErasedAt);
        Assert.Equal(6, result.Erasures.Length);
        Assert.Equal(
            ["CustomerErased", "LeadErased", "ComplaintErased", "OpportunityErased", null, "SalesJournalPartyErased"],
            result.Erasures.Select(e => e.Event?.GetType().Name));
        Assert.All(result.Erasures.Where(e => e.Event is not null), e => Assert.Equal(ErasedAt, e.Event!.At));

        // The held case keeps its reason; the erased complaint keeps its outcome and its case's instants.
        var kept = (ServiceCase)result.Holders[2].Aggregate;
        Assert.Equal(ana.EscalationReason, kept.History.OfType<CaseEscalated>().Single().Reason);
        var complaint = (Complaint)result.Holders[3].Aggregate;
        Assert.Equal(Redaction.Marker, complaint.Subject);
        Assert.Equal(((Complaint)holders[3].Aggregate).Case.OpenedAt, complaint.Case.OpenedAt);

        // A second plan finds nothing left but the hold and the links.
        var again = ErasurePlan.For(ErasureRequest(ana.Id), result.Holders, [hold]);
        Assert.Equal(6, again.Items.Count(i => i.Action == ErasureAction.AlreadyErased));
    }

    [Fact]
    public void ErasedAggregates_KeepCountsAndNonPersonalFacts()
    {
        var t = T0;
        var k = ServiceCase.Open("K-9", Ana, "desk", CasePriority.High, Channel.Phone, t)
            .Respond(t + Duration.FromMinutes(10)).Escalate(t + Duration.FromMinutes(20), "Ms Smith shouted").Resolve(t + Duration.FromHours(3));
        var erasedCase = k.Erase(Admin, ErasedAt);
        Assert.Equal((k.State, k.TimeToResolution, k.EscalationLevel, k.ResponseCount), (erasedCase.State, erasedCase.TimeToResolution, erasedCase.EscalationLevel, erasedCase.ResponseCount));
        Assert.Equal(Duration.FromHours(3), erasedCase.TimeToResolution);
        Assert.Equal("[erased]", erasedCase.History.OfType<CaseEscalated>().Single().Reason);
        Assert.True(erasedCase.IsErased);
        Assert.Equal(k.Version + 1, erasedCase.Version);

        var journal = SalesJournal.Create("J", t)
            .Schedule(new FollowUp("F-1", SalesParty.Customer(Ana), "ring Ana re: wedding", "u1", t, t + Duration.FromDays(1)))
            .Schedule(new FollowUp("F-2", SalesParty.Customer(Ana), "send Ana the brochure", "u1", t, t + Duration.FromDays(2)));
        var erasedJournal = journal.Erase(SalesParty.Customer(Ana), Admin, ErasedAt);
        Assert.Equal(["[erased] F-1", "[erased] F-2"], erasedJournal.FollowUps.Select(f => f.Purpose));
        Assert.Equal(2, erasedJournal.Open().Length);
        Assert.False(erasedJournal.HoldsTextOf(SalesParty.Customer(Ana)));

        var lead = Lead.Create("L-9", LeadSource.Enquiry, t).Advance(t, "met at Ana's house").Lose(LossReason.Unspecified, t, "she moved to Leeds");
        var erasedLead = lead.Erase(Admin, ErasedAt);
        Assert.Equal((FunnelStage.Lost, lead.StageEnteredAt), (erasedLead.Stage, erasedLead.StageEnteredAt));
        Assert.Equal(["[erased]", "[erased]"], erasedLead.History.OfType<LeadStageChanged>().Select(e => e.Note));
        Assert.Throws<IllegalTransitionException>(() => erasedLead.Erase(Admin, ErasedAt));
    }

    [Fact]
    public void ErasedSnapshot_CarryingTextAgain_IsRefused()
    {
        var lead = Lead.Create("L-9", LeadSource.Enquiry, T0).Advance(T0, "Ana's note").Erase(Admin, ErasedAt);
        var tampered = lead.ToSnapshot() with
        {
            History = [.. lead.History.Select(e => e is LeadStageChanged c ? c with { Note = "Ana's note" } : e)],
        };
        var ex = Assert.Throws<ArgumentException>(() => Lead.FromSnapshot(tampered));
        Assert.DoesNotContain("Ana", ex.Message, StringComparison.Ordinal);

        var opportunity = Opportunity.Open("O-9", "Ana's kitchen", SalesParty.Customer(Ana), "u1", Money.Of(10m, Currency.Gbp), new LocalDate(2026, 3, 1), T0)
            .Erase(Admin, ErasedAt);
        var forged = opportunity.History.Select(e => e is OpportunityCreated c ? c with { Name = "Ana's kitchen" } : e);
        Assert.DoesNotContain("Ana", Assert.Throws<ArgumentException>(() => Opportunity.FromHistory(forged)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_RefusesRequestsThatAreNotVerifiedErasures_AndHoldsOnNothing()
    {
        var people = People(new Random(3), 1);
        var holders = Holders(people);
        var id = people[0].Id;
        Assert.Throws<ArgumentException>(() => ErasurePlan.For(ErasureRequest(id, DataSubjectRequestKind.Access), holders));
        var unverified = DataSubjectRequest.Receive("DSR-1", id, DataSubjectRequestKind.Erasure, Privacy.PrivacyFixtures.Noon(2026, 9, 7), Privacy.PrivacyFixtures.Uk);
        Assert.Throws<IllegalTransitionException>(() => ErasurePlan.For(unverified, holders));
        Assert.Throws<ArgumentException>(() => ErasurePlan.For(ErasureRequest(id), holders, [new LegalHold("serviceCase", "K-404", "dispute")]));
        Assert.Throws<ArgumentException>(() => ErasurePlan.For(ErasureRequest(id), holders, [new LegalHold("account", "A-1", "dispute")]));
        Assert.Throws<ArgumentException>(() => ErasurePlan.For(ErasureRequest(id), holders.Add(holders[0])));
        Assert.Throws<ArgumentException>(() => new LegalHold("serviceCase", "K-0", "call her on +44 20 7946 0000"));
    }

    private static readonly CustomerId Ana = CustomerId.Of("C-ana");
}
