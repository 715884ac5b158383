using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Serialization;
using Crm.Samples.Cluster.Grains.Aggregates;
using Crm.Samples.Cluster.Grains.Wire;

namespace Crm.Samples.Cluster.Grains.CustomerValue;

/// <summary>
/// The job: what merges is the summaries (the builders' states, merged with the library's <c>Merge</c>), never the
/// models — a BG/NBD fit is not the merge of per-partition fits, so the one fit runs on the merged summaries.
/// </summary>
public sealed class CustomerValueJobGrain : Grain, ICustomerValueJobGrain
{
    private const int WritesInFlight = 64;

    /// <inheritdoc />
    public async Task<FitResult> Run(TransactionBatch[] partitions, string summaryOptionsJson, double horizonWeeks)
    {
        ArgumentNullException.ThrowIfNull(partitions);
        ArgumentOutOfRangeException.ThrowIfZero(partitions.Length);
        var job = this.GetPrimaryKeyString();
        var states = await Task.WhenAll(partitions.Select((p, i) =>
            GrainFactory.GetGrain<ITransactionPartitionGrain>($"{job}/{i}").Summarise(p, summaryOptionsJson))).ConfigureAwait(true);

        var merged = CustomerSummaryBuilder<string>.FromState(CrmJson.Deserialize<CustomerSummaryBuilderState<string>>(states[0]));
        foreach (var state in states.Skip(1))
        {
            merged.Merge(CustomerSummaryBuilder<string>.FromState(CrmJson.Deserialize<CustomerSummaryBuilderState<string>>(state)));
        }

        var summaries = merged.Build();
        var fit = BgNbdModel.Fit(summaries.Summaries.AsSpan());
        var alive = new double[summaries.Count];
        var expected = new double[summaries.Count];
        fit.Model.Score(summaries.Summaries.AsSpan(), horizonWeeks, alive, expected);

        using var gate = new SemaphoreSlim(WritesInFlight);
        await Task.WhenAll(summaries.Customers.Select(async (customer, i) =>
        {
            await gate.WaitAsync().ConfigureAwait(true);
            try
            {
                await GrainFactory.GetGrain<ICustomerGrain>(customer).SetValueScore(new ValueScore(job, alive[i], expected[i], horizonWeeks)).ConfigureAwait(true);
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(true);

        var m = fit.Model;
        return new FitResult(m.R, m.Alpha, m.A, m.B, fit.LogLikelihood, summaries.Count, summaries.Count, fit.Converged);
    }
}
