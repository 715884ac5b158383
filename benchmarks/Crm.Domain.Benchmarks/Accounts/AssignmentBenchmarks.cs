using Crm.Domain.Primitives;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Crm.Domain.Accounts;
using Crm.Domain.Sales.Assignment;
using Crm.Domain.Specifications;

namespace Crm.Domain.Benchmarks.Accounts;

/// <summary>
/// Territory assignment of 1,000,000 accounts (as a host's account rows: id, country, size band, annual revenue)
/// through three rules: direct (large accounts), capacity (DACH, three reps), round-robin (the rest).
/// <see cref="TerritoryAssigner{T}.AssignAll"/> against a naive baseline that explains every candidate
/// (<see cref="Specification{T}.Evaluate"/> on every rule), picks the capacity rep with LINQ and keeps loads in an
/// immutable dictionary. Per batch.
/// </summary>
[MemoryDiagnoser]
public class AssignmentBenchmarks
{
    private static readonly string[] Countries = ["DE", "AT", "CH", "FR", "GB", "IT", "NL", "ES"];
    private AccountRow[] _rows = [];
    private TerritoryAssigner<AccountRow> _assigner = null!;

    [Params(1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _rows = [.. Enumerable.Range(0, N).Select(i => new AccountRow(AccountId.Of($"A{i}"), Countries[random.Next(Countries.Length)], (SizeBand)random.Next(1, 5)))];
        var large = Spec.Where<AccountRow>("large", r => r.Size == SizeBand.Large);
        var dach = Spec.Where<AccountRow>("DACH", r => r.Country is "DE" or "AT" or "CH");
        _assigner = new TerritoryAssigner<AccountRow>([
            AssignmentRule<AccountRow>.Direct("key accounts", large, "kay"),
            AssignmentRule<AccountRow>.Capacity("DACH", dach, [new("dora", N / 10), new("dirk", N / 10), new("dana", N / 20)]),
            AssignmentRule<AccountRow>.RoundRobin("rest", Spec.All<AccountRow>(), ["rob", "ria", "rex", "roz"]),
        ]);
    }

    [Benchmark]
    public int Assign() => _assigner.AssignAll(_rows).Decisions.Length;

    [Benchmark(Baseline = true)]
    public int NaiveAssign()
    {
        var loads = ImmutableDictionary<string, int>.Empty;
        var turns = new int[_assigner.Rules.Length];
        var assigned = 0;
        foreach (var row in _rows)
        {
            for (var i = 0; i < _assigner.Rules.Length; i++)
            {
                var rule = _assigner.Rules[i];
                if (!rule.Criteria.Evaluate(row).IsSatisfied)
                {
                    continue;
                }

                var who = rule.Kind switch
                {
                    AssignmentRuleKind.RoundRobin => rule.Assignees[turns[i]++ % rule.Assignees.Length],
                    AssignmentRuleKind.Capacity => rule.Assignees.Select((a, k) => (a, Load: loads.GetValueOrDefault(a), Cap: rule.Capacities[k]))
                        .Where(x => x.Load < x.Cap).OrderBy(x => (double)x.Load / x.Cap).Select(x => x.a).FirstOrDefault(),
                    _ => rule.Assignees[0],
                };
                if (who is not null)
                {
                    loads = loads.SetItem(who, loads.GetValueOrDefault(who) + 1);
                    assigned++;
                    break;
                }
            }
        }

        return assigned;
    }

    /// <summary>A host's account row.</summary>
    public sealed record AccountRow(AccountId Id, string Country, SizeBand Size);
}
