using BenchmarkDotNet.Attributes;
using Crm.Domain.Accounts;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Primitives;

namespace Crm.Domain.Benchmarks.Accounts;

/// <summary>
/// NPS rolled up a forest of 100,000 accounts (1,000 groups, up to 5 levels), one NPS accumulator per account:
/// <see cref="AccountHierarchy.RollUp{T}(IReadOnlyDictionary{AccountId, T})"/> (one bottom-up pass, O(n)) against a naive baseline that sums each
/// account's subtree by recursion over a children lookup (O(n × depth)). Building the hierarchy is in the setup.
/// </summary>
[MemoryDiagnoser]
public class HierarchyRollUpBenchmarks
{
    private AccountHierarchy _hierarchy = null!;
    private Dictionary<AccountId, NpsAccumulator> _own = [];
    private ILookup<AccountId, AccountId> _children = null!;
    private AccountId[] _ids = [];

    [Params(100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var depth = new int[N];
        var links = new KeyValuePair<AccountId, AccountId?>[N];
        _ids = [.. Enumerable.Range(0, N).Select(i => AccountId.Of($"A{i}"))];
        for (var i = 0; i < N; i++)
        {
            var parent = i < 1_000 ? -1 : random.Next(i);
            parent = parent >= 0 && depth[parent] >= 4 ? -1 : parent;
            depth[i] = parent < 0 ? 0 : depth[parent] + 1;
            links[i] = new(_ids[i], parent < 0 ? null : _ids[parent]);
        }

        _hierarchy = AccountHierarchy.FromLinks(links);
        _own = _ids.ToDictionary(id => id, id => NpsAccumulator.Empty.AddRange([NpsRating.Of(random.Next(11)), NpsRating.Of(random.Next(11))]));
        _children = links.Where(l => l.Value is not null).ToLookup(l => l.Value!.Value, l => l.Key);
    }

    [Benchmark]
    public int RollUp() => _hierarchy.RollUp<NpsAccumulator>(_own).Count;

    [Benchmark(Baseline = true)]
    public int NaiveRollUp()
    {
        var result = new Dictionary<AccountId, NpsAccumulator>(N);
        foreach (var id in _ids)
        {
            result[id] = Subtree(id);
        }

        return result.Count;
    }

    private NpsAccumulator Subtree(AccountId id) =>
        _children[id].Aggregate(_own[id], (acc, child) => acc + Subtree(child));
}
