using Crm.Domain.CustomerValue.Models.Numerics;

namespace Crm.Domain.CustomerValue.Models.ParetoNbd;

/// <summary>
/// The CLV kernel of the Pareto/NBD: every window of one customer per lane in one pass. P(alive), the model's costly part (a
/// hypergeometric series per customer), comes once from <see cref="ParetoNbdScorer"/>; each window then costs one
/// logarithm and one exponential: E[Y(t) | alive] = (r+x)(β+T)/(α+T) · (1 − ((β+T)/(β+T+t))^(s−1))/(s−1), written
/// with the same operations as the scorer, so every window's expectation is the scoring path's bit for bit.
/// </summary>
internal readonly struct ParetoNbdWindows : IWindowKernel
{
    private readonly ParetoNbdScorer _scorer;
    private readonly double _r;
    private readonly double _alpha;
    private readonly double _beta;
    private readonly double _epsilon;

    /// <summary>A kernel for the given parameters.</summary>
    public ParetoNbdWindows(double r, double alpha, double s, double beta)
    {
        _scorer = new ParetoNbdScorer(r, alpha, s, beta);
        (_r, _alpha, _beta) = (r, alpha, beta);
        _epsilon = s - 1d;
    }

    /// <inheritdoc />
    public (TLane Total, TLane Fine) Discounted<TLane>(TLane x, TLane tx, TLane age, double step, int horizon, double discountFactor)
        where TLane : struct, ILane<TLane>
    {
        var zero = TLane.Create(0d);
        var alive = _scorer.Lanes(x, tx, age, 0d, wantExpected: false).Alive;
        var scale = TLane.Create(_beta) + age;
        var rate = (TLane.Create(_r) + x) / (TLane.Create(_alpha) + age) * scale;
        var total = zero;
        var previous = zero;
        double discount = 1d;
        for (int k = 1; k <= horizon; k++)
        {
            var logBase = -LaneMath.Log1P(TLane.Create(k * step) / scale);
            TLane shape;
            if (_epsilon == 0d)
            {
                shape = -logBase;
            }
            else
            {
                var u = TLane.Create(_epsilon) * logBase;
                shape = -LaneMath.ExpM1(u, TLane.Exp(u)) / TLane.Create(_epsilon);
            }

            var current = TLane.Min(rate * shape, TLane.Create(double.MaxValue)) * alive;
            discount *= discountFactor;
            total += TLane.Max(current - previous, zero) * TLane.Create(discount);
            previous = TLane.Max(previous, current);
        }

        return (total, TLane.Equal(zero, zero));
    }
}
