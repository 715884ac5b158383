using System.Collections.Immutable;
using System.Text.Json;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using Crm.Domain.Sales;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Arbitraries;
using Crm.Domain.Tests.Processes;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Sales;

/// <summary>The opportunity as a stored process: events, replay, snapshots, and the histories replay must refuse.</summary>
[ProcessLawsFor(typeof(Opportunity))]
public class OpportunityProcessTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 6, 1, 9, 0);
    private static readonly SalesParty Acme = SalesParty.Customer(CustomerId.Of("ACME"));
    private static readonly LocalDate July = new(2026, 7, 15);

    private static Instant Day(int d) => T0 + Duration.FromDays(d);

    private static Money Eur(decimal amount) => Money.Of(amount, "EUR");

    private static OpportunityCreated Created() => new(T0, "O-1", "licences", Acme, "ana", Eur(1000m), July);

    [Property(Arbitrary = [typeof(OpportunityArbitraries)], MaxTest = 150)]
    public void RandomCommandSequences_KeepTheProcessLaws(Opportunity opportunity) =>
        ProcessLaws.Hold<Opportunity, OpportunityEvent, OpportunitySnapshot>(opportunity, Opportunity.FromHistory, o => o.ToSnapshot(), Opportunity.FromSnapshot);

    [Fact]
    public void ToString_NamesTheOpportunityById_NotByItsFreeTextName()
    {
        // The name is free text ("Jane Roe's renewal") that can carry personal data (issue 17, item 5).
        var text = Opportunity.Open("O-1", "Jane Roe renewal", Acme, "ana", Eur(1000m), July, T0).ToString();
        Assert.Contains("O-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Commands_AppendOneTypedEventEach_WithTheirInputs()
    {
        var open = Opportunity.Open("O-1", "licences", Acme, "ana", Eur(1000m), July, T0);
        var next = open.MoveTo(OpportunityStage.Proposal, Day(1)).Reforecast(Eur(800m), July.PlusMonths(1), Day(2)).MoveTo(OpportunityStage.ClosedWon, Day(3));

        Assert.Equal(Created(), Assert.Single(open.History));
        Assert.Equal(1, open.Version);
        Assert.Equal(
            [
                new OpportunityStageChanged(OpportunityStage.Prospecting, OpportunityStage.Proposal, Day(1)),
                new OpportunityReforecast(Day(2), Eur(800m), new LocalDate(2026, 8, 15)),
                new OpportunityStageChanged(OpportunityStage.Proposal, OpportunityStage.ClosedWon, Day(3)),
            ],
            next.EventsSince(open.Version).AsEnumerable());
        Assert.Equal((OpportunityStage.ClosedWon, Eur(800m), new LocalDate(2026, 8, 15), T0, 4), (next.Stage, next.Amount, next.ExpectedClose, next.CreatedAt, next.Version));
    }

    [Fact]
    public void Reforecast_SetsTheTimeFloor_AndKeepsItsRefusals()
    {
        var o = Opportunity.Open("O-1", "licences", Acme, "ana", Eur(1000m), July, T0).Reforecast(Eur(900m), July, Day(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => o.MoveTo(OpportunityStage.Proposal, Day(4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => o.Reforecast(Eur(1m), July, Day(4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => o.Reforecast(Eur(-1m), July, Day(6)));
        Assert.Throws<ArgumentException>(() => o.Reforecast(Money.Of(1m, "USD"), July, Day(6)));
        Assert.Equal(2, o.Version);
    }

    [Fact]
    public void FromHistory_IllegalTransition_IsRefusedNamingTheEvent()
    {
        var ex = Assert.Throws<ArgumentException>(() => Opportunity.FromHistory(
        [
            Created(),
            new OpportunityStageChanged(OpportunityStage.Prospecting, OpportunityStage.ClosedLost, Day(1)),
            new OpportunityStageChanged(OpportunityStage.ClosedLost, OpportunityStage.Negotiation, Day(2)),
        ]));
        Assert.IsType<IllegalTransitionException>(ex.InnerException);
        Assert.Contains("history[2]", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Opportunity.FromHistory([Created(), new OpportunityStageChanged(OpportunityStage.Prospecting, OpportunityStage.Prospecting, Day(1))]));
    }

    [Fact]
    public void FromHistory_TamperedValues_AreRefused()
    {
        OpportunityEvent[][] tampered =
        [
            [Created(), new OpportunityReforecast(Day(1), Eur(-5m), July)],
            [Created(), new OpportunityReforecast(Day(1), Money.Of(5m, "USD"), July)],
            [Created(), new OpportunityReforecast(Day(1), default, July)],
            [Created(), new OpportunityStageChanged(OpportunityStage.Prospecting, (OpportunityStage)42, Day(1))],
            [Created(), new OpportunityStageChanged(OpportunityStage.Negotiation, OpportunityStage.Proposal, Day(1))],
            [Created(), new OpportunityStageChanged(OpportunityStage.Prospecting, OpportunityStage.ClosedWon, Day(1)), new OpportunityReforecast(Day(2), Eur(1m), July)],
            [Created(), new OpportunityReforecast(T0 - Duration.FromSeconds(1), Eur(1m), July)],
            [Created() with { Name = "" }],
            [Created() with { Id = " " }],
            [Created() with { Owner = null! }],
            [Created() with { Party = default }],
            [Created() with { Amount = Eur(-0.01m) }],
            [Created() with { Amount = default }],
        ];
        foreach (var history in tampered)
        {
            Assert.Throws<ArgumentException>(() => Opportunity.FromHistory(history));
        }
    }

    [Fact]
    public void FromHistory_SecondCreation_OrNoCreation_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Opportunity.FromHistory([Created(), Created() with { At = Day(1), Id = "O-2" }]));
        Assert.Contains("history[1] (OpportunityCreated", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Opportunity.FromHistory([new OpportunityReforecast(T0, Eur(1m), July)]));
    }

    [Fact]
    public void FromSnapshot_StateDisagreeingWithHistory_IsRefused()
    {
        var snapshot = Opportunity.Open("O-1", "licences", Acme, "ana", Eur(1000m), July, T0).MoveTo(OpportunityStage.Proposal, Day(1)).ToSnapshot();
        Assert.Equal(OpportunityStage.Proposal, Opportunity.FromSnapshot(snapshot).Stage);
        OpportunitySnapshot[] tampered =
        [
            snapshot with { Stage = OpportunityStage.ClosedWon },
            snapshot with { Version = 1 },
            snapshot with { Id = "O-2" },
            snapshot with { Name = "servers" },
            snapshot with { Party = SalesParty.Lead("L-1") },
            snapshot with { Owner = "bob" },
            snapshot with { Amount = Eur(1m) },
            snapshot with { ExpectedClose = July.PlusDays(1) },
            snapshot with { CreatedAt = Day(1) },
            snapshot with { History = default },
            snapshot with { History = [snapshot.History[0], new OpportunityReforecast(Day(1), Eur(-1m), July)] },
        ];
        foreach (var s in tampered)
        {
            Assert.Throws<ArgumentException>(() => Opportunity.FromSnapshot(s));
        }

        Assert.Throws<ArgumentNullException>(() => Opportunity.FromSnapshot(null!));
    }

    [Fact]
    public void FromSnapshot_OtherSchemaVersion_IsRefused()
    {
        var snapshot = Opportunity.Open("O-1", "licences", Acme, "ana", Eur(1000m), July, T0).ToSnapshot();
        Assert.Equal(1, snapshot.SchemaVersion);
        Assert.Throws<ArgumentOutOfRangeException>(() => Opportunity.FromSnapshot(snapshot with { SchemaVersion = 2 }));
    }

    [Fact]
    public void Json_WritesTheDiscriminatorFirst_AndTheDocumentedShape()
    {
        var o = Opportunity.Open("O-1", "licences", SalesParty.Lead("L-7"), "ana", Eur(1000m), July, T0)
            .Reforecast(Eur(750.5m), July.PlusDays(1), Day(1)).MoveTo(OpportunityStage.ClosedLost, Day(2));
        var json = CrmJson.Serialize(o.History);
        Assert.StartsWith("""[{"type":"opportunity.created.v1","id":"O-1","name":"licences","party":""", json, StringComparison.Ordinal);
        Assert.Contains("""{"type":"opportunity.reforecast.v1",""", json, StringComparison.Ordinal);
        Assert.EndsWith("""{"type":"opportunity.stageChanged.v1","from":"Prospecting","to":"ClosedLost","at":"2026-06-03T09:00:00Z"}]""", json, StringComparison.Ordinal);
        // Compared element by element: ImmutableArray's own equality is by reference.
        Assert.Equal(o.History.AsEnumerable(), CrmJson.Deserialize<ImmutableArray<OpportunityEvent>>(json).AsEnumerable());
        Assert.StartsWith("""{"schemaVersion":1,"version":3,"id":"O-1",""", CrmJson.Serialize(o.ToSnapshot()), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_UnknownDiscriminator_OrMissingMember_IsAJsonException()
    {
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<OpportunityEvent>("""{"type":"opportunity.renamed.v1","at":"2026-06-01T09:00:00Z"}"""));
#if NET9_0_OR_GREATER // net8.0 lacks RespectRequiredConstructorParameters: a missing member reads as its default there (CrmJson remarks).
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<OpportunityEvent>("""{"type":"opportunity.stageChanged.v1","from":"Prospecting","at":"2026-06-01T09:00:00Z"}"""));
#endif
        var snapshot = CrmJson.Serialize(Opportunity.Open("O-1", "licences", Acme, "ana", Eur(1000m), July, T0).ToSnapshot());
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<OpportunitySnapshot>(snapshot.Replace("opportunity.created.v1", "opportunity.created.v9", StringComparison.Ordinal)));
#if NET9_0_OR_GREATER // net8.0 lacks RespectRequiredConstructorParameters: a missing member reads as its default there (CrmJson remarks).
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<OpportunitySnapshot>(snapshot.Replace("\"version\":1,", "", StringComparison.Ordinal)));
#endif
    }
}
