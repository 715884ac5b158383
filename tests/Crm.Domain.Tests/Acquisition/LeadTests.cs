using Crm.Domain.Acquisition;
using Crm.Domain.Primitives;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Acquisition;

public class LeadTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 1, 5, 9, 0);

    private static Lead NewLead(LeadSource source = LeadSource.Referral) =>
        Lead.Create("L-1", source, T0, ProspectAttitude.Knower, [AcquisitionStrategy.FocusedApproach]);

    [Fact]
    public void Advance_WalksTheFunnelToWon()
    {
        var lead = NewLead();
        for (var i = 1; i <= 4; i++)
        {
            lead = lead.Advance(T0 + Duration.FromDays(i));
        }

        Assert.Equal(FunnelStage.Won, lead.Stage);
        Assert.Equal([FunnelStage.Suspect, FunnelStage.Enquiry, FunnelStage.Qualified, FunnelStage.Opportunity, FunnelStage.Won], lead.History.OfType<LeadStageChanged>().Select(h => h.To).Prepend(FunnelStage.Suspect));
        Assert.False(lead.IsOpen);
    }

    [Fact]
    public void SkippingAStage_ThrowsNamingBothStages_AndLeavesLeadUnchanged()
    {
        var lead = NewLead();
        var ex = Assert.Throws<IllegalTransitionException>(() => lead.MoveTo(FunnelStage.Opportunity, T0 + Duration.FromDays(1)));
        Assert.Equal("Suspect", ex.From);
        Assert.Equal("Opportunity", ex.To);
        Assert.Contains("Lead L-1", ex.Message, StringComparison.Ordinal);
        Assert.Equal(FunnelStage.Suspect, lead.Stage);
        Assert.Single(lead.History);
    }

    [Fact]
    public void UnknownStage_Throws()
    {
        var ex = Assert.Throws<IllegalTransitionException>(() => NewLead().MoveTo((FunnelStage)42, T0));
        Assert.Contains("42", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lost_RecordsReason_AndCanBeRecycled()
    {
        var lost = NewLead().Advance(T0 + Duration.FromDays(1)).Lose(LossReason.Price, T0 + Duration.FromDays(2), "too dear");
        Assert.Equal(FunnelStage.Lost, lost.Stage);
        Assert.Equal(LossReason.Price, Assert.IsType<LeadStageChanged>(lost.History[^1]).Reason);
        Assert.Throws<IllegalTransitionException>(() => lost.Advance(T0 + Duration.FromDays(3)));
        var recycled = lost.Recycle(T0 + Duration.FromDays(30));
        Assert.Equal(FunnelStage.Suspect, recycled.Stage);
        Assert.Throws<IllegalTransitionException>(() => recycled.Advance(T0 + Duration.FromDays(31)).Advance(T0 + Duration.FromDays(32)).Advance(T0 + Duration.FromDays(33)).Advance(T0 + Duration.FromDays(34)).Recycle(T0 + Duration.FromDays(35)));
    }

    [Fact]
    public void Transition_BeforeLastChange_Throws()
    {
        var lead = NewLead().Advance(T0 + Duration.FromDays(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => lead.Advance(T0 + Duration.FromDays(1)));
        Assert.Equal(FunnelStage.Enquiry, lead.Stage);
    }

    [Fact]
    public void Create_UnknownSource_Throws() =>
        Assert.Contains("Unknown", Assert.Throws<ArgumentOutOfRangeException>(() => Lead.Create("x", LeadSource.Unknown, T0)).Message, StringComparison.Ordinal);

    [Fact]
    public void LeadSource_HasTheTenAcquisitionInputs() =>
        Assert.Equal(10, Enum.GetValues<LeadSource>().Count(s => s != LeadSource.Unknown));

    public static class Moves
    {
        public static Arbitrary<(FunnelStage To, int Minutes)[]> Arb() =>
            Gen.Elements(Enum.GetValues<FunnelStage>().Append((FunnelStage)9).ToArray())
                .SelectMany(s => Gen.Choose(-60, 600).Select(m => (s, m)))
                .ArrayOf().ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Moves)], MaxTest = 200)]
    public bool History_IsAppendOnlyAndOrdered_AndIllegalMovesChangeNothing((FunnelStage To, int Minutes)[] moves)
    {
        var lead = NewLead();
        var t = T0;
        foreach (var (to, minutes) in moves)
        {
            var before = lead;
            var at = t + Duration.FromMinutes(minutes);
            try
            {
                lead = to == FunnelStage.Lost ? lead.Lose(LossReason.Timing, at) : lead.MoveTo(to, at);
                t = at;
                // Append-only: the old history is a prefix of the new one, one entry longer.
                if (lead.History.Length != before.History.Length + 1 || !before.History.SequenceEqual(lead.History.Take(before.History.Length)))
                {
                    return false;
                }
            }
            catch (Exception ex) when (ex is IllegalTransitionException or ArgumentOutOfRangeException)
            {
                if (!ReferenceEquals(lead, before) || Lead.IsLegal(before.Stage, to) && minutes >= 0)
                {
                    return false;
                }
            }
        }

        var changes = lead.History.Skip(1).Cast<LeadStageChanged>().ToArray();
        return lead.History.Zip(lead.History.Skip(1)).All(p => p.First.At <= p.Second.At)
            && changes.Zip(changes.Skip(1)).All(p => Lead.IsLegal(p.First.To, p.Second.To) && p.Second.From == p.First.To)
            && (changes.Length == 0 || changes[0].From == FunnelStage.Suspect);
    }
}
