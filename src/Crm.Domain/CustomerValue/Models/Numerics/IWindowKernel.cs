namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// A CLV kernel that values one customer per lane (at any width) over every window of a horizon in one pass (one per lane):
/// P(alive) and the per-customer terms once, the expectation at each step boundary from shared pieces.
/// </summary>
internal interface IWindowKernel
{
    /// <summary>
    /// Σₖ max(E[Y(kΔ)] − E[Y((k−1)Δ)], 0) Dᵏ per lane, k = 1 … <paramref name="horizon"/> (with E the running maximum,
    /// as <see cref="Clv.CustomerLifetimeValue"/>'s window-by-window path keeps it), and a mask of the lanes the
    /// kernel answered: a lane outside it (cancellation, a series that did not converge) is the caller's to value
    /// window by window. A lane's value and its mask depend on that lane's inputs only.
    /// </summary>
    /// <typeparam name="TLane">The lane width (<see cref="Lane512"/> or <see cref="Lane256"/>): a lane's value does not depend on it.</typeparam>
    (TLane Total, TLane Fine) Discounted<TLane>(TLane x, TLane tx, TLane age, double step, int horizon, double discountFactor)
        where TLane : struct, ILane<TLane>;
}
