using Crm.Domain.Acquisition;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Crm.Domain.Tests.Arbitraries;

/// <summary>
/// Leads built by random valid command sequences: creation with any source, attitude, tags and open stage, then
/// advances, losses (with a reason or through MoveTo), recycles and tag changes at non-decreasing instants (equal
/// instants included), so won, lost and recycled leads all occur.
/// </summary>
public static class LeadArbitraries
{
    public static readonly Instant T0 = Instant.FromUtc(2026, 1, 5, 9, 0);

    private static readonly FunnelStage[] OpenStages = [FunnelStage.Suspect, FunnelStage.Enquiry, FunnelStage.Qualified, FunnelStage.Opportunity];

    public sealed record Step(int Kind, int Minutes, LossReason Reason, int TagMask, bool WithNote);

    public static Arbitrary<Lead> Leads() => LeadGen().ToArbitrary();

    public static Gen<Lead> LeadGen() =>
        from source in Gen.Elements(Enum.GetValues<LeadSource>().Where(s => s != LeadSource.Unknown).ToArray())
        from attitude in Gen.Elements(Enum.GetValues<ProspectAttitude>())
        from mask in Gen.Choose(0, 127)
        from initial in Gen.Elements(OpenStages)
        from steps in StepGen().ArrayOf()
        select Play(Lead.Create("L-" + mask, source, T0, attitude, Tags(mask), initial), steps);

    public static Gen<Step> StepGen() =>
        from kind in Gen.Choose(0, 5)
        from minutes in Gen.Elements(0, 1, 90, 1440, 10080)
        from reason in Gen.Elements(Enum.GetValues<LossReason>())
        from mask in Gen.Choose(0, 127)
        from note in Gen.Elements(false, true)
        select new Step(kind, minutes, reason, mask, note);

    /// <summary>Applies one valid command per step: the step's kind picks it among those the lead's stage allows.</summary>
    public static Lead Play(Lead lead, IEnumerable<Step> steps)
    {
        var i = 0;
        foreach (var step in steps)
        {
            var at = lead.History[^1].At + Duration.FromMinutes(step.Minutes);
            var note = step.WithNote ? $"note {i++}" : null;
            lead = step.Kind switch
            {
                0 or 1 when lead.IsOpen => lead.Advance(at, note),
                2 when lead.IsOpen => lead.Lose(step.Reason, at, note),
                3 when lead.IsOpen => lead.MoveTo(FunnelStage.Lost, at, note),
                < 4 when lead.Stage == FunnelStage.Lost => lead.Recycle(at, note),
                _ => lead.WithStrategies(Tags(step.TagMask), at),
            };
        }

        return lead;
    }

    /// <summary>The strategies whose bit is set in <paramref name="mask"/>, listed twice in descending order (the
    /// commands must sort and deduplicate them).</summary>
    public static AcquisitionStrategy[] Tags(int mask)
    {
        var tags = Enum.GetValues<AcquisitionStrategy>().Where(s => s != AcquisitionStrategy.Unknown && (mask & (1 << ((int)s - 1))) != 0).Reverse().ToArray();
        return [.. tags, .. tags];
    }
}
