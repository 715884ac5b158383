using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Serialization;
using Crm.Samples.Cluster.Grains.Wire;

namespace Crm.Samples.Cluster.Grains.CustomerValue;

/// <summary>Builds the partition's customer summaries with the library's builder and returns its state.</summary>
public sealed class TransactionPartitionGrain : Grain, ITransactionPartitionGrain
{
    /// <inheritdoc />
    public Task<string> Summarise(TransactionBatch batch, string summaryOptionsJson)
    {
        var builder = new CustomerSummaryBuilder<string>(CrmJson.Deserialize<SummaryOptions>(summaryOptionsJson));
        builder.AddRange(Transactions.From(batch));
        return Task.FromResult(CrmJson.Serialize(builder.ToState()));
    }
}
