using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Service;
using Crm.Domain.Tests.Serialization;
using NodaTime;

namespace Crm.Domain.Tests.Service;

public class ServiceJsonTests
{
    [Fact]
    public void WorkingHours_RoundTrips_AndRejectsEndBeforeStart()
    {
        var h = WorkingHours.Of(IsoDayOfWeek.Friday, new LocalTime(9, 30), LocalTime.Midnight);
        Assert.Equal(h, JsonAssert.RoundTrip(h));
        JsonAssert.Invalid<WorkingHours>("""{"day":"Monday","start":"17:00:00","end":"09:00:00"}""");
        JsonAssert.Invalid<WorkingHours>("""{"day":"Someday","start":"09:00:00","end":"17:00:00"}""");
    }

    [Fact]
    public void SlaTargets_RoundTrips_AndRejectsResolutionShorterThanResponse()
    {
        var t = SlaTargets.Of(Duration.FromHours(4), Duration.FromDays(2));
        Assert.Equal(t, JsonAssert.RoundTrip(t));
        JsonAssert.Invalid<SlaTargets>("""{"firstResponse":"0:04:00:00","resolution":"0:01:00:00"}""");
    }

    [Fact]
    public void CaseEventAndEvaluation_RoundTrip()
    {
        var at = Instant.FromUtc(2026, 11, 23, 10, 0);
        CaseEvent e = new CaseEscalated(at, "VIP");
        Assert.Equal(e, JsonAssert.RoundTrip(e));
        var eval = new SlaEvaluation("C-1", at, new SlaTimer(SlaStatus.Succeeded, Duration.FromHours(1), Duration.FromMinutes(20), false, at),
            new SlaTimer(SlaStatus.InProgress, Duration.FromHours(8), Duration.FromHours(2), true, null));
        Assert.Equal(eval, JsonAssert.RoundTrip(eval));
        Assert.Contains("\"nearingNonCompliance\"", Crm.Domain.Serialization.CrmJson.Serialize(SlaStatus.NearingNonCompliance), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CaseHistory_OfARealCase_RoundTrips()
    {
        var c = ServiceCase.Open("C-9", CustomerId.Of("x"), "T", CasePriority.Urgent, Channel.Chat, Instant.FromUtc(2026, 1, 1, 0, 0))
            .WaitOnCustomer(Instant.FromUtc(2026, 1, 1, 1, 0)).Resolve(Instant.FromUtc(2026, 1, 2, 0, 0));
        foreach (var e in c.History)
        {
            Assert.Equal(e, JsonAssert.RoundTrip(e));
        }
    }
}
