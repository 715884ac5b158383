using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.CustomerValue.Models.Checks;

/// <summary>
/// P(alive) over one customer's history (the data behind lifetimes' <c>plot_history_alive</c>): at each time t since
/// the first purchase, the probability that the customer is still active given only the purchases up to t.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class AliveHistory
{
    /// <summary>
    /// Writes P(alive | x(t), t_x(t), T = t) for each time in <paramref name="times"/> into <paramref name="destination"/>,
    /// where x(t) counts the repeat purchases at or before t and t_x(t) is the last of them (0 if none).
    /// </summary>
    /// <param name="model">The count model.</param>
    /// <param name="repeatPurchases">Times of the repeat purchases in periods since the first purchase (finite, ≥ 0, ascending).</param>
    /// <param name="times">The times to evaluate at, in periods since the first purchase (finite, ≥ 0).</param>
    /// <param name="destination">Receives one probability per time (same length as <paramref name="times"/>).</param>
    /// <exception cref="ArgumentException">The lengths differ, or the purchases are not ascending.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative or not finite.</exception>
    public static void ProbabilityAlive<TModel>(in TModel model, ReadOnlySpan<double> repeatPurchases, ReadOnlySpan<double> times, Span<double> destination)
        where TModel : struct, ITransactionModel
    {
        Guard.Against.LengthMismatch(destination.Length, times.Length, "time");
        double previous = 0d;
        foreach (double p in repeatPurchases)
        {
            Guard.Against.NegativeValue(p, nameof(repeatPurchases));
            if (p < previous)
            {
                throw new ArgumentException("repeatPurchases must be in ascending order.", nameof(repeatPurchases));
            }

            previous = p;
        }

        foreach (double t in times)
        {
            Guard.Against.NegativeValue(t, nameof(times));
        }

        for (int i = 0; i < times.Length; i++)
        {
            double t = times[i];
            int x = 0;
            double last = 0d;
            while (x < repeatPurchases.Length && repeatPurchases[x] <= t)
            {
                last = repeatPurchases[x];
                x++;
            }

            destination[i] = model.ProbabilityAlive(CustomerSummary.Create(x, x == 0 ? 0d : last, t));
        }
    }
}
