using Crm.Domain.Primitives;
using Crm.Domain.Sales;
using Crm.Domain.Tests.Serialization;
using NodaTime;

namespace Crm.Domain.Tests.Sales;

public class PipelineForecastTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 6, 1, 9, 0);
    private static readonly SalesParty Acme = SalesParty.Customer(CustomerId.Of("ACME"));

    private static Opportunity Opp(string id, decimal amount, int month, params OpportunityStage[] stages)
    {
        var o = Opportunity.Open(id, "licences", Acme, "ana", Money.Of(amount, "EUR"), new LocalDate(2026, month, 15), T0);
        var at = T0;
        foreach (var s in stages)
        {
            at += Duration.FromDays(1);
            o = o.MoveTo(s, at);
        }

        return o;
    }

    [Fact]
    public void Forecast_ByMonthAndQuarter_HandComputed()
    {
        Opportunity[] opps =
        [
            Opp("O1", 1000m, 7),                                                          // prospecting 10 % → 100
            Opp("O2", 2000m, 7, OpportunityStage.Qualification, OpportunityStage.Proposal), // 50 % → 1000
            Opp("O3", 4000m, 8, OpportunityStage.Negotiation),                             // 75 % → 3000
            Opp("O4", 500m, 8, OpportunityStage.ClosedWon),                                // won 500
            Opp("O5", 9000m, 9, OpportunityStage.ClosedLost),                              // left out
            Opp("O6", 800m, 10, OpportunityStage.Qualification),                           // 25 % → 200
        ];
        var months = PipelineForecast.Forecast(opps, StageProbabilities.Default, ForecastGranularity.Month, Currency.Of("EUR"));
        Assert.Equal(["2026-07", "2026-08", "2026-10"], months.Select(p => p.Label));
        Assert.Equal(1100m, months[0].WeightedAmount.Amount);
        Assert.Equal(3000m, months[0].OpenAmount.Amount);
        Assert.Equal(2, months[0].OpenCount);
        Assert.Equal(3000m, months[1].WeightedAmount.Amount);
        Assert.Equal(500m, months[1].WonAmount.Amount);

        var quarters = PipelineForecast.Forecast(opps, StageProbabilities.Default, ForecastGranularity.Quarter, Currency.Of("EUR"));
        Assert.Equal(["2026-Q3", "2026-Q4"], quarters.Select(p => p.Label));
        Assert.Equal(4100m, quarters[0].WeightedAmount.Amount);
        Assert.Equal(new YearMonth(2026, 10), quarters[1].Start);
        Assert.Equal(quarters[1], JsonAssert.RoundTrip(quarters[1]));
    }

    [Fact]
    public void Opportunity_ClosedCannotMove_HistoryKept()
    {
        var won = Opp("O1", 10m, 7, OpportunityStage.Proposal, OpportunityStage.ClosedWon);
        Assert.Equal([OpportunityStage.Proposal, OpportunityStage.ClosedWon], won.History.OfType<OpportunityStageChanged>().Select(h => h.To));
        var ex = Assert.Throws<IllegalTransitionException>(() => won.MoveTo(OpportunityStage.Negotiation, T0 + Duration.FromDays(9)));
        Assert.Equal("ClosedWon", ex.From);
        Assert.Throws<IllegalTransitionException>(() => won.Reforecast(Money.Of(5m, "EUR"), new LocalDate(2026, 9, 1), T0 + Duration.FromDays(9)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Opp("O2", 10m, 7, OpportunityStage.Proposal).MoveTo(OpportunityStage.Negotiation, T0));
    }

    [Fact]
    public void Forecast_OtherCurrency_Throws() =>
        Assert.Throws<ArgumentException>(() => PipelineForecast.Forecast([Opp("O1", 1m, 7)], StageProbabilities.Default, ForecastGranularity.Month, Currency.Of("USD")));
}
