using System.Collections.Immutable;
using System.Text.Json;
using Crm.Domain.Campaigns;
using Crm.Domain.Campaigns.Analysis;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Arbitraries;
using Crm.Domain.Tests.Processes;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using static Crm.Domain.Tests.Campaigns.CampaignFixtures;

namespace Crm.Domain.Tests.Campaigns;

/// <summary>The campaign as a stored process: replay, snapshots, and refusal of histories that could not have happened.</summary>
[ProcessLawsFor(typeof(Campaign))]
public class CampaignProcessTests
{
    /// <summary>A random valid command sequence: a seed for the values and one step code per command.</summary>
    public sealed record CampaignScript(int Seed, int[] Steps)
    {
        public override string ToString() => $"seed {Seed}, steps [{string.Join(",", Steps)}]";

        /// <summary>Runs the steps: each code picks a command that is valid in the campaign's current state.</summary>
        public Campaign Build()
        {
            var random = new Random(Seed);
            var customers = Base(random.Next(4, 40), Seed);
            var campaign = Campaign.Create($"CMP-{Seed}", "Spring", Eur, T0);
            var offers = 0;
            foreach (var step in Steps)
            {
                var t = campaign.History[^1].At + Duration.FromMinutes(random.Next(0, 180));
                campaign = Next(campaign, step, t, random, customers, ref offers);
            }

            return campaign;
        }

        private static Campaign Next(Campaign c, int step, Instant t, Random random, CampaignCustomer[] customers, ref int offers)
        {
            switch (c.State)
            {
                case CampaignState.Draft or CampaignState.Scheduled when step <= 2 || (step >= 6 && c.Offers.IsEmpty):
                    return c.WithOffer(Offer($"O{offers++}"), t);
                case CampaignState.Draft or CampaignState.Scheduled when step <= 4 || (step >= 6 && c.Audience is null):
                    return c.WithAudience(Audience(random.Next(1, 7) / 10d, (ulong)random.Next()).Select(customers, t), t);
                case CampaignState.Draft or CampaignState.Scheduled when step == 5:
                    return c.WithCosts(Amount(random), Amount(random), t);
                case CampaignState.Draft:
                    return c.Schedule(t + Duration.FromHours(random.Next(0, 48)), t);
                case CampaignState.Scheduled:
                    return c.Start(t);
                case CampaignState.Running when step <= 6:
                    return c.RecordRange(Responses(c, random, t, lateOnly: false));
                case CampaignState.Running:
                    return c.Complete(t);
                case CampaignState.Completed when step <= 5:
                    return c.RecordRange(Responses(c, random, t, lateOnly: true));
                case CampaignState.Completed:
                    return c.MarkAnalysed(t);
                default:
                    return c;
            }
        }

        private static Money Amount(Random random) => Money.Of(random.Next(0, 100_000) / 100m, Eur);

        // Responses dated anywhere from the start to a little after now; late-only batches are dated before now (late
        // reports, whose event is then dated at the last change).
        private static List<CampaignResponse> Responses(Campaign c, Random random, Instant now, bool lateOnly)
        {
            var audience = c.Audience!;
            var start = c.StartedAt!.Value;
            var span = (int)((now - start).TotalMinutes + (lateOnly ? 0 : 120));
            var batch = new List<CampaignResponse>();
            for (var n = random.Next(1, 5); n > 0; n--)
            {
                var at = start + Duration.FromMinutes(random.Next(0, span + 1));
                var control = audience.Control.Length > 0 && random.Next(3) == 0;
                var member = control ? audience.Control[random.Next(audience.Control.Length)] : audience.Treated[random.Next(audience.Treated.Length)];
                var kind = control || lateOnly ? 4 : random.Next(5);
                batch.Add(kind switch
                {
                    0 => CampaignResponse.Sent(member.Id, at, Channel.Email),
                    1 => CampaignResponse.Delivered(member.Id, at, Channel.Email),
                    2 => CampaignResponse.Opened(member.Id, at, Channel.Email),
                    3 => CampaignResponse.Responded(member.Id, (ResponseCode)random.Next(1, 4), at, Channel.Email),
                    _ => CampaignResponse.Converted(member.Id, Money.Of(random.Next(1, 20_000) / 100m, Eur), at, Channel.Web),
                });
            }

            return batch;
        }
    }

    public static class Scripts
    {
        public static Arbitrary<CampaignScript> Arb() => CommandScripts.Of((seed, steps) => new CampaignScript(seed, steps));
    }

    [Property(Arbitrary = [typeof(Scripts)], MaxTest = 60)]
    public void Laws_HoldForRandomCommandSequences(CampaignScript script) =>
        ProcessLaws.Hold<Campaign, CampaignEvent, CampaignSnapshot>(script.Build(), Campaign.FromHistory, c => c.ToSnapshot(), Campaign.FromSnapshot);

    [Fact]
    public void Script_ReachesEveryState()
    {
        // The generator is only useful if it gets past the draft: a long script of "progress" steps reaches the end.
        var analysed = new CampaignScript(7, [9, 9, 9, 9, 0, 0, 9, 0, 9, 9]).Build();
        Assert.Equal(CampaignState.Analysed, analysed.State);
        Assert.NotEmpty(analysed.Responses);
        Assert.Equal(10, analysed.Version); // created, offer, audience, scheduled, started, 2 × responses, completed, late responses, analysed
    }

    internal static Campaign RunningWithResponses()
    {
        var running = Running(20);
        var member = running.Audience!.Treated[0].Id;
        var at = running.StartedAt!.Value + Duration.FromHours(1);
        return running.RecordRange([CampaignResponse.Sent(member, at, Channel.Email), CampaignResponse.Opened(member, at + Duration.FromHours(2), Channel.Email)]);
    }

    [Fact]
    public void EveryCommand_AppendsOneTypedEventCarryingItsInputs()
    {
        var c = RunningWithResponses();
        Assert.Equal(
            [typeof(CampaignCreated), typeof(CampaignOfferAdded), typeof(CampaignAudienceSet), typeof(CampaignCostsSet), typeof(CampaignScheduled), typeof(CampaignStarted), typeof(CampaignResponsesRecorded)],
            c.History.Select(e => e.GetType()));
        Assert.Equal(new CampaignCreated(T0, "CMP-1", "Spring", Eur), c.History[0]);
        Assert.Equal(new CampaignCostsSet(T0, Money.Of(100m, Eur), Money.Of(0.5m, Eur)), c.History[3]);
        Assert.Same(c.Audience, Assert.IsType<CampaignAudienceSet>(c.History[2]).Audience);
        var recorded = Assert.IsType<CampaignResponsesRecorded>(c.History[6]);
        Assert.Equal(T0 + Duration.FromDays(1) + Duration.FromHours(3), recorded.At); // the latest response
        Assert.Equal(c.Responses, recorded.Responses.AsEnumerable());
    }

    [Fact]
    public void LateResponse_IsDatedAtTheLastChange_AndKeepsItsOwnInstant()
    {
        var completed = RunningWithResponses().Complete(T0 + Duration.FromDays(10));
        var member = completed.Audience!.Treated[1].Id;
        var happened = T0 + Duration.FromDays(3);
        var late = completed.Record(CampaignResponse.Converted(member, Money.Of(12m, Eur), happened, Channel.Web));
        var e = Assert.IsType<CampaignResponsesRecorded>(Assert.Single(late.EventsSince(completed.Version)));
        Assert.Equal(T0 + Duration.FromDays(10), e.At);
        Assert.Equal(happened, e.Responses[0].At);
        Assert.Same(completed, completed.RecordRange([])); // nothing to record: no event
    }

    [Fact]
    public void Replay_AnswersTheSameAnalysis()
    {
        var c = RunningWithResponses();
        var json = CrmJson.Serialize(c.ToSnapshot());
        var again = Campaign.FromSnapshot(CrmJson.Deserialize<CampaignSnapshot>(json));
        Assert.Equal(CampaignAnalysis.Of(c).Overall.Tally, CampaignAnalysis.Of(again).Overall.Tally);
        Assert.Equal(c.TotalCost, again.TotalCost);
        Assert.Equal(AudienceGroup.Control, again.Audience!.GroupOf(c.Audience!.Control[0].Id));
        Assert.Equal(2, again.Responses.Count);
    }

    public static TheoryData<string, Type> TamperedHistories => new()
    {
        { "transition skipped", typeof(IllegalTransitionException) },
        { "started from draft", typeof(IllegalTransitionException) },
        { "negative cost", typeof(ArgumentOutOfRangeException) },
        { "cost in other currency", typeof(ArgumentException) },
        { "offer in other currency", typeof(ArgumentException) },
        { "duplicate offer code", typeof(ArgumentException) },
        { "planned start before scheduling", typeof(ArgumentOutOfRangeException) },
        { "response of a stranger", typeof(ArgumentException) },
        { "response before its record", typeof(ArgumentOutOfRangeException) },
        { "empty responses", typeof(ArgumentException) },
        { "second creation", typeof(ArgumentException) },
        { "out of order", typeof(ArgumentOutOfRangeException) },
        { "change after start", typeof(IllegalTransitionException) },
    };

    [Theory]
    [MemberData(nameof(TamperedHistories))]
    public void FromHistory_TamperedHistory_IsRefused(string tamper, Type refusal)
    {
        var h = RunningWithResponses().History;
        var usd = Currency.Of("USD");
        var later = T0 + Duration.FromDays(5);
        ImmutableArray<CampaignEvent> bad = tamper switch
        {
            "transition skipped" => h.Add(new CampaignAnalysed(later)),
            "started from draft" => [h[0], h[1], h[2], new CampaignStarted(T0)],
            "negative cost" => h.SetItem(3, new CampaignCostsSet(T0, Money.Of(-1m, Eur), Money.Zero(Eur))),
            "cost in other currency" => h.SetItem(3, new CampaignCostsSet(T0, Money.Of(1m, usd), Money.Zero(Eur))),
            "offer in other currency" => h.SetItem(1, new CampaignOfferAdded(T0, Offer(currency: "USD"))),
            "duplicate offer code" => h.Insert(2, new CampaignOfferAdded(T0, Offer())),
            "planned start before scheduling" => h.SetItem(4, new CampaignScheduled(T0 + Duration.FromHours(1), T0)),
            "response of a stranger" => h.Add(new CampaignResponsesRecorded(later, [CampaignResponse.Sent(CustomerId.Of("STRANGER"), later, Channel.Email)])),
            "response before its record" => h.Add(new CampaignResponsesRecorded(later, [CampaignResponse.Sent(h.OfType<CampaignAudienceSet>().Single().Audience.Treated[0].Id, later + Duration.FromHours(1), Channel.Email)])),
            "empty responses" => h.Add(new CampaignResponsesRecorded(later, [])),
            "second creation" => h.Insert(1, h[0]),
            "out of order" => h.Add(new CampaignCompleted(T0)),
            "change after start" => h.Add(new CampaignCostsSet(later, Money.Zero(Eur), Money.Zero(Eur))),
            _ => throw new ArgumentOutOfRangeException(nameof(tamper)),
        };

        var ex = Assert.Throws<ArgumentException>(() => Campaign.FromHistory(bad));
        Assert.Equal("history", ex.ParamName);
        Assert.IsType(refusal, ex.InnerException);
    }

    [Fact]
    public void FromHistory_IllegalTransition_NamesTheEventAndKeepsTheIllegalTransitionInside()
    {
        var h = RunningWithResponses().History;
        var ex = Assert.Throws<ArgumentException>(() => Campaign.FromHistory(h.Add(new CampaignStarted(T0 + Duration.FromDays(5)))));
        Assert.Contains("history[7]", ex.Message, StringComparison.Ordinal);
        var inner = Assert.IsType<IllegalTransitionException>(ex.InnerException);
        Assert.Equal(("Running", "Running"), (inner.From, inner.To));
    }

    [Fact]
    public void FromSnapshot_StateThatDisagreesWithHistory_IsRefused()
    {
        var snapshot = RunningWithResponses().ToSnapshot();
        Assert.Equal(CampaignState.Running, Campaign.FromSnapshot(snapshot).State);
        Assert.Throws<ArgumentException>(() => Campaign.FromSnapshot(snapshot with { State = CampaignState.Completed }));
        Assert.Throws<ArgumentException>(() => Campaign.FromSnapshot(snapshot with { ResponseCount = 3 }));
        Assert.Throws<ArgumentException>(() => Campaign.FromSnapshot(snapshot with { Version = 6 }));
        Assert.Throws<ArgumentException>(() => Campaign.FromSnapshot(snapshot with { FixedCost = Money.Of(99m, Eur) }));
        Assert.Throws<ArgumentException>(() => Campaign.FromSnapshot(snapshot with { OfferCodes = ["OTHER"] }));
        Assert.Throws<ArgumentException>(() => Campaign.FromSnapshot(snapshot with { AudienceCounts = null }));
        Assert.Throws<ArgumentException>(() => Campaign.FromSnapshot(snapshot with { StartedAt = T0 }));
        Assert.Throws<ArgumentException>(() => Campaign.FromSnapshot(snapshot with { History = default }));
        Assert.Throws<ArgumentException>(() => Campaign.FromSnapshot(snapshot with { History = [] }));
        Assert.Throws<ArgumentNullException>(() => Campaign.FromSnapshot(null!));
    }

    [Fact]
    public void FromSnapshot_OtherSchemaVersion_IsRefused()
    {
        var snapshot = RunningWithResponses().ToSnapshot();
        Assert.Equal(1, snapshot.SchemaVersion);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Campaign.FromSnapshot(snapshot with { SchemaVersion = 2 }));
        Assert.Equal("snapshot", ex.ParamName);
    }

    [Fact]
    public void Json_WritesVersionedDiscriminators_AndRefusesUnknownOnesAndMissingMembers()
    {
        var snapshot = RunningWithResponses().ToSnapshot();
        var json = CrmJson.Serialize(snapshot);
        Assert.StartsWith("{\"schemaVersion\":1,\"version\":7,", json, StringComparison.Ordinal);
        Assert.Contains("\"history\":[{\"type\":\"campaign.created.v1\",", json, StringComparison.Ordinal);
        foreach (var kind in new[] { "offerAdded", "audienceSet", "costsSet", "scheduled", "started", "responsesRecorded" })
        {
            Assert.Contains($"\"type\":\"campaign.{kind}.v1\"", json, StringComparison.Ordinal);
        }

        Assert.Throws<JsonException>(() => CrmJson.Deserialize<CampaignSnapshot>(json.Replace("campaign.started.v1", "campaign.exploded.v1", StringComparison.Ordinal)));
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<CampaignEvent>("""{"type":"campaign.exploded.v1","at":"2026-03-01T09:00:00Z"}"""));
#if NET9_0_OR_GREATER // net8.0 lacks RespectRequiredConstructorParameters: a missing member reads as its default there (CrmJson remarks).
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<CampaignEvent>("""{"type":"campaign.scheduled.v1","at":"2026-03-01T09:00:00Z"}"""));
#endif
#if NET9_0_OR_GREATER // net8.0 lacks RespectRequiredConstructorParameters: a missing member reads as its default there (CrmJson remarks).
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<CampaignEvent>("""{"type":"campaign.costsSet.v1","at":"2026-03-01T09:00:00Z","fixedCost":{"amount":1,"currency":"EUR"}}"""));
#endif
        var costs = CrmJson.Deserialize<CampaignEvent>("""{"type":"campaign.costsSet.v1","at":"2026-03-01T09:00:00Z","fixedCost":{"amount":1,"currency":"EUR"},"costPerContact":{"amount":0.5,"currency":"EUR"}}""");
        Assert.Equal(new CampaignCostsSet(T0, Money.Of(1m, Eur), Money.Of(0.5m, Eur)), costs);
        var started = CrmJson.Deserialize<CampaignEvent>("""{"type":"campaign.started.v1","at":"2026-03-01T09:00:00Z"}""");
        Assert.Equal(new CampaignStarted(T0), started);
    }

    [Fact]
    public void Audience_RoundTripsThroughJson_AndARestoredAudienceMustBeOneTheSelectionCouldDraw()
    {
        var a = Audience(0.5).Select(Base(20, 1), T0);
        Assert.Equal((10, 10), (a.Treated.Length, a.Control.Length));
        var json = CrmJson.Serialize(a);
        var copy = CrmJson.Deserialize<CampaignAudience>(json);
        Assert.Equal(json, CrmJson.Serialize(copy));
        Assert.Equal(a.Control.AsEnumerable(), copy.Control);
        Assert.Equal(AudienceGroup.Treated, copy.GroupOf(a.Treated[3].Id));

        // A member moved between the groups (sizes unchanged): not the control group the seed draws.
        ImmutableArray<CampaignCustomer> treated = a.Treated.SetItem(0, a.Control[0]), control = a.Control.SetItem(0, a.Treated[0]);
        var ex = Assert.Throws<ArgumentException>(() => new CampaignAudience(a.Name, a.Channel, a.SelectedAt, a.RequestedControlShare, a.Seed, treated, control, a.Counts));
        Assert.Equal("control", ex.ParamName);

        // Counts that do not add up, a member twice, a control group of the wrong size.
        Assert.Throws<ArgumentOutOfRangeException>(() => new CampaignAudience(a.Name, a.Channel, a.SelectedAt, a.RequestedControlShare, a.Seed, a.Treated, a.Control, new AudienceCounts(21, a.Counts.NotMatched, a.Counts.Suppressed, a.Counts.NotPermitted, a.Counts.Treated, a.Counts.Control)));
        Assert.Throws<ArgumentException>(() => new CampaignAudience(a.Name, a.Channel, a.SelectedAt, a.RequestedControlShare, a.Seed, a.Treated.Add(a.Control[1]), a.Control, new AudienceCounts(21, a.Counts.NotMatched, a.Counts.Suppressed, a.Counts.NotPermitted, 11, a.Counts.Control)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AudienceCounts(21, 0, 0, 0, 10, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AudienceCounts(20, -1, 1, 0, 10, 10));
        Assert.Throws<ArgumentException>(() => new CampaignAudience(a.Name, a.Channel, a.SelectedAt, 0.2, a.Seed, a.Treated, a.Control, a.Counts));
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<CampaignAudience>(json.Replace("\"seed\":7", "\"seed\":8", StringComparison.Ordinal)));
    }
}
