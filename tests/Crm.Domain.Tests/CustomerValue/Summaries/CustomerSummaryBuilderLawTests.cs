using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Metrics;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Summaries;

/// <summary>The summary builder under the accumulators' shared laws (issue 11, item 3): it merges across workers, so
/// it keeps the same state contract and laws as every accumulator, through <see cref="AccumulatorLaws.HoldForBuilder"/>.</summary>
[AccumulatorLawsFor(typeof(CustomerSummaryBuilder<>))]
public class CustomerSummaryBuilderLawTests
{
    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 100)]
    public bool Builder_HoldsTheAccumulatorLaws(TransactionLogCase log)
    {
        // Three parts of a shuffled log: customers and days spread over all of them, so merges really overlap.
        var lines = log.Shuffled().ToArray();
        var third = lines.Length / 3;
        return AccumulatorLaws.HoldForBuilder<CustomerSummaryBuilder<int>, CustomerTransaction<int>, CustomerSummaryBuilderState<int>>(
            () => new CustomerSummaryBuilder<int>(log.Options),
            lines[..third],
            lines[third..(2 * third)],
            lines[(2 * third)..],
            (builder, t) => builder.Add(t),
            (builder, ts) => builder.AddRange(ts.AsSpan()),
            (builder, ts) => builder.AddRange(ts),
            builder => builder.TransactionCount,
            CustomerSummaryBuilder<int>.Combine,
            Canonical);
    }

    /// <summary>The state's JSON with its customers in key order (the builder keeps them in hash order): equal
    /// builders, equal text.</summary>
    private static string Canonical(CustomerSummaryBuilder<int> builder)
    {
        var state = builder.ToState();
        return CrmJson.Serialize(state with { Customers = [.. state.Customers.OrderBy(e => e.Customer)] });
    }
}
