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

/// <summary>A service case as a stored process: replay, snapshots, JSON shapes, and histories that could not have happened.</summary>
[ProcessLawsFor(typeof(ServiceCase))]
public class ServiceCaseProcessTests
{

    internal static ServiceCase Busy() =>
        ServiceCase.Open("C-1", CustomerId.Of("cust-1"), "Tier1", CasePriority.High, Channel.Phone, T0)
            .WaitOnCustomer(At(30)).Escalate(At(40), "VIP").Resume(At(90)).Resolve(At(120)).Reopen(At(200)).Resolve(At(260));

    [Property(Arbitrary = [typeof(ServiceArbitraries)], MaxTest = 200)]
    public void RandomCommandSequences_KeepTheProcessLaws(ServiceArbitraries.CaseScript script) =>
        ProcessLaws.Hold<ServiceCase, CaseEvent, ServiceCaseSnapshot>(script.Run(script.Steps.Length),
            ServiceCase.FromHistory, c => c.ToSnapshot(), ServiceCase.FromSnapshot);

    [Fact]
    public void Commands_AppendOneTypedEventEach_AndVersionCountsThem()
    {
        var opened = ServiceCase.Open("C-1", CustomerId.Of("cust-1"), "Tier1", CasePriority.High, Channel.Phone, T0);
        var busy = Busy();
        Assert.Equal(1, opened.Version);
        Assert.Equal(7, busy.Version);
        Assert.Equal(
            [typeof(CaseOpened), typeof(CaseWaitingOnCustomer), typeof(CaseEscalated), typeof(CaseResumed), typeof(CaseResolved), typeof(CaseReopened), typeof(CaseResolved)],
            busy.History.Select(e => e.GetType()));
        Assert.Equal(Opened, busy.History[0]);
        Assert.Equal(new CaseEscalated(At(40), "VIP"), busy.History[2]);
        Assert.Equal(new CaseEvent[] { new CaseResolved(At(120)), new CaseReopened(At(200)), new CaseResolved(At(260)) }, busy.EventsSince(4).ToArray());
    }

    [Fact]
    public void FromHistory_DerivesTheState()
    {
        var c = ServiceCase.FromHistory(
        [
            Opened, new CaseWaitingOnCustomer(At(30)), new CaseEscalated(At(40), "VIP"), new CaseResumed(At(90)),
            new CaseResolved(At(120)), new CaseReopened(At(200)), new CaseResolved(At(260)), new CaseClosed(At(300)),
        ]);
        Assert.Equal(CaseState.Closed, c.State);
        Assert.Equal(At(30), c.FirstResponseAt);
        Assert.Equal(At(260), c.ResolvedAt);
        Assert.Equal(1, c.EscalationLevel);
        Assert.Equal(3, c.ResponseCount); // the question back and both resolutions
        Assert.Equal(1, c.ReopenCount);
        Assert.Equal(new[] { new Interval(At(30), At(90)) }, c.Pauses.ToArray());
        Assert.Null(c.PausedSince);
        Assert.Equal(8, c.Version);
    }

    public static TheoryData<string, CaseEvent[]> Impossible => new()
    {
        { "illegal transition", [Opened, new CaseResolved(At(10)), new CaseResumed(At(20))] },
        { "close an open case", [Opened, new CaseClosed(At(10))] },
        { "second opening", [Opened, new CaseResponded(At(10)), Opened with { At = At(20) }] },
        { "out of order", [Opened, new CaseResponded(At(10)), new CaseResolved(At(5))] },
        { "before opening", [Opened, new CaseResponded(At(-1))] },
        { "blank reason", [Opened, new CaseEscalated(At(10), " ")] },
        { "null reason", [Opened, new CaseEscalated(At(10), null!)] },
        { "unknown channel", [Opened with { Channel = Channel.Unknown }] },
        { "undefined priority", [Opened with { Priority = (CasePriority)9 }] },
        { "blank team", [Opened with { Team = "" }] },
        { "blank id", [Opened with { Id = " " }] },
        { "default customer", [Opened with { Customer = default }] },
        { "no opening", [new CaseResponded(T0)] },
        { "null event", [Opened, null!] },
    };

    [Theory]
    [MemberData(nameof(Impossible))]
    public void FromHistory_ImpossibleHistory_IsAnArgumentException(string why, CaseEvent[] history)
    {
        var ex = Assert.Throws<ArgumentException>(() => ServiceCase.FromHistory(history));
        Assert.Equal("history", ex.ParamName);
        Assert.False(string.IsNullOrEmpty(why));
    }

    [Fact]
    public void FromHistory_NamesTheIndexAndKeepsTheCommandsException()
    {
        var ex = Assert.Throws<ArgumentException>(() => ServiceCase.FromHistory([Opened, new CaseResponded(At(10)), new CaseResumed(At(20))]));
        Assert.Contains("history[2] (CaseResumed", ex.Message, StringComparison.Ordinal);
        var inner = Assert.IsType<IllegalTransitionException>(ex.InnerException);
        Assert.Equal(("Open", "resume"), (inner.From, inner.To));
    }

    public static TheoryData<string, Func<ServiceCaseSnapshot, ServiceCaseSnapshot>> Tampered => new()
    {
        { "version", s => s with { Version = 6 } },
        { "id", s => s with { Id = "C-2" } },
        { "customer", s => s with { Customer = CustomerId.Of("cust-2") } },
        { "team", s => s with { Team = "Tier2" } },
        { "priority", s => s with { Priority = CasePriority.Low } },
        { "channel", s => s with { Channel = Channel.Email } },
        { "openedAt", s => s with { OpenedAt = At(1) } },
        { "state", s => s with { State = CaseState.Closed } },
        { "firstResponseAt", s => s with { FirstResponseAt = null } },
        { "resolvedAt", s => s with { ResolvedAt = At(120) } },
        { "escalationLevel", s => s with { EscalationLevel = 2 } },
        { "responseCount", s => s with { ResponseCount = 1 } },
        { "reopenCount", s => s with { ReopenCount = 0 } },
        { "pauses", s => s with { Pauses = [] } },
        { "pausedSince", s => s with { PausedSince = At(260) } },
        { "history", s => s with { History = s.History.RemoveAt(s.History.Length - 1) } },
    };

    [Theory]
    [MemberData(nameof(Tampered))]
    public void FromSnapshot_StateDisagreeingWithHistory_IsRefused(string field, Func<ServiceCaseSnapshot, ServiceCaseSnapshot> tamper)
    {
        var ex = Assert.Throws<ArgumentException>(() => ServiceCase.FromSnapshot(tamper(Busy().ToSnapshot())));
        Assert.Contains(field == "history" ? "version" : field, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSnapshot_UnknownSchemaVersionOrMissingArrays_IsRefused()
    {
        var snapshot = Busy().ToSnapshot();
        Assert.Equal(1, snapshot.SchemaVersion);
        Assert.Throws<ArgumentOutOfRangeException>(() => ServiceCase.FromSnapshot(snapshot with { SchemaVersion = 2 }));
        Assert.Throws<ArgumentException>(() => ServiceCase.FromSnapshot(snapshot with { History = default }));
        Assert.Throws<ArgumentException>(() => ServiceCase.FromSnapshot(snapshot with { Pauses = default }));
        Assert.Throws<ArgumentNullException>(() => ServiceCase.FromSnapshot(null!));
    }

    [Fact]
    public void Events_HaveDocumentedJsonShapes()
    {
        Assert.Equal("""{"type":"case.opened.v1","at":"2026-11-23T10:00:00Z","id":"C-1","customer":"cust-1","team":"Tier1","priority":"High","channel":"Phone"}""",
            CrmJson.Serialize<CaseEvent>(Opened));
        Assert.Equal("""{"type":"case.escalated.v1","at":"2026-11-23T10:40:00Z","reason":"VIP"}""", CrmJson.Serialize<CaseEvent>(new CaseEscalated(At(40), "VIP")));
        Assert.Equal("""[{"type":"case.waitingOnCustomer.v1","at":"2026-11-23T10:30:00Z"},{"type":"case.closed.v1","at":"2026-11-23T11:00:00Z"}]""",
            CrmJson.Serialize<ImmutableArray<CaseEvent>>([new CaseWaitingOnCustomer(At(30)), new CaseClosed(At(60))]));
        Assert.Equal(new CaseReopened(At(60)), CrmJson.Deserialize<CaseEvent>("""{"type":"case.reopened.v1","at":"2026-11-23T11:00:00Z"}"""));
    }

    [Fact]
    public void Snapshot_HasADocumentedJsonShape()
    {
        var json = CrmJson.Serialize(ServiceCase.Open("C-1", CustomerId.Of("cust-1"), "Tier1", CasePriority.High, Channel.Phone, T0).WaitOnCustomer(At(30)).ToSnapshot());
        Assert.Equal("""{"schemaVersion":1,"version":2,"id":"C-1","customer":"cust-1","team":"Tier1","priority":"High","channel":"Phone","openedAt":"2026-11-23T10:00:00Z","state":"WaitingOnCustomer","firstResponseAt":"2026-11-23T10:30:00Z","resolvedAt":null,"escalationLevel":0,"responseCount":1,"reopenCount":0,"pauses":[],"pausedSince":"2026-11-23T10:30:00Z","history":[{"type":"case.opened.v1","at":"2026-11-23T10:00:00Z","id":"C-1","customer":"cust-1","team":"Tier1","priority":"High","channel":"Phone"},{"type":"case.waitingOnCustomer.v1","at":"2026-11-23T10:30:00Z"}]}""",
            json);
    }

    [Theory]
    [InlineData("""{"type":"case.teleported.v1","at":"2026-11-23T10:00:00Z"}""")]
    [InlineData("""{"type":"case.escalated.v2","at":"2026-11-23T10:00:00Z","reason":"VIP"}""")]
#if NET9_0_OR_GREATER // a missing member: net8.0 lacks RespectRequiredConstructorParameters (CrmJson remarks).
    [InlineData("""{"type":"case.escalated.v1","at":"2026-11-23T10:00:00Z"}""")]
#endif
#if NET9_0_OR_GREATER // a missing member: net8.0 lacks RespectRequiredConstructorParameters (CrmJson remarks).
    [InlineData("""{"type":"case.escalated.v1","reason":"VIP"}""")]
#endif
    public void Json_UnknownDiscriminatorOrMissingMember_IsAJsonException(string json)
    {
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<CaseEvent>(json));
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<ImmutableArray<CaseEvent>>("[" + json + "]"));
    }

    [Fact]
    public void Json_SnapshotWithAnUnknownEvent_IsAJsonException()
    {
        var json = CrmJson.Serialize(Busy().ToSnapshot()).Replace("case.reopened.v1", "case.unheardOf.v1", StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<ServiceCaseSnapshot>(json));
    }

    [Fact]
    public void Json_TamperedSnapshotReadsButIsRefusedOnRestore()
    {
        // JSON carries data; the process rules are applied when the case is rebuilt from it.
        var json = CrmJson.Serialize(Busy().ToSnapshot()).Replace("\"escalationLevel\":1", "\"escalationLevel\":5", StringComparison.Ordinal);
        var snapshot = CrmJson.Deserialize<ServiceCaseSnapshot>(json);
        Assert.Equal(5, snapshot.EscalationLevel);
        Assert.Throws<ArgumentException>(() => ServiceCase.FromSnapshot(snapshot));
    }
}
