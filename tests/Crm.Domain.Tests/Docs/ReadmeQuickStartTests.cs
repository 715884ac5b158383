using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;

namespace Crm.Domain.Tests.Docs;

/// <summary>The README's quick start, line for line, with its printed values asserted: the README cannot rot.</summary>
public class ReadmeQuickStartTests
{
    [Fact]
    public void QuickStart_PrintsWhatTheReadmeSays()
    {
        var london = NpsAccumulator.Empty.AddRange([NpsRating.Of(10), NpsRating.Of(9), NpsRating.Of(6)]);
        var tokyo = NpsAccumulator.Empty.Add(NpsRating.Of(8));
        var both = london + tokyo;

        var model = BgNbdModel.Create(r: 0.2425982, alpha: 4.4136842, a: 0.7929899, b: 2.4261667);
        var customer = CustomerSummary.Create(frequency: 26, recency: 30.85714, age: 31);

        // By hand: promoters 10 and 9, passive 8, detractor 6: 50 % - 25 % = 25.
        Assert.Equal("NPS 25 (2 promoters, 1 passives, 1 detractors of 4)", both.Result.ToString());
        // Published (cdnow README, BTYD walkthrough): customer 1516, P(alive) = 0.9688523, E[X(52) | history] = 25.75659.
        Assert.Equal(0.9688523, model.ProbabilityAlive(customer), 1e-4 * 0.9688523);
        Assert.Equal(25.75659, model.ExpectedTransactions(customer, t: 52), 1e-4 * 25.75659);
    }
}
