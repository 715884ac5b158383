using Crm.Samples.Cluster.Grains.Wire;

namespace Crm.Samples.Cluster.Grains.CustomerValue;

/// <summary>Summarises one partition of a transaction log (key: <c>job/partition</c>).</summary>
public interface ITransactionPartitionGrain : IGrainWithStringKey
{
    /// <summary>The library's <c>CustomerSummaryBuilderState&lt;string&gt;</c> (CrmJson) of the partition, under the
    /// <c>SummaryOptions</c> given as CrmJson.</summary>
    Task<string> Summarise(TransactionBatch batch, string summaryOptionsJson);
}
