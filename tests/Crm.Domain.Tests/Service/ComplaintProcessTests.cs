using System.Collections.Immutable;
using System.Text.Json;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using Crm.Domain.Serialization;
using Crm.Domain.Service;
using Crm.Domain.Tests.Arbitraries;
using Crm.Domain.Tests.Processes;
using FsCheck.Xunit;
using NodaTime;
using static Crm.Domain.Tests.Service.CaseFixtures;

namespace Crm.Domain.Tests.Service;

/// <summary>A complaint as a stored process: its history carries its case's events, so it replays on its own.</summary>
[ProcessLawsFor(typeof(Complaint))]
public class ComplaintProcessTests
{
    private static readonly Money Ten = Money.Of(10m, "GBP");

    private static ServiceCase NewCase() => ServiceCase.FromHistory([Opened]);

    // Filed on an open case, resolved, outcome recorded, then the case is closed.
    internal static Complaint Decided()
    {
        var filed = Complaint.File(NewCase().Respond(At(5)), "late delivery");
        var resolved = filed.WithCase(filed.Case.Escalate(At(10), "VIP").Resolve(At(60)));
        var decided = resolved.RecordOutcome(ServiceRecoveryOutcome.Recovered, At(70), Ten);
        return decided.WithCase(decided.Case.Close(At(80)));
    }

    [Property(Arbitrary = [typeof(ServiceArbitraries)], MaxTest = 200)]
    public void RandomCommandSequences_KeepTheProcessLaws(ServiceArbitraries.ComplaintScript script) =>
        ProcessLaws.Hold<Complaint, ComplaintEvent, ComplaintSnapshot>(script.Run(),
            Complaint.FromHistory, c => c.ToSnapshot(), Complaint.FromSnapshot);

    [Fact]
    public void Commands_AppendTypedEvents_CarryingTheCaseEvents()
    {
        var c = Decided();
        Assert.Equal(4, c.Version);
        Assert.Equal(new ComplaintFiled(At(5), "late delivery", [Opened, new CaseResponded(At(5))]), c.History[0]);
        Assert.Equal(new ComplaintCaseProgressed(At(60), [new CaseEscalated(At(10), "VIP"), new CaseResolved(At(60))]), c.History[1]);
        Assert.Equal(new ComplaintOutcomeRecorded(At(70), ServiceRecoveryOutcome.Recovered, Ten), c.History[2]);
        Assert.Equal(new ComplaintCaseProgressed(At(80), [new CaseClosed(At(80))]), c.History[3]);
        Assert.Equal(CaseState.Closed, c.Case.State);
        Assert.Equal(5, c.Case.Version);
        Assert.Equal((ServiceRecoveryOutcome.Recovered, (Money?)Ten, (Instant?)At(70)), (c.Outcome, c.Compensation, c.DecidedAt));
    }

    [Fact]
    public void WithCase_NoNewEvent_ReturnsTheSameComplaint()
    {
        var c = Complaint.File(NewCase(), "x");
        Assert.Same(c, c.WithCase(c.Case));
        Assert.Same(c, c.WithCase(ServiceCase.FromHistory([Opened])));
    }

    [Fact]
    public void WithCase_CaseProgressBeforeTheComplaintsLastEvent_IsTakenInAtTheLaterInstant()
    {
        var resolved = Complaint.File(NewCase().Resolve(At(10)), "x");
        var decided = resolved.RecordOutcome(ServiceRecoveryOutcome.NotRecovered, At(100));
        var closed = decided.WithCase(decided.Case.Close(At(50))); // the case knows nothing of the outcome's instant
        Assert.Equal(new ComplaintCaseProgressed(At(100), [new CaseClosed(At(50))]), Assert.Single(closed.EventsSince(decided.Version)));
    }

    [Fact]
    public void WithCase_ADivergingCaseOrAnotherCase_IsRefused()
    {
        var c = Complaint.File(NewCase().Respond(At(5)), "x");
        var diverged = NewCase().Resolve(At(5)).Reopen(At(6)); // same id, longer, but not a continuation
        Assert.Throws<ArgumentException>(() => c.WithCase(diverged));
        Assert.Throws<ArgumentException>(() => c.WithCase(NewCase()));
        Assert.Throws<ArgumentException>(() => c.WithCase(ServiceCase.Open("C-2", CustomerId.Of("cust-1"), "Tier1", CasePriority.High, Channel.Phone, T0).Respond(At(5)).Respond(At(6))));
    }

    [Fact]
    public void RecordOutcome_BeforeTheComplaintsLastEvent_IsRefused()
    {
        var resolved = Complaint.File(NewCase().Resolve(At(10)), "x");
        var closed = resolved.WithCase(resolved.Case.Close(At(50)));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => closed.RecordOutcome(ServiceRecoveryOutcome.Recovered, At(20)));
        Assert.Equal("at", ex.ParamName);
        Assert.Equal(ServiceRecoveryOutcome.Recovered, closed.RecordOutcome(ServiceRecoveryOutcome.Recovered, At(50)).Outcome);
    }

    public static TheoryData<string, ComplaintEvent[]> Impossible => new()
    {
        { "outcome before the case is resolved", [new ComplaintFiled(T0, "x", [Opened]), new ComplaintOutcomeRecorded(At(10), ServiceRecoveryOutcome.Recovered, null)] },
        { "outcome before the resolution", [new ComplaintFiled(At(10), "x", [Opened, new CaseResolved(At(10))]), new ComplaintOutcomeRecorded(At(5), ServiceRecoveryOutcome.Recovered, null)] },
        { "pending outcome", [new ComplaintFiled(At(10), "x", [Opened, new CaseResolved(At(10))]), new ComplaintOutcomeRecorded(At(20), ServiceRecoveryOutcome.Pending, null)] },
        { "undefined outcome", [new ComplaintFiled(At(10), "x", [Opened, new CaseResolved(At(10))]), new ComplaintOutcomeRecorded(At(20), (ServiceRecoveryOutcome)42, null)] },
        { "negative compensation", [new ComplaintFiled(At(10), "x", [Opened, new CaseResolved(At(10))]), new ComplaintOutcomeRecorded(At(20), ServiceRecoveryOutcome.Recovered, Money.Of(-1m, "GBP"))] },
        {
            "outcome twice", [new ComplaintFiled(At(10), "x", [Opened, new CaseResolved(At(10))]), new ComplaintOutcomeRecorded(At(20), ServiceRecoveryOutcome.Recovered, null),
                new ComplaintOutcomeRecorded(At(30), ServiceRecoveryOutcome.Defected, null)]
        },
        { "second filing", [new ComplaintFiled(T0, "x", [Opened]), new ComplaintFiled(At(10), "y", [Opened])] },
        { "illegal case transition", [new ComplaintFiled(T0, "x", [Opened]), new ComplaintCaseProgressed(At(10), [new CaseResumed(At(10))])] },
        { "case event out of order", [new ComplaintFiled(At(10), "x", [Opened, new CaseResponded(At(10))]), new ComplaintCaseProgressed(At(10), [new CaseResolved(At(5))])] },
        { "progress before its case event", [new ComplaintFiled(T0, "x", [Opened]), new ComplaintCaseProgressed(At(5), [new CaseResolved(At(10))])] },
        { "empty progress", [new ComplaintFiled(T0, "x", [Opened]), new ComplaintCaseProgressed(At(5), [])] },
        { "default progress", [new ComplaintFiled(T0, "x", [Opened]), new ComplaintCaseProgressed(At(5), default)] },
        { "blank subject", [new ComplaintFiled(T0, "  ", [Opened])] },
        { "filed before the case's last event", [new ComplaintFiled(T0, "x", [Opened, new CaseResponded(At(5))])] },
        { "case history without opening", [new ComplaintFiled(T0, "x", [new CaseResponded(T0)])] },
        { "empty case history", [new ComplaintFiled(T0, "x", [])] },
        { "default case history", [new ComplaintFiled(T0, "x", default)] },
        { "tampered case value", [new ComplaintFiled(T0, "x", [Opened with { Channel = Channel.Unknown }])] },
        { "no filing", [new ComplaintOutcomeRecorded(T0, ServiceRecoveryOutcome.Recovered, null)] },
    };

    [Theory]
    [MemberData(nameof(Impossible))]
    public void FromHistory_ImpossibleHistory_IsAnArgumentException(string why, ComplaintEvent[] history)
    {
        var ex = Assert.Throws<ArgumentException>(() => Complaint.FromHistory(history));
        Assert.Equal("history", ex.ParamName);
        Assert.False(string.IsNullOrEmpty(why));
    }

    public static TheoryData<string, Func<ComplaintSnapshot, ComplaintSnapshot>> Tampered => new()
    {
        { "version", s => s with { Version = 3 } },
        { "subject", s => s with { Subject = "rude agent" } },
        { "outcome", s => s with { Outcome = ServiceRecoveryOutcome.Defected } },
        { "compensation", s => s with { Compensation = Money.Of(100m, "GBP") } },
        { "decidedAt", s => s with { DecidedAt = At(71) } },
        { "case", s => s with { Case = s.Case with { History = s.Case.History.RemoveAt(4), Version = 4, State = CaseState.Resolved } } },
        { "escalationLevel", s => s with { Case = s.Case with { EscalationLevel = 0 } } },
    };

    [Theory]
    [MemberData(nameof(Tampered))]
    public void FromSnapshot_StateDisagreeingWithHistory_IsRefused(string field, Func<ComplaintSnapshot, ComplaintSnapshot> tamper)
    {
        var ex = Assert.Throws<ArgumentException>(() => Complaint.FromSnapshot(tamper(Decided().ToSnapshot())));
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSnapshot_UnknownSchemaVersionOrMissingParts_IsRefused()
    {
        var snapshot = Decided().ToSnapshot();
        Assert.Equal(1, snapshot.SchemaVersion);
        Assert.Equal(1, snapshot.Case.SchemaVersion);
        Assert.Throws<ArgumentOutOfRangeException>(() => Complaint.FromSnapshot(snapshot with { SchemaVersion = 2 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Complaint.FromSnapshot(snapshot with { Case = snapshot.Case with { SchemaVersion = 2 } }));
        Assert.Throws<ArgumentException>(() => Complaint.FromSnapshot(snapshot with { History = default }));
        Assert.Throws<ArgumentNullException>(() => Complaint.FromSnapshot(snapshot with { Case = null! }));
        Assert.Throws<ArgumentNullException>(() => Complaint.FromSnapshot(null!));
    }

    [Fact]
    public void Events_HaveDocumentedJsonShapes()
    {
        Assert.Equal("""{"type":"complaint.filed.v1","at":"2026-11-23T10:00:00Z","subject":"x","caseHistory":[{"type":"case.opened.v1","at":"2026-11-23T10:00:00Z","id":"C-1","customer":"cust-1","team":"Tier1","priority":"High","channel":"Phone"}]}""",
            CrmJson.Serialize<ComplaintEvent>(new ComplaintFiled(T0, "x", [Opened])));
        Assert.Equal("""{"type":"complaint.caseProgressed.v1","at":"2026-11-23T10:10:00Z","caseEvents":[{"type":"case.resolved.v1","at":"2026-11-23T10:10:00Z"}]}""",
            CrmJson.Serialize<ComplaintEvent>(new ComplaintCaseProgressed(At(10), [new CaseResolved(At(10))])));
        Assert.Equal("""{"type":"complaint.outcomeRecorded.v1","at":"2026-11-23T10:20:00Z","outcome":"Recovered","compensation":{"amount":10,"currency":"GBP"}}""",
            CrmJson.Serialize<ComplaintEvent>(new ComplaintOutcomeRecorded(At(20), ServiceRecoveryOutcome.Recovered, Ten)));
        var read = CrmJson.Deserialize<ComplaintEvent>("""{"type":"complaint.outcomeRecorded.v1","at":"2026-11-23T10:20:00Z","outcome":"Defected","compensation":null}""");
        Assert.Equal(new ComplaintOutcomeRecorded(At(20), ServiceRecoveryOutcome.Defected, null), read);
    }

    [Theory]
    [InlineData("""{"type":"complaint.withdrawn.v1","at":"2026-11-23T10:00:00Z"}""")]
    [InlineData("""{"type":"complaint.filed.v1","at":"2026-11-23T10:00:00Z","subject":"x","caseHistory":[{"type":"case.vanished.v1","at":"2026-11-23T10:00:00Z"}]}""")]
#if NET9_0_OR_GREATER // a missing member: net8.0 lacks RespectRequiredConstructorParameters (CrmJson remarks).
    [InlineData("""{"type":"complaint.outcomeRecorded.v1","at":"2026-11-23T10:20:00Z","compensation":null}""")]
#endif
    public void Json_UnknownDiscriminatorOrMissingMember_IsAJsonException(string json)
    {
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<ComplaintEvent>(json));
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<ImmutableArray<ComplaintEvent>>("[" + json + "]"));
    }

    [Fact]
    public void Snapshot_RoundTripsThroughJson_AndRestoresAnEqualComplaint()
    {
        var original = Decided();
        var json = CrmJson.Serialize(original.ToSnapshot());
        Assert.StartsWith("""{"schemaVersion":1,"version":4,"subject":"late delivery","outcome":"Recovered",""", json, StringComparison.Ordinal);
        var restored = Complaint.FromSnapshot(CrmJson.Deserialize<ComplaintSnapshot>(json));
        Assert.Equal(original.History.ToArray(), restored.History.ToArray());
        Assert.Equal(original.Case.History.ToArray(), restored.Case.History.ToArray());
        Assert.Equal(json, CrmJson.Serialize(restored.ToSnapshot()));
    }

    [Fact]
    public void Json_SnapshotWithAnUnknownEvent_IsAJsonException()
    {
        var json = CrmJson.Serialize(Decided().ToSnapshot()).Replace("complaint.outcomeRecorded.v1", "complaint.appealed.v1", StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<ComplaintSnapshot>(json));
    }
}
