using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Specifications;

namespace Crm.Domain.Sales.Assignment;

/// <summary>
/// Territories and assignment: an ordered list of <see cref="AssignmentRule{T}"/>s; each candidate goes to the first
/// rule whose criteria it satisfies (and, for a capacity rule, that has room), explained.
/// </summary>
/// <typeparam name="T">The candidate type (accounts, leads).</typeparam>
/// <remarks>
/// <para>Deterministic: the decisions are a function of the rules, the candidates in their order and the starting
/// loads, nothing else (no clock, no random, no hashing of strings): round-robin turns follow the candidates' order
/// and start at the first assignee; capacity picks the lowest load/capacity ratio, ties to the order given.</para>
/// <para>Immutable and thread-safe when the rules' specifications are pure.</para>
/// </remarks>
public sealed class TerritoryAssigner<T>
{
    /// <summary>Creates an assigner over <paramref name="rules"/>, tried in order.</summary>
    /// <exception cref="ArgumentException">The rules are null, empty, hold a null, or repeat a name.</exception>
    public TerritoryAssigner(IEnumerable<AssignmentRule<T>> rules)
    {
        Guard.Against.Null(rules);
        Rules = [.. rules.Select(r => r ?? throw new ArgumentException("rules: an element is null.", nameof(rules)))];
        if (Rules.IsEmpty || Rules.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count() != Rules.Length)
        {
            throw new ArgumentException($"rules must hold at least one rule, each name once; it had {Rules.Length}.", nameof(rules));
        }
    }

    /// <summary>The rules, in the order tried.</summary>
    public ImmutableArray<AssignmentRule<T>> Rules { get; }

    /// <summary>Assigns <paramref name="candidates"/> in order.</summary>
    /// <param name="candidates">The accounts or leads to assign.</param>
    /// <param name="loads">Each assignee's current load (&gt;= 0) for capacity rules; null for none.</param>
    /// <exception cref="ArgumentException">A candidate is null, or a load negative.</exception>
    public AssignmentBatch AssignAll(IEnumerable<T> candidates, IReadOnlyDictionary<string, int>? loads = null)
    {
        Guard.Against.Null(candidates);
        var load = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (who, n) in loads ?? ImmutableDictionary<string, int>.Empty)
        {
            load[Guard.Against.NullOrWhiteSpace(who, nameof(loads))] = Guard.Against.NegativeValue(n, nameof(loads));
        }

        var turns = new int[Rules.Length];
        var decisions = ImmutableArray.CreateBuilder<AssignmentDecision>(candidates.TryGetNonEnumeratedCount(out var count) ? count : 16);
        foreach (var c in candidates)
        {
            _ = c ?? throw new ArgumentException("candidates: an element is null.", nameof(candidates));
            var d = Decide(c, load, turns);
            if (d.Assignee is { } who)
            {
                load[who] = load.GetValueOrDefault(who) + 1;
            }

            decisions.Add(d);
        }

        return new AssignmentBatch(decisions.DrainToImmutable(), load.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>Why <paramref name="candidate"/> goes where it goes: each rule tried in order, with its criteria's
    /// explanation, up to the first that applies (capacity and turns are not replayed: see the batch's decision).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    public SpecificationResult Explain(T candidate)
    {
        _ = candidate ?? throw new ArgumentNullException(nameof(candidate));
        var parts = new List<SpecificationResult>();
        foreach (var rule in Rules)
        {
            var r = rule.Criteria.Evaluate(candidate);
            parts.Add(SpecificationResult.Composite($"rule {rule.Name} ({rule.Kind}: {string.Join(", ", rule.Assignees)})", r.IsSatisfied, [r]));
            if (r.IsSatisfied)
            {
                return SpecificationResult.Composite("first rule that applies", true, parts);
            }
        }

        return SpecificationResult.Composite("first rule that applies", false, parts);
    }

    private AssignmentDecision Decide(T candidate, Dictionary<string, int> load, int[] turns)
    {
        for (var i = 0; i < Rules.Length; i++)
        {
            var rule = Rules[i];
            if (!rule.Criteria.IsSatisfiedBy(candidate))
            {
                continue;
            }

            var who = rule.Kind switch
            {
                AssignmentRuleKind.RoundRobin => rule.Assignees[turns[i]++ % rule.Assignees.Length],
                AssignmentRuleKind.Capacity => LeastLoaded(rule, load),
                _ => rule.Assignees[0],
            };
            if (who is not null)
            {
                return new AssignmentDecision(i, rule.Name, who, rule.Kind);
            }
        }

        return new AssignmentDecision(-1, null, null, AssignmentRuleKind.Unknown);
    }

    private static string? LeastLoaded(AssignmentRule<T> rule, Dictionary<string, int> load)
    {
        string? best = null;
        long bestLoad = 0, bestCap = 1;
        for (var k = 0; k < rule.Assignees.Length; k++)
        {
            var l = load.GetValueOrDefault(rule.Assignees[k]);
            var cap = rule.Capacities[k];
            // l/cap < bestLoad/bestCap, compared exactly in integers.
            if (l < cap && (best is null || (l * bestCap) < (bestLoad * cap)))
            {
                (best, bestLoad, bestCap) = (rule.Assignees[k], l, cap);
            }
        }

        return best;
    }
}
