namespace Crm.Domain.CustomerValue.Models;

/// <summary>
/// A buy-till-you-die model of the number of transactions: what the CLV calculation and scoring need from BG/NBD,
/// Pareto/NBD or MBG/NBD. Time is in the period unit of the summaries the model was fitted on (e.g. weeks).
/// </summary>
/// <remarks>Implementations are immutable readonly structs; all members are thread-safe and allocation-free.</remarks>
public interface ITransactionModel
{
    /// <summary>E[X(t)]: the expected number of transactions of a new customer in the first <paramref name="t"/> periods.</summary>
    /// <param name="t">Window length in periods (finite, ≥ 0).</param>
    double ExpectedTransactionsNewCustomer(double t);

    /// <summary>E[Y(t) | x, t_x, T]: expected transactions in the next <paramref name="t"/> periods after the end of observation.</summary>
    /// <param name="customer">The customer's summary.</param>
    /// <param name="t">Window length in periods (finite, ≥ 0).</param>
    double ExpectedTransactions(in CustomerSummary customer, double t);

    /// <summary>P(X(t) = n): the probability that a new customer makes exactly <paramref name="n"/> transactions in (0, t], in [0, 1].</summary>
    /// <param name="n">The number of transactions (≥ 0).</param>
    /// <param name="t">Window length in periods (finite, ≥ 0).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative or <paramref name="t"/> is negative or not finite.</exception>
    double ProbabilityOfTransactions(int n, double t);

    /// <summary>
    /// Draws one customer summary per age from the model's generative story, reproducibly: the same model, ages and
    /// seed give the same summaries (one <see cref="Random"/> seeded with <paramref name="seed"/>; no shared state).
    /// </summary>
    /// <param name="ages">Each simulated customer's age T in periods (finite, ≥ 0).</param>
    /// <param name="seed">The seed of the draws.</param>
    /// <param name="destination">Receives one summary per age (same length).</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An age is negative or not finite.</exception>
    void Simulate(ReadOnlySpan<double> ages, int seed, Span<CustomerSummary> destination);

    /// <summary>P(alive | x, t_x, T): the probability the customer is still active at the end of observation, in [0, 1].</summary>
    /// <param name="customer">The customer's summary.</param>
    double ProbabilityAlive(in CustomerSummary customer);

    /// <summary>
    /// Writes P(alive) and E[Y(t) | x, t_x, T] of each customer in one allocation-free pass: the scoring hot path. Each
    /// value equals the single-customer member's result bit for bit.
    /// </summary>
    /// <param name="customers">The summaries to score.</param>
    /// <param name="t">Window length in periods (finite, ≥ 0).</param>
    /// <param name="probabilityAlive">Receives P(alive) per customer (same length as <paramref name="customers"/>).</param>
    /// <param name="expectedTransactions">Receives E[Y(t) | history] per customer (same length).</param>
    /// <exception cref="ArgumentException">A destination's length differs from the number of customers.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="t"/> is negative or not finite.</exception>
    void Score(ReadOnlySpan<CustomerSummary> customers, double t, Span<double> probabilityAlive, Span<double> expectedTransactions);
}
