using System.Collections.Immutable;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using Crm.Domain.Sales;
using Crm.Domain.Sales.Pricing;
using Crm.Domain.Sales.Quotes;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Processes;
using FsCheck.Xunit;
using NodaTime;
using static Crm.Domain.Tests.Sales.Pricing.PricingFixtures;

namespace Crm.Domain.Tests.Sales.Quotes;

/// <summary>The quote as a process: a hand-worked B2B quote, its transitions and refusals, revisions, expiry, storage.</summary>
[ProcessLawsFor(typeof(Quote))]
public class QuoteProcessTests
{
    private static readonly Instant T0 = QuoteArbitraries.T0;
    private static readonly Instant ValidUntil = T0 + Duration.FromDays(30);

    private static Instant Day(int d) => T0 + Duration.FromDays(d);

    /// <summary>The hand-worked quote: 1,038.31 + 2,500.00 = 3,538.31; 20 % tax 707.662 → 707.66; total 4,245.97.</summary>
    public static Quote Sample() => Quote.Draft("Q-2027-001", "O-ACME-1", Currency.Eur, Lines(), 20m, ValidUntil, T0);

    /// <summary>A quote that went through a revision and was accepted (the JSON sample).</summary>
    public static Quote Accepted() => Sample().Present(Day(1)).Revise([Seats()], 20m, Day(40), Day(2)).Present(Day(3)).Accept(Day(4));

    [Property(Arbitrary = [typeof(QuoteArbitraries)], MaxTest = 150)]
    public void RandomCommandSequences_KeepTheProcessLaws(Quote quote) =>
        ProcessLaws.Hold<Quote, QuoteEvent, QuoteSnapshot>(quote, Quote.FromHistory, q => q.ToSnapshot(), Quote.FromSnapshot);

    [Fact]
    public void HandWorkedQuote_Totals()
    {
        var q = Sample();
        Assert.Equal((Eur(3538.31m), Eur(707.66m), Eur(4245.97m)), (q.Subtotal, q.Tax, q.Total));
        Assert.Equal((QuoteState.Draft, 1, 1), (q.State, q.Revision, q.Version));

        var untaxed = Quote.Draft("Q-2", "O-ACME-1", Currency.Eur, Lines(), null, ValidUntil, T0);
        Assert.Equal((Eur(3538.31m), Eur(0m), Eur(3538.31m)), (untaxed.Subtotal, untaxed.Tax, untaxed.Total));
        Assert.Null(untaxed.TaxPercent);
    }

    [Fact]
    public void Draft_Presented_Accepted_AppendsOneEventEach()
    {
        var q = Sample();
        var accepted = q.Present(Day(1)).Accept(Day(2));
        Assert.Equal([new QuotePresented(Day(1)), new QuoteAccepted(Day(2))], accepted.EventsSince(q.Version).AsEnumerable());
        Assert.Equal(QuoteState.Accepted, accepted.State);
        Assert.True(accepted.IsClosed);
        Assert.Equal(q.Total, accepted.Total);
    }

    [Fact]
    public void Revision_SupersedesThePrevious_AndIsADraftAgain()
    {
        var presented = Sample().Present(Day(1));
        var revised = presented.Revise([Seats()], 19m, Day(45), Day(2));
        Assert.Equal((2, QuoteState.Draft, Day(45)), (revised.Revision, revised.State, revised.ValidUntil));
        Assert.Equal(Eur(1038.31m), revised.Subtotal);
        Assert.Equal(Eur(197.28m), revised.Tax); // 197.2789
        var e = Assert.IsType<QuoteRevised>(revised.History[^1]);
        Assert.Equal(2, e.Revision);

        // The superseded revision stays in the history: its lines are those of the draft.
        Assert.Equal(2, Assert.IsType<QuoteDrafted>(revised.History[0]).Lines.Length);
        Assert.Throws<ArgumentException>(() => Quote.FromHistory([revised.History[0], revised.History[1], e with { Revision = 3 }]));
    }

    [Fact]
    public void IllegalTransitions_NameTheState()
    {
        var draft = Sample();
        var ex = Assert.Throws<IllegalTransitionException>(() => draft.Accept(Day(1)));
        Assert.Equal("Draft", ex.From);
        Assert.Contains("Draft", ex.Message, StringComparison.Ordinal);
        Assert.Throws<IllegalTransitionException>(() => draft.Reject(Day(1), "no"));
        Assert.Throws<IllegalTransitionException>(() => draft.Present(Day(1)).Present(Day(2)));

        var accepted = draft.Present(Day(1)).Accept(Day(2));
        foreach (var command in new Func<Quote>[] { () => accepted.Revise(Lines(), null, Day(60), Day(3)), () => accepted.Reject(Day(3), "late"), () => accepted.Expire(Day(90)) })
        {
            Assert.Equal("Accepted", Assert.Throws<IllegalTransitionException>(command).From);
        }

        var empty = Quote.Draft("Q-3", "O-1", Currency.Eur, [], null, ValidUntil, T0);
        Assert.Contains("without lines", Assert.Throws<IllegalTransitionException>(() => empty.Present(Day(1))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expiry_FollowsTheValidityInstant()
    {
        var presented = Sample().Present(Day(1));
        Assert.False(presented.IsLapsedAt(ValidUntil - Duration.FromTicks(1)));
        Assert.True(presented.IsLapsedAt(ValidUntil));
        Assert.Throws<IllegalTransitionException>(() => presented.Expire(ValidUntil - Duration.FromSeconds(1)));
        Assert.Throws<IllegalTransitionException>(() => presented.Accept(ValidUntil));
        var expired = presented.Expire(ValidUntil);
        Assert.Equal(QuoteState.Expired, expired.State);
        Assert.False(expired.IsLapsedAt(ValidUntil + Duration.FromDays(1)));
        Assert.Equal("Expired", Assert.Throws<IllegalTransitionException>(() => expired.Accept(ValidUntil + Duration.FromDays(1))).From);
        Assert.Throws<IllegalTransitionException>(() => Sample().Present(ValidUntil));
    }

    [Fact]
    public void BadValues_AreRefused_AndNothingChanges()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Quote.Draft("Q-1", "O-1", Currency.Eur, Lines(), 20m, T0, T0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quote.Draft("Q-1", "O-1", Currency.Eur, Lines(), 100.5m, ValidUntil, T0));
        Assert.Throws<ArgumentException>(() => Quote.Draft("Q-1", "O-1", Currency.Usd, Lines(), null, ValidUntil, T0));
        Assert.Throws<ArgumentException>(() => Quote.Draft("Q-1", "O-1", Currency.Eur, [Seats(), Seats()], null, ValidUntil, T0));
        Assert.ThrowsAny<ArgumentException>(() => Quote.Draft("Q 1", "O-1", Currency.Eur, Lines(), null, ValidUntil, T0));
        Assert.ThrowsAny<ArgumentException>(() => Quote.Draft("Q-1", "O-1", Currency.Eur, default, null, ValidUntil, T0));
        var presented = Sample().Present(Day(1));
        Assert.ThrowsAny<ArgumentException>(() => presented.Reject(Day(2), " "));
        Assert.ThrowsAny<ArgumentException>(() => presented.Reject(Day(2), new string('x', Quote.MaxReasonLength + 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => presented.Accept(T0));
        Assert.Equal(QuoteState.Presented, presented.State);
    }

    [Fact]
    public void FromOpportunity_TakesItsLinesIdAndCurrency()
    {
        var opportunity = Opportunity.Open("O-ACME-1", "CRM roll-out", SalesParty.Lead("L-7"), "ana", Eur(3000m), new LocalDate(2027, 4, 30), T0 - Duration.FromDays(3))
            .AddLineItem(Seats(), T0 - Duration.FromDays(2)).AddLineItem(Days(), T0 - Duration.FromDays(1));
        var q = Quote.FromOpportunity("Q-2027-001", opportunity, 20m, ValidUntil, T0);
        Assert.Equal(CrmJson.Serialize(Sample().ToSnapshot()), CrmJson.Serialize(q.ToSnapshot()));
        Assert.Equal(opportunity.LineItemsTotal, q.Subtotal);
    }

    [Fact]
    public void Snapshot_RoundTrips_AndATamperedOneIsRefused()
    {
        var s = Accepted().ToSnapshot();
        var back = CrmJson.Deserialize<QuoteSnapshot>(CrmJson.Serialize(s));
        Assert.Equal(CrmJson.Serialize(s), CrmJson.Serialize(Quote.FromSnapshot(back).ToSnapshot()));
        Assert.Throws<ArgumentException>(() => Quote.FromSnapshot(s with { Total = Eur(1m) }));
        Assert.Throws<ArgumentException>(() => Quote.FromSnapshot(s with { Revision = 1 }));
        Assert.Throws<ArgumentException>(() => Quote.FromSnapshot(s with { Lines = ImmutableArray<LineItem>.Empty }));
        Assert.Throws<ArgumentException>(() => Quote.FromSnapshot(s with { State = QuoteState.Rejected }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quote.FromSnapshot(s with { SchemaVersion = 2 }));
        Assert.Throws<System.Text.Json.JsonException>(() => CrmJson.Deserialize<QuoteEvent>("""{"type":"quote.withdrawn.v1","at":"2027-03-01T09:00:00Z"}"""));
    }
}
