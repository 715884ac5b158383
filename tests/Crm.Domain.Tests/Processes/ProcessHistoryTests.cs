using System.Collections.Immutable;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Tests.Processes;

public class ProcessHistoryTests
{
    private sealed record Tick(Instant At, int Value) : IProcessEvent;

    private static readonly Instant T0 = Instant.FromUtc(2026, 1, 1, 0, 0);

    [Fact]
    public void Append_BeforeLast_ThrowsNamingBothInstants()
    {
        var h = EventLog<Tick>.Start(new(T0 + Duration.FromHours(1), 1));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProcessHistory.Append(h, new Tick(T0, 2), "Thing 7"));
        Assert.Equal("at", ex.ParamName);
        Assert.Contains("Thing 7", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2026-01-01T01:00:00Z", ex.Message, StringComparison.Ordinal);
        Assert.Single(h.Events);
    }

    [Fact]
    public void Append_SameInstant_IsAllowed() =>
        Assert.Equal(2, ProcessHistory.Append(EventLog<Tick>.Start(new Tick(T0, 1)), new Tick(T0, 2), "Thing").Length);

    [Fact]
    public void Require_Illegal_ThrowsIllegalTransitionNamingStates()
    {
        var ex = Assert.Throws<IllegalTransitionException>(() => ProcessHistory.Require(false, "Lead 1", "Won", "Lost", "closed"));
        Assert.Equal(("Lead 1", "Won", "Lost"), (ex.Process, ex.From, ex.To));
    }

    [Fact]
    public void Replay_WrapsTheRefusalWithTheEventIndex()
    {
        Tick[] history = [new(T0, 1), new(T0, -1)];
        var ex = Assert.Throws<ArgumentException>(() => ProcessHistory.Replay<int, Tick>(history, e => e.Value,
            (s, e) => e.Value > 0 ? s + e.Value : throw new ArgumentOutOfRangeException("value", e.Value, "must be positive")));
        Assert.Equal("history", ex.ParamName);
        Assert.Contains("history[1] (Tick", ex.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentOutOfRangeException>(ex.InnerException);
    }

    [Fact]
    public void Replay_EmptyOrNullEntry_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => ProcessHistory.Replay<int, Tick>([], e => 0, (s, e) => s));
        Assert.Throws<ArgumentException>(() => ProcessHistory.Replay<int, Tick>([new(T0, 1), null!], e => 0, (s, e) => s));
        Assert.Throws<ArgumentNullException>(() => ProcessHistory.Replay<int, Tick>(null!, e => 0, (s, e) => s));
        Assert.Throws<ArgumentException>(() => ProcessHistory.Replay<int, Tick>(default(ImmutableArray<Tick>), e => 0, (s, e) => s));
    }

    [Fact]
    public void Replay_Folds() =>
        Assert.Equal(6, ProcessHistory.Replay<int, Tick>([new(T0, 1), new(T0, 2), new(T0, 3)], e => e.Value, (s, e) => s + e.Value));

    [Fact]
    public void RequireSchemaVersion_Unknown_Throws()
    {
        ProcessHistory.RequireSchemaVersion(ProcessHistory.SchemaVersion, "LeadSnapshot");
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProcessHistory.RequireSchemaVersion(99, "LeadSnapshot"));
        Assert.Contains("99", ex.Message, StringComparison.Ordinal);
    }
}
