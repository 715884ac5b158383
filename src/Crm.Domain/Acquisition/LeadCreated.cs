using System.Collections.Immutable;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>A lead was created: the first event of every lead's history, carrying everything <see cref="Lead.Create"/> took.</summary>
/// <param name="At">When the lead was created.</param>
/// <param name="Id">The lead's identifier (not blank).</param>
/// <param name="Source">Where the lead came from (one of the ten inputs, never <see cref="LeadSource.Unknown"/>).</param>
/// <param name="Attitude">The prospect's attitude (a defined member; <see cref="ProspectAttitude.Unknown"/> allowed).</param>
/// <param name="Strategies">The strategy tags: defined, not <see cref="AcquisitionStrategy.Unknown"/>, distinct and in ascending order.</param>
/// <param name="Stage">The initial stage, an open one (<see cref="FunnelStage.Suspect"/> to <see cref="FunnelStage.Opportunity"/>).</param>
/// <remarks>Equality compares <paramref name="Strategies"/> element by element.</remarks>
public sealed record LeadCreated(Instant At, string Id, LeadSource Source, ProspectAttitude Attitude, ImmutableArray<AcquisitionStrategy> Strategies, FunnelStage Stage)
    : LeadEvent(At)
{
    /// <inheritdoc />
    public bool Equals(LeadCreated? other) =>
        other is not null && base.Equals(other) && Id == other.Id && Source == other.Source && Attitude == other.Attitude
        && Stage == other.Stage && LeadStrategiesChanged.SameTags(Strategies, other.Strategies);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Id, Source, Attitude, Stage, Strategies.IsDefault ? 0 : Strategies.Length);
}
