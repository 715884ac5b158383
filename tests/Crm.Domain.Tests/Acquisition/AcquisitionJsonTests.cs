using Crm.Domain.Acquisition;
using Crm.Domain.Primitives;
using Crm.Domain.Tests.Serialization;
using NodaTime;

namespace Crm.Domain.Tests.Acquisition;

public class AcquisitionJsonTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 1, 1, 0, 0);

    [Fact]
    public void LeadStageChangedAndBehaviour_RoundTrip()
    {
        var s = new LeadStageChanged(FunnelStage.Opportunity, FunnelStage.Lost, T0, LossReason.Competitor, "went with X");
        Assert.Equal(s, JsonAssert.RoundTrip(s));
        var b = new LeadBehaviour(LeadBehaviourKind.DemoRequested, T0);
        Assert.Equal(b, JsonAssert.RoundTrip(b));
        Assert.Contains("\"lost\"", Crm.Domain.Serialization.CrmJson.Serialize(s), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Thresholds_RoundTrip_AndRejectNegative()
    {
        var t = LeadTemperatureThresholds.Of(30, 60);
        Assert.Equal(t, JsonAssert.RoundTrip(t));
        JsonAssert.Invalid<LeadTemperatureThresholds>("""{"warm":-1,"hot":60}""");
        JsonAssert.Invalid<LeadTemperatureThresholds>("""{"warm":70,"hot":60}""");
    }

    [Fact]
    public void FunnelReport_RoundTrips()
    {
        Lead[] leads =
        [
            Lead.Create("A", LeadSource.Referral, T0).Advance(T0 + Duration.FromDays(1)).Advance(T0 + Duration.FromDays(2)).Advance(T0 + Duration.FromDays(3)).Advance(T0 + Duration.FromDays(4)),
            Lead.Create("B", LeadSource.Suspect, T0).Lose(LossReason.NoBudget, T0 + Duration.FromDays(1)),
        ];
        var report = FunnelAnalysis.Analyze(leads, T0 + Duration.FromDays(10), new Dictionary<LeadSource, Money> { [LeadSource.Referral] = Money.Of(100m, "EUR") });
        var copy = JsonAssert.RoundTrip(report);
        Assert.Equal(report.WinRate, copy.WinRate);
        Assert.Equal(report.Stages.ToArray(), copy.Stages.ToArray());
        Assert.Equal(report.Sources.ToArray(), copy.Sources.ToArray());
    }
}
