using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>How leads moved through one open stage of the funnel.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Entered">Visits to the stage (a recycled lead can visit a stage again).</param>
/// <param name="Advanced">Visits that moved on to the next stage.</param>
/// <param name="Lost">Visits that ended lost.</param>
/// <param name="Conversion">Advanced over entered.</param>
/// <param name="MeanTimeInStage">Mean duration of visits that have ended; null when none has.</param>
/// <remarks>The counts are checked when built (and when read from JSON): each is &gt;= 0.</remarks>
public sealed record FunnelStageMetrics(FunnelStage Stage, long Entered, long Advanced, long Lost, Ratio Conversion, Duration? MeanTimeInStage)
{
    /// <summary>Visits to the stage; &gt;= 0.</summary>
    public long Entered { get; } = Guard.Against.NegativeValue(Entered);

    /// <summary>Visits that moved on to the next stage; &gt;= 0.</summary>
    public long Advanced { get; } = Guard.Against.NegativeValue(Advanced);

    /// <summary>Visits that ended lost; &gt;= 0.</summary>
    public long Lost { get; } = Guard.Against.NegativeValue(Lost);
}
