using System.Runtime.Intrinsics;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>A scoring kernel that scores four customers at once, one per lane; <see cref="LaneBatch"/> drives it.</summary>
internal interface ILaneScorer
{
    /// <summary>P(alive) and E[Y(t) | history] per lane (E is 0 when <paramref name="wantExpected"/> is false).</summary>
    (Vector256<double> Alive, Vector256<double> Expected) Lanes(Vector256<double> x, Vector256<double> tx, Vector256<double> age, double t, bool wantExpected);
}
