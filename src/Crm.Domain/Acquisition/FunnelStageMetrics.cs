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
public sealed record FunnelStageMetrics(FunnelStage Stage, long Entered, long Advanced, long Lost, Ratio Conversion, Duration? MeanTimeInStage);
