namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// A scoring kernel that scores one customer per lane, at any lane width (<see cref="ILane{TSelf}"/>);
/// <see cref="LaneBatch"/> drives it and chooses the width.
/// </summary>
/// <remarks>
/// A lane's results must depend only on that lane's inputs (never on its neighbours or on the width): then a customer
/// scored alone (as every lane of a vector) and in a batch get the same bits.
/// </remarks>
internal interface ILaneScorer
{
    /// <summary>P(alive) and E[Y(t) | history] per lane (E is 0 when <paramref name="wantExpected"/> is false).</summary>
    (TLane Alive, TLane Expected) Lanes<TLane>(TLane x, TLane tx, TLane age, double t, bool wantExpected)
        where TLane : struct, ILane<TLane>;
}
