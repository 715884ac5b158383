namespace Crm.Domain.Charts;

/// <summary>
/// The data of the period-transactions histogram (lifetimes' <c>plot_period_transactions</c>): how many customers made
/// 0, 1, 2, … repeat transactions in the calibration period, actual and as each model expects.
/// </summary>
/// <param name="BucketLabels">The buckets' labels, e.g. "0", "1", …, "7+".</param>
/// <param name="Actual">Customers in each bucket (finite, ≥ 0).</param>
/// <param name="Expected">Each model's expected customers per bucket.</param>
/// <remarks>Equality compares the lists by reference, as records do.</remarks>
public sealed record PeriodTransactionsData(IReadOnlyList<string> BucketLabels, IReadOnlyList<double> Actual, IReadOnlyList<ModelSeries> Expected);
