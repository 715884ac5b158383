namespace Crm.Domain.Charts;

/// <summary>
/// A value for each (frequency, recency) pair, e.g. the expected transactions in the next period or P(alive) of a
/// customer with that history (lifetimes' <c>plot_frequency_recency_matrix</c> and <c>plot_probability_alive_matrix</c>).
/// </summary>
/// <param name="Values">Values[i, j] belongs to <paramref name="Frequencies"/>[i] and <paramref name="Recencies"/>[j];
/// finite, or NaN for an impossible pair (drawn empty).</param>
/// <param name="Frequencies">The rows' repeat-transaction counts, ascending (drawn bottom to top).</param>
/// <param name="Recencies">The columns' recencies (time of the last repeat transaction), ascending (left to right).</param>
/// <param name="PeriodName">The period in which recency is measured, for the axis title, e.g. "week".</param>
/// <remarks>Equality compares the arrays by reference, as records do.</remarks>
public sealed record CustomerMatrix(double[,] Values, IReadOnlyList<double> Frequencies, IReadOnlyList<double> Recencies, string PeriodName = "week");
