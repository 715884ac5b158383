using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Crm.Domain.Acquisition;
using Crm.Domain.Campaigns;
using Crm.Domain.Customers;
using Crm.Domain.Processes;
using Crm.Domain.Sales;
using Crm.Domain.Service;

namespace Crm.Domain.Benchmarks.Processes;

/// <summary>
/// Replaying 1,000,000 events into aggregates (<c>FromHistory</c>: every event validated against the state, as a
/// command would be), in two shapes: many short histories (100,000 aggregates of 10 events) and few long ones
/// (1,000 aggregates of 1,000 events, where a history that copies itself per event costs O(n²)).
/// </summary>
/// <remarks>
/// The baseline is the naive history store this library used before: an <see cref="ImmutableArray{T}"/> copied on
/// every append, with only the time-order check and none of the domain's work. <c>FromHistory</c> does all of that
/// work, so beating the baseline means the log, not less checking, made the difference.
/// </remarks>
[MemoryDiagnoser]
public class ReplayBenchmarks
{
    public const int TotalEvents = 1_000_000;

    private IProcessEvent[][] _histories = [];

    /// <summary>The aggregate replayed.</summary>
    [Params(ProcessKind.Lead, ProcessKind.ServiceCase, ProcessKind.Campaign, ProcessKind.SalesJournal, ProcessKind.Customer)]
    public ProcessKind Kind { get; set; }

    /// <summary>Events per aggregate (the number of aggregates is 1,000,000 / this).</summary>
    [Params(10, 1_000)]
    public int EventsPerAggregate { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var count = TotalEvents / EventsPerAggregate;
        _histories = new IProcessEvent[count][];
        for (var i = 0; i < count; i++)
        {
            _histories[i] = Kind switch
            {
                ProcessKind.Lead => [.. ProcessFixtures.Lead(i, EventsPerAggregate).History],
                ProcessKind.ServiceCase => [.. ProcessFixtures.ServiceCase(i, EventsPerAggregate).History],
                ProcessKind.Campaign => [.. ProcessFixtures.Campaign(i, EventsPerAggregate, customers: 50).History],
                ProcessKind.SalesJournal => [.. ProcessFixtures.SalesJournal(i, EventsPerAggregate).History],
                _ => [.. ProcessFixtures.Customer(i, EventsPerAggregate).History],
            };
        }
    }

    /// <summary>The old way's history cost alone: copy the array on each append, check time order.</summary>
    [Benchmark(Baseline = true)]
    public long NaiveCopyOnAppend()
    {
        long total = 0;
        foreach (var events in _histories)
        {
            var history = ImmutableArray<IProcessEvent>.Empty;
            foreach (var e in events)
            {
                if (!history.IsEmpty && e.At < history[^1].At)
                {
                    throw new InvalidOperationException("out of order");
                }

                history = history.Add(e);
            }

            total += history.Length;
        }

        return total;
    }

    /// <summary>The library's replay: each aggregate rebuilt from its events, every event checked.</summary>
    [Benchmark]
    public long FromHistory()
    {
        long total = 0;
        foreach (var events in _histories)
        {
            total += Kind switch
            {
                ProcessKind.Lead => Lead.FromHistory(events.Cast<LeadEvent>()).Version,
                ProcessKind.ServiceCase => ServiceCase.FromHistory(events.Cast<CaseEvent>()).Version,
                ProcessKind.Campaign => Campaign.FromHistory(events.Cast<CampaignEvent>()).Version,
                ProcessKind.SalesJournal => SalesJournal.FromHistory(events.Cast<SalesJournalEvent>()).Version,
                _ => Customer.FromHistory(events.Cast<CustomerEvent>(), DataAccessPolicy.Standard).Version,
            };
        }

        return total;
    }
}
