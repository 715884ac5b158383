using Crm.Samples.Cluster.Grains.Wire;

namespace Crm.Samples.Cluster.Grains.CustomerValue;

/// <summary>Summarises one partition of a transaction log (key: <c>job/partition</c>).</summary>
public interface ITransactionPartitionGrain : IGrainWithStringKey
{
    /// <summary>The library's <c>CustomerSummaryBuilderState&lt;string&gt;</c> (CrmJson) of the partition, under the
    /// <c>SummaryOptions</c> given as CrmJson.</summary>
    [ResponseTimeout("00:05:00")] // a batch call: minutes on a large log, not the default 30 s of a command
    Task<string> Summarise(TransactionBatch batch, string summaryOptionsJson);
}
