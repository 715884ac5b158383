using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using Crm.Domain.Sales;
using Crm.Domain.Sales.Pricing;
using Crm.Domain.Serialization;
using NodaTime;
using static Crm.Domain.Tests.Sales.Pricing.PricingFixtures;

namespace Crm.Domain.Tests.Sales;

/// <summary>Opportunity line items (issue 16 item 3): additive events, the snapshot member old snapshots read as empty,
/// and the weighted pipeline by line totals when there are lines.</summary>
public class OpportunityLineItemTests
{
    private static readonly Instant T0 = Instant.FromUtc(2027, 2, 1, 9, 0);
    private static readonly SalesParty Acme = SalesParty.Customer(CustomerId.Of("ACME"));

    private static Instant Day(int d) => T0 + Duration.FromDays(d);

    private static Opportunity Open(decimal amount = 3000m) =>
        Opportunity.Open("O-ACME-1", "CRM roll-out", Acme, "ana", Eur(amount), new LocalDate(2027, 4, 30), T0);

    [Fact]
    public void LineItems_AreAddedAndRemoved_ByEvents()
    {
        var open = Open();
        var priced = open.AddLineItem(Seats(), Day(1)).AddLineItem(Days(), Day(2));
        Assert.Equal([new OpportunityLineItemAdded(Day(1), Seats()), new OpportunityLineItemAdded(Day(2), Days())], priced.EventsSince(open.Version).AsEnumerable());
        Assert.Equal(Eur(3538.31m), priced.LineItemsTotal);
        Assert.Equal(Eur(3538.31m), priced.ForecastAmount);
        Assert.Equal(Eur(3000m), priced.Amount); // kept: the lines do not overwrite the estimate

        var fewer = priced.RemoveLineItem("L1", Day(3));
        Assert.Equal(new OpportunityLineItemRemoved(Day(3), "L1"), fewer.History[^1]);
        Assert.Equal([Days()], fewer.LineItems.AsEnumerable());
        Assert.Equal(Eur(2500m), fewer.ForecastAmount);
        Assert.Null(open.LineItemsTotal);
        Assert.Equal(Eur(3000m), open.ForecastAmount);
    }

    [Fact]
    public void LineItems_KeepTheRules()
    {
        var priced = Open().AddLineItem(Seats(), Day(1));
        Assert.Throws<ArgumentException>(() => priced.AddLineItem(Seats(), Day(2)));
        Assert.Throws<ArgumentException>(() => priced.AddLineItem(new LineItem("L7", "X", 1m, Money.Of(1m, "USD"), Discount.None), Day(2)));
        Assert.Throws<ArgumentException>(() => priced.RemoveLineItem("L9", Day(2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => priced.AddLineItem(Days(), T0));
        Assert.ThrowsAny<ArgumentException>(() => priced.AddLineItem(null!, Day(2)));
        var won = priced.MoveTo(OpportunityStage.ClosedWon, Day(2));
        Assert.Equal("ClosedWon", Assert.Throws<IllegalTransitionException>(() => won.AddLineItem(Days(), Day(3))).From);
        Assert.Throws<IllegalTransitionException>(() => won.RemoveLineItem("L1", Day(3)));
    }

    [Fact]
    public void Snapshot_CarriesTheLines_AndAnOldSnapshotReadsBackWithNone()
    {
        var priced = Open().AddLineItem(Seats(), Day(1));
        var json = CrmJson.Serialize(priced.ToSnapshot());
        Assert.Contains("\"lineItems\":[", json, StringComparison.Ordinal);
        var back = Opportunity.FromSnapshot(CrmJson.Deserialize<OpportunitySnapshot>(json));
        Assert.Equal([Seats()], back.LineItems.AsEnumerable());
        Assert.Throws<ArgumentException>(() => Opportunity.FromSnapshot(priced.ToSnapshot() with { LineItems = [] }));

        // A snapshot written before line items existed (0.1.0) has no "lineItems" member: it reads back as empty.
        var old = Open().ToSnapshot();
        var oldJson = CrmJson.Serialize(old).Replace(",\"lineItems\":[]", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("lineItems", oldJson, StringComparison.Ordinal);
        var read = CrmJson.Deserialize<OpportunitySnapshot>(oldJson);
        Assert.Empty(read.LineItems);
        Assert.Empty(Opportunity.FromSnapshot(read).LineItems);
        Assert.Empty((old with { LineItems = default }).LineItems);
    }

    [Fact]
    public void Forecast_WeighsLineTotals_WhenPresent_AndTheAmountOtherwise()
    {
        // Both at Proposal (50 %), closing in April 2027: 3,538.31 × 0.5 = 1,769.155 and 1,000 × 0.5 = 500.
        var priced = Open().AddLineItem(Seats(), Day(1)).AddLineItem(Days(), Day(2)).MoveTo(OpportunityStage.Proposal, Day(3));
        var plain = Opportunity.Open("O-2", "support", Acme, "ana", Eur(1000m), new LocalDate(2027, 4, 2), T0).MoveTo(OpportunityStage.Proposal, Day(1));
        var april = Assert.Single(PipelineForecast.Forecast([priced, plain], StageProbabilities.Default, ForecastGranularity.Month, Currency.Eur));
        Assert.Equal(4538.31m, april.OpenAmount.Amount);
        Assert.Equal(2269.155m, april.WeightedAmount.Amount);

        var won = Open().AddLineItem(Days(), Day(1)).MoveTo(OpportunityStage.ClosedWon, Day(2));
        Assert.Equal(2500m, Assert.Single(PipelineForecast.Forecast([won], StageProbabilities.Default, ForecastGranularity.Quarter, Currency.Eur)).WonAmount.Amount);
    }
}
