using Crm.Domain.Customers;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Service;
using Crm.Domain.Primitives;
using Crm.Domain.Service;
using NodaTime;

namespace Crm.Domain.Tests.Service;

public class ServiceCaseMetricsTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static Instant At(int d, int h) => London.AtStrictly(new LocalDateTime(2026, 11, d, h, 0)).ToInstant();
    private static ServiceCase Open(string id, int d, int h) => ServiceCase.Open(id, CustomerId.Of("c"), "T", CasePriority.Normal, Channel.Phone, At(d, h));

    // Same day and in one contact; next day after a response; still open.
    private static readonly ServiceCase[] Cases = [Open("a", 23, 9).Resolve(At(23, 11)), Open("b", 23, 15).Respond(At(23, 16)).Resolve(At(24, 10)), Open("c", 23, 9)];

    [Fact]
    public void ResolvedCases_FeedTheFoundationAccumulators()
    {
        Assert.Equal(Ratio.Rate(1, 2), SameDayClosureAccumulator.For(London).AddResolved(Cases).Result);
        Assert.Equal(Ratio.Rate(1, 2), FirstContactResolutionAccumulator.Empty.AddResolved(Cases).Result);
        var ttr = TimeToResolutionAccumulator.Empty.AddResolved(Cases);
        Assert.Equal(2, ttr.Count); // 2 h and 19 h
        Assert.Equal(ClosedCase.Of(At(23, 9), At(23, 11)), ServiceCaseMetrics.ToClosedCase(Cases[0]));
        Assert.Null(ServiceCaseMetrics.ToClosedCase(Cases[2]));
    }
}
