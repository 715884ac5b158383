using Crm.Samples.Cluster.Grains.Wire;

namespace Crm.Samples.Cluster.Grains.CustomerValue;

/// <summary>A customer-value job (key: the job id): partitions summarised in parallel grains, the summaries merged,
/// one BG/NBD fit, each customer's score written to its customer grain.</summary>
public interface ICustomerValueJobGrain : IGrainWithStringKey
{
    /// <summary>Runs the job; <paramref name="horizonWeeks"/> is the window of the expected-purchases score.</summary>
    [ResponseTimeout("00:05:00")] // a batch call: minutes on a large log, not the default 30 s of a command
    Task<FitResult> Run(TransactionBatch[] partitions, string summaryOptionsJson, double horizonWeeks);
}
