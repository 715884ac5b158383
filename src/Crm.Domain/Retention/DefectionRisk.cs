using System.Collections.Immutable;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Retention;

/// <summary>A customer's defection risk as of an instant: the warnings raised and the evidence behind them.</summary>
/// <param name="Customer">The customer.</param>
/// <param name="AsOf">The instant assessed.</param>
/// <param name="Signals">The warnings raised (none = not at risk).</param>
/// <param name="Silence">Time since the last purchase; null without purchases.</param>
/// <param name="ExpectedGap">The customer's own mean inter-purchase time (or the policy's fallback); null when unknown.</param>
/// <param name="PAlive">The P(alive) given, if any.</param>
/// <param name="SuspectedDrivers">Drivers suspected from recent signals (complaints, price objections), if recorded.</param>
public sealed record DefectionRisk(CustomerId Customer, Instant AsOf, DefectionSignals Signals, Duration? Silence, Duration? ExpectedGap, Probability? PAlive, ImmutableArray<ChurnDriver> SuspectedDrivers)
{
    /// <summary>True when any warning was raised.</summary>
    public bool IsAtRisk => Signals != DefectionSignals.None;
}
