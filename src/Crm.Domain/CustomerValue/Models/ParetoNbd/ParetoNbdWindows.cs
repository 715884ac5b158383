using System.Runtime.Intrinsics;
using Crm.Domain.CustomerValue.Models.Numerics;

namespace Crm.Domain.CustomerValue.Models.ParetoNbd;

/// <summary>
/// The CLV kernel of the Pareto/NBD: every window of four customers in one pass. P(alive), the model's costly part (a
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
    public (Vector256<double> Total, Vector256<double> Fine) Discounted(Vector256<double> x, Vector256<double> tx, Vector256<double> age, double step, int horizon, double discountFactor)
    {
        var zero = Vector256<double>.Zero;
        var alive = _scorer.Lanes(x, tx, age, 0d, wantExpected: false).Alive;
        var scale = Vector256.Create(_beta) + age;
        var rate = (Vector256.Create(_r) + x) / (Vector256.Create(_alpha) + age) * scale;
        var total = zero;
        var previous = zero;
        double discount = 1d;
        for (int k = 1; k <= horizon; k++)
        {
            var logBase = -LaneMath.Log1P(Vector256.Create(k * step) / scale);
            Vector256<double> shape;
            if (_epsilon == 0d)
            {
                shape = -logBase;
            }
            else
            {
                var u = Vector256.Create(_epsilon) * logBase;
                shape = -LaneMath.ExpM1(u, LaneMath.Exp(u)) / Vector256.Create(_epsilon);
            }

            var current = Vector256.Min(rate * shape, Vector256.Create(double.MaxValue)) * alive;
            discount *= discountFactor;
            total += Vector256.Max(current - previous, zero) * Vector256.Create(discount);
            previous = Vector256.Max(previous, current);
        }

        return (total, Vector256<double>.AllBitsSet);
    }
}
