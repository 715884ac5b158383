using System.Collections.Immutable;
using System.Text.Json;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using Crm.Domain.Sales;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Arbitraries;
using Crm.Domain.Tests.Processes;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Sales;

/// <summary>The sales journal as a stored process (its follow-ups' lifecycles included): replay, snapshots, refusals.</summary>
[ProcessLawsFor(typeof(SalesJournal))]
public class SalesJournalProcessTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 6, 1, 9, 0);
    private static readonly SalesParty Acme = SalesParty.Customer(CustomerId.Of("ACME"));
    private static readonly SalesParty[] Parties = [Acme, SalesParty.Customer(CustomerId.Of("GLOBEX")), SalesParty.Lead("L-1"), SalesParty.Lead("L-2")];
    private static readonly string[] Purposes = ["Send quote", "renewal call", "Demo"];

    /// <summary>A random valid command sequence: a seed for the values and one step code per command.</summary>
    public sealed record JournalScript(int Seed, int[] Steps)
    {
        public override string ToString() => $"seed {Seed}, steps [{string.Join(",", Steps)}]";

        public SalesJournal Build()
        {
            var random = new Random(Seed);
            var journal = SalesJournal.Create($"J-{Seed}", T0);
            foreach (var step in Steps)
            {
                var t = journal.History[^1].At + Duration.FromMinutes(random.Next(0, 240));
                journal = Next(journal, step, t, random);
            }

            return journal;
        }

        private static SalesJournal Next(SalesJournal j, int step, Instant t, Random random)
        {
            var open = j.Open();
            if (step >= 7 && !open.IsEmpty)
            {
                return j.Complete(open[random.Next(open.Length)].Id, t);
            }

            if (step is >= 4 and <= 6)
            {
                var party = Parties[random.Next(Parties.Length)];
                var purpose = Purposes[random.Next(Purposes.Length)];
                var same = open.FirstOrDefault(f => f.IsFor(party, purpose));
                if (same is not null)
                {
                    return j.Complete(same.Id, t);
                }

                // Created a little before now: a follow-up reported late is dated at the last change.
                var created = t - Duration.FromMinutes(random.Next(0, 90));
                return j.Schedule(new FollowUp($"F{j.FollowUps.Count}", party, purpose, random.Next(2) == 0 ? "ana" : "ben", created, created + Duration.FromHours(random.Next(0, 96))));
            }

            var at = t - Duration.FromMinutes(random.Next(0, 300));
            return j.Record(new Activity($"A{j.Activities.Count}", (ActivityKind)random.Next(1, 5), Parties[random.Next(Parties.Length)], "ana", at,
                (ActivityOutcome)random.Next(1, 7), random.Next(3) == 0 ? "notes" : null));
        }
    }

    public static class Scripts
    {
        public static Arbitrary<JournalScript> Arb() => CommandScripts.Of((seed, steps) => new JournalScript(seed, steps));
    }

    [Property(Arbitrary = [typeof(Scripts)], MaxTest = 80)]
    public void Laws_HoldForRandomCommandSequences(JournalScript script) =>
        ProcessLaws.Hold<SalesJournal, SalesJournalEvent, SalesJournalSnapshot>(script.Build(), SalesJournal.FromHistory, j => j.ToSnapshot(), SalesJournal.FromSnapshot);

    [Fact]
    public void Script_ReachesOpenAndCompletedFollowUps()
    {
        var j = new JournalScript(3, [0, 4, 5, 6, 4, 7, 1, 9, 5]).Build();
        Assert.NotEmpty(j.Activities);
        Assert.Contains(j.FollowUps, f => f.IsOpen);
        Assert.Contains(j.FollowUps, f => !f.IsOpen);
        Assert.Equal(10, j.Version);
    }

    private static FollowUp Quote(string id, SalesParty party, Instant created) => new(id, party, "Send quote", "ana", created, created + Duration.FromDays(2));

    internal static SalesJournal Sample() =>
        SalesJournal.Create("J-1", T0)
            .Record(new Activity("A1", ActivityKind.Call, Acme, "ana", T0 + Duration.FromHours(1), ActivityOutcome.Positive))
            .Schedule(Quote("F1", Acme, T0 + Duration.FromHours(1)))
            .Schedule(new FollowUp("F2", Acme, "Renewal call", "ben", T0 + Duration.FromHours(2), T0 + Duration.FromDays(30)))
            .Complete("F1", T0 + Duration.FromDays(1));

    [Fact]
    public void EveryCommand_AppendsOneTypedEvent_AndFollowUpStatesReplay()
    {
        var j = Sample();
        Assert.Equal(
            [typeof(SalesJournalCreated), typeof(SalesJournalActivityRecorded), typeof(SalesJournalFollowUpScheduled), typeof(SalesJournalFollowUpScheduled), typeof(SalesJournalFollowUpCompleted)],
            j.History.Select(e => e.GetType()));
        Assert.Equal(new SalesJournalCreated(T0, "J-1"), j.History[0]);
        Assert.Equal(new SalesJournalFollowUpCompleted(T0 + Duration.FromDays(1), "F1"), j.History[4]);
        var again = SalesJournal.FromHistory(j.History);
        Assert.Equal(T0 + Duration.FromDays(1), again.FollowUps[0].CompletedAt);
        Assert.Equal(["F2"], again.Open().Select(f => f.Id));
        Assert.Equal(["F2"], j.ToSnapshot().OpenFollowUpIds.AsEnumerable());
    }

    [Fact]
    public void LateActivity_IsDatedAtTheLastChange_AndKeepsItsOwnInstant()
    {
        var j = Sample();
        var late = j.Record(new Activity("A2", ActivityKind.Visit, Acme, "ben", T0 + Duration.FromHours(3), ActivityOutcome.Completed));
        var e = Assert.IsType<SalesJournalActivityRecorded>(Assert.Single(late.EventsSince(j.Version)));
        Assert.Equal(T0 + Duration.FromDays(1), e.At);
        Assert.Equal(T0 + Duration.FromHours(3), e.Activity.At);
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => j.Complete("F2", T0 + Duration.FromHours(5)));
        Assert.Equal("at", early.ParamName);
    }

    public static TheoryData<string, Type> TamperedHistories => new()
    {
        { "completed twice", typeof(IllegalTransitionException) },
        { "duplicate open follow-up", typeof(DuplicateFollowUpException) },
        { "duplicate activity id", typeof(ArgumentException) },
        { "activity before it happened", typeof(ArgumentOutOfRangeException) },
        { "follow-up before it was created", typeof(ArgumentOutOfRangeException) },
        { "scheduled already completed", typeof(ArgumentException) },
        { "unknown follow-up", typeof(ArgumentException) },
        { "blank follow-up id", typeof(ArgumentException) },
        { "second creation", typeof(ArgumentException) },
        { "out of order", typeof(ArgumentOutOfRangeException) },
    };

    [Theory]
    [MemberData(nameof(TamperedHistories))]
    public void FromHistory_TamperedHistory_IsRefused(string tamper, Type refusal)
    {
        var h = Sample().History;
        var later = T0 + Duration.FromDays(2);
        ImmutableArray<SalesJournalEvent> bad = tamper switch
        {
            "completed twice" => h.Add(new SalesJournalFollowUpCompleted(later, "F1")),
            "duplicate open follow-up" => h.Add(new SalesJournalFollowUpScheduled(later, new FollowUp("F3", Acme, " renewal CALL", "ana", later, later))),
            "duplicate activity id" => h.Add(new SalesJournalActivityRecorded(later, new Activity("A1", ActivityKind.Email, Acme, "ana", later, ActivityOutcome.Completed))),
            "activity before it happened" => h.Add(new SalesJournalActivityRecorded(later, new Activity("A9", ActivityKind.Email, Acme, "ana", later + Duration.FromHours(1), ActivityOutcome.Completed))),
            "follow-up before it was created" => h.Add(new SalesJournalFollowUpScheduled(later, Quote("F9", SalesParty.Lead("L-9"), later + Duration.FromHours(1)))),
            "scheduled already completed" => h.Add(new SalesJournalFollowUpScheduled(later, Quote("F9", SalesParty.Lead("L-9"), later).Complete(later))),
            "unknown follow-up" => h.Add(new SalesJournalFollowUpCompleted(later, "NOPE")),
            "blank follow-up id" => h.Add(new SalesJournalFollowUpCompleted(later, " ")),
            "second creation" => h.Insert(1, h[0]),
            "out of order" => h.Add(new SalesJournalFollowUpCompleted(T0, "F2")),
            _ => throw new ArgumentOutOfRangeException(nameof(tamper)),
        };

        var ex = Assert.Throws<ArgumentException>(() => SalesJournal.FromHistory(bad));
        Assert.Equal("history", ex.ParamName);
        Assert.IsType(refusal, ex.InnerException);
    }

    [Fact]
    public void FromHistory_KeepsTheCommandsExceptionInside()
    {
        var h = Sample().History;
        var later = T0 + Duration.FromDays(2);
        var twice = Assert.Throws<ArgumentException>(() => SalesJournal.FromHistory(h.Add(new SalesJournalFollowUpCompleted(later, "F1"))));
        Assert.IsType<IllegalTransitionException>(twice.InnerException);
        Assert.Contains("history[5]", twice.Message, StringComparison.Ordinal);
        var duplicate = Assert.Throws<ArgumentException>(() => SalesJournal.FromHistory(h.Add(new SalesJournalFollowUpScheduled(later, new FollowUp("F3", Acme, "Renewal call", "ana", later, later)))));
        Assert.Equal("F2", Assert.IsType<DuplicateFollowUpException>(duplicate.InnerException).ExistingFollowUpId);
    }

    [Fact]
    public void FromSnapshot_StateThatDisagreesWithHistory_OrOtherSchema_IsRefused()
    {
        var snapshot = Sample().ToSnapshot();
        Assert.Equal((1, 5, 1, 2), (snapshot.SchemaVersion, snapshot.Version, snapshot.ActivityCount, snapshot.FollowUpCount));
        Assert.Equal("J-1", SalesJournal.FromSnapshot(snapshot).Id);
        Assert.Throws<ArgumentException>(() => SalesJournal.FromSnapshot(snapshot with { OpenFollowUpIds = ["F1", "F2"] }));
        Assert.Throws<ArgumentException>(() => SalesJournal.FromSnapshot(snapshot with { ActivityCount = 0 }));
        Assert.Throws<ArgumentException>(() => SalesJournal.FromSnapshot(snapshot with { FollowUpCount = 3 }));
        Assert.Throws<ArgumentException>(() => SalesJournal.FromSnapshot(snapshot with { Id = "J-2" }));
        Assert.Throws<ArgumentException>(() => SalesJournal.FromSnapshot(snapshot with { Version = 4 }));
        Assert.Throws<ArgumentException>(() => SalesJournal.FromSnapshot(snapshot with { History = default }));
        Assert.Throws<ArgumentException>(() => SalesJournal.FromSnapshot(snapshot with { OpenFollowUpIds = default }));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SalesJournal.FromSnapshot(snapshot with { SchemaVersion = 2 }));
        Assert.Equal("snapshot", ex.ParamName);
    }

    [Fact]
    public void Json_WritesVersionedDiscriminators_AndRefusesUnknownOnesAndMissingMembers()
    {
        var json = CrmJson.Serialize(Sample().ToSnapshot());
        Assert.StartsWith("{\"schemaVersion\":1,\"version\":5,", json, StringComparison.Ordinal);
        foreach (var kind in new[] { "created", "activityRecorded", "followUpScheduled", "followUpCompleted" })
        {
            Assert.Contains($"{{\"type\":\"salesJournal.{kind}.v1\",", json, StringComparison.Ordinal);
        }

        Assert.Throws<JsonException>(() => CrmJson.Deserialize<SalesJournalSnapshot>(json.Replace("salesJournal.followUpCompleted.v1", "salesJournal.followUpLost.v1", StringComparison.Ordinal)));
#if NET9_0_OR_GREATER // net8.0 lacks RespectRequiredConstructorParameters: a missing member reads as its default there (CrmJson remarks).
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<SalesJournalEvent>("""{"type":"salesJournal.followUpCompleted.v1","at":"2026-06-01T09:00:00Z"}"""));
#endif
        Assert.Equal(new SalesJournalFollowUpCompleted(T0, "F1"), CrmJson.Deserialize<SalesJournalEvent>("""{"type":"salesJournal.followUpCompleted.v1","at":"2026-06-01T09:00:00Z","followUpId":"F1"}"""));
    }
}
