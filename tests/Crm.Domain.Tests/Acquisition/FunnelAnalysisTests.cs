using Crm.Domain.Acquisition;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Tests.Acquisition;

public class FunnelAnalysisTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 1, 1, 0, 0);
    private static Instant Day(int d) => T0 + Duration.FromDays(d);

    // A: referral, won in 4 steps of 1, 2, 3, 4 days (10 days to win).
    // B: referral, suspect → enquiry after 2 days, lost from enquiry after 4 more.
    // C: enquiry source, starts at Enquiry, qualified after 6 days, still open.
    private static readonly Lead[] Leads =
    [
        Lead.Create("A", LeadSource.Referral, Day(0), strategies: [AcquisitionStrategy.FocusedApproach]).Advance(Day(1)).Advance(Day(3)).Advance(Day(6)).Advance(Day(10)),
        Lead.Create("B", LeadSource.Referral, Day(0), strategies: [AcquisitionStrategy.FocusedApproach, AcquisitionStrategy.WinWinPlatform]).Advance(Day(2)).Lose(LossReason.Price, Day(6)),
        Lead.Create("C", LeadSource.Enquiry, Day(0), initialStage: FunnelStage.Enquiry, strategies: [AcquisitionStrategy.WinWinPlatform]).Advance(Day(6)),
    ];

    [Fact]
    public void Analyze_HandComputedFunnel()
    {
        var r = FunnelAnalysis.Analyze(Leads, Day(30), new Dictionary<LeadSource, Money> { [LeadSource.Referral] = Money.Of(900m, "EUR") });
        Assert.Equal(3, r.Leads);
        var suspect = r.Stages[0];
        Assert.Equal((2L, 2L, 0L), (suspect.Entered, suspect.Advanced, suspect.Lost));
        Assert.Equal(Duration.FromDays(1.5), suspect.MeanTimeInStage); // A 1 d, B 2 d
        var enquiry = r.Stages[1];
        Assert.Equal((3L, 2L, 1L), (enquiry.Entered, enquiry.Advanced, enquiry.Lost)); // A, C advance; B lost
        Assert.Equal(Ratio.Rate(2, 3), enquiry.Conversion);
        Assert.Equal(Duration.FromDays(4), enquiry.MeanTimeInStage); // A 2, B 4, C 6
        Assert.Equal(Ratio.Rate(1, 1), r.Stages[3].Conversion);
        Assert.Equal(Ratio.Rate(1, 3), r.WinRate);
        Assert.Equal(Duration.FromDays(10), r.MeanTimeToWin);
        Assert.Equal(1d, r.WinsPerThirtyDays!.Value, 10);
        var referral = r.Sources.Single(s => s.Source == LeadSource.Referral);
        Assert.Equal(Ratio.Rate(1, 2), referral.WinRate);
        Assert.Equal(Money.Of(900m, "EUR"), referral.CostPerAcquisition);
        Assert.Null(r.Sources.Single(s => s.Source == LeadSource.Enquiry).CostPerAcquisition);
    }

    [Fact]
    public void Analyze_AsOfBeforeLaterChanges_ReplaysThePast()
    {
        var r = FunnelAnalysis.Analyze(Leads, Day(5));
        Assert.Equal(Ratio.Rate(0, 3), r.WinRate);
        Assert.Equal(0, r.Stages[1].Lost);
    }

    [Fact]
    public void ByStrategy_CutsByTag()
    {
        var cuts = FunnelAnalysis.ByStrategy(Leads, Day(30));
        Assert.Equal(2, cuts[AcquisitionStrategy.FocusedApproach].Leads);
        Assert.Equal(Ratio.Rate(1, 2), cuts[AcquisitionStrategy.FocusedApproach].WinRate);
        Assert.Equal(Ratio.Rate(0, 2), cuts[AcquisitionStrategy.WinWinPlatform].WinRate);
    }
}
