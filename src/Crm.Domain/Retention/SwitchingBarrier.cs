using NodaTime;
using Crm.Domain.Primitives;

namespace Crm.Domain.Retention;

/// <summary>A switching barrier on a customer relationship: its kind, its strength and when it lapses.</summary>
/// <param name="Kind">The kind of barrier.</param>
/// <param name="Strength">How strongly it holds the customer (0 = not at all, 1 = cannot leave).</param>
/// <param name="ExpiresOn">The last date it holds (a contract end), or null if open-ended.</param>
public readonly record struct SwitchingBarrier(SwitchingBarrierKind Kind, Probability Strength, LocalDate? ExpiresOn = null)
{
    /// <summary>True if the barrier holds on <paramref name="date"/>.</summary>
    public bool HoldsOn(LocalDate date) => ExpiresOn is not { } e || date <= e;
}
