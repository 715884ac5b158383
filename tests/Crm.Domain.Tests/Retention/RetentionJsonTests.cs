using Crm.Domain.Primitives;
using Crm.Domain.Retention;
using Crm.Domain.Tests.Serialization;
using NodaTime;

namespace Crm.Domain.Tests.Retention;

public class RetentionJsonTests
{
    private static readonly Instant T = Instant.FromUtc(2026, 6, 1, 0, 0);

    [Fact]
    public void Records_RoundTrip()
    {
        var d = new Defection(CustomerId.Of("c1"), T, ChurnDriver.CheaperCompetitorOffer, "saw an ad");
        Assert.Equal(d, JsonAssert.RoundTrip(d));
        var risk = new DefectionRisk(CustomerId.Of("c1"), T, DefectionSignals.Silent | DefectionSignals.LowPAlive, Duration.FromDays(70), Duration.FromDays(30), Probability.Of(0.2), [ChurnDriver.PoorService]);
        var riskCopy = JsonAssert.RoundTrip(risk);
        Assert.Equal(risk.Signals, riskCopy.Signals);
        Assert.Equal(risk.SuspectedDrivers.ToArray(), riskCopy.SuspectedDrivers.ToArray());
        var trend = new AccountTrend(CustomerId.Of("c1"), 6, Money.Of(-10m, "EUR"), Money.Of(85m, "EUR"), -0.117, true);
        Assert.Equal(trend, JsonAssert.RoundTrip(trend));
        var activity = new CohortActivity(CustomerId.Of("c1"), new YearMonth(2026, 3));
        Assert.Equal(activity, JsonAssert.RoundTrip(activity));
        var period = new PeriodRetention(new YearMonth(2026, 3), 10, 7, 3, 2, 1);
        Assert.Equal(period, JsonAssert.RoundTrip(period));
        var barrier = new SwitchingBarrier(SwitchingBarrierKind.Contractual, Probability.Of(0.4), new LocalDate(2026, 12, 31));
        Assert.Equal(barrier, JsonAssert.RoundTrip(barrier));
    }

    [Fact]
    public void Reports_RoundTrip()
    {
        var report = ChurnDriverAnalysis.Analyze([new Defection(CustomerId.Of("a"), T, ChurnDriver.PoorService), new Defection(CustomerId.Of("b"), T, ChurnDriver.PriceIncrease)]);
        var copy = JsonAssert.RoundTrip(report);
        Assert.Equal(report.ByType.ToArray(), copy.ByType.ToArray());
        Assert.Equal(report.ByDriver.ToArray(), copy.ByDriver.ToArray());
        var entry = RetentionStrategyCatalogue.Get(RetentionStrategy.ComplaintMonitoringCell);
        var entryCopy = JsonAssert.RoundTrip(entry);
        Assert.Equal(entry.Answers.ToArray(), entryCopy.Answers.ToArray());
    }

    [Theory]
    [InlineData("""{"month":"2026-03","atStart":5,"retained":9,"lost":0,"acquired":0,"defected":0}""", "Retained")] // more retained than the base
    [InlineData("""{"month":"2026-03","atStart":5,"retained":3,"lost":1,"acquired":0,"defected":0}""", "Lost")] // retained + lost != base
    [InlineData("""{"month":"2026-03","atStart":-5,"retained":0,"lost":-5,"acquired":0,"defected":0}""", "AtStart")]
    [InlineData("""{"month":"2026-03","atStart":5,"retained":3,"lost":2,"acquired":-1,"defected":0}""", "Acquired")]
    [InlineData("""{"month":"2026-03","atStart":5,"retained":3,"lost":2,"acquired":0,"defected":6}""", "Defected")]
    public void Invalid_PeriodRetention_IsAJsonError(string json, string member)
    {
        // Issue 13: the read itself fails (before, the object was built and only its rates threw).
        var ex = JsonAssert.Invalid<PeriodRetention>(json);
        Assert.Contains(member, ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PeriodRetention(new YearMonth(2026, 3), 5, 9, -4, 0, 0));
    }

    [Fact]
    public void Invalid_Defection_CustomerIsAJsonError() =>
        JsonAssert.Invalid<Defection>("""{"customer":"","at":"2026-06-01T00:00:00Z","driver":"PoorService"}""");
}
