using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Competencies;

/// <summary>
/// The CRM implementation roadmap: initiatives ranked against a gap analysis, grouped into the phases of
/// <see cref="RoadmapPhase"/> and ordered so that every initiative comes after all it depends on.
/// </summary>
/// <remarks>
/// <para>Planning rule: an initiative runs in its own phase, or in the latest phase of its dependencies if that is
/// later (it is then <see cref="RoadmapItem.Deferred"/>). The execution order is the topological order that, among
/// the initiatives whose dependencies are done, always takes the earliest scheduled phase, then the best rank. So
/// phases come in roadmap order, every dependency is respected, and the order is deterministic.</para>
/// <para>Equality is by reference. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Roadmap
{
    private Roadmap(GapAnalysis gaps, InitiativeRanking ranking, ImmutableArray<RankedInitiative> ranked, ImmutableArray<RoadmapItem> items)
    {
        Gaps = gaps;
        Ranking = ranking;
        Ranked = ranked;
        Items = items;
    }

    /// <summary>The gap analysis the roadmap closes.</summary>
    public GapAnalysis Gaps { get; }

    /// <summary>The ranking formula used.</summary>
    public InitiativeRanking Ranking { get; }

    /// <summary>The initiatives by rank (highest priority first).</summary>
    public ImmutableArray<RankedInitiative> Ranked { get; }

    /// <summary>The initiatives in execution order.</summary>
    public ImmutableArray<RoadmapItem> Items { get; }

    /// <summary>The phases that hold at least one initiative, in roadmap order.</summary>
    public ImmutableArray<RoadmapPhase> Phases => [.. Items.Select(i => i.ScheduledPhase).Distinct().Order()];

    /// <summary>The initiatives scheduled in <paramref name="phase"/>, in execution order.</summary>
    public ImmutableArray<RoadmapItem> InPhase(RoadmapPhase phase) => [.. Items.Where(i => i.ScheduledPhase == phase)];

    /// <summary>The items whose initiative serves <paramref name="objective"/> (<see cref="Initiative.Objectives"/>), in execution order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> is <see cref="Primitives.CrmObjective.Unknown"/> or undefined.</exception>
    public ImmutableArray<RoadmapItem> Serving(Primitives.CrmObjective objective)
    {
        Guard.Against.UndefinedEnum(objective);
        return [.. Items.Where(i => i.Initiative.Objectives.Contains(objective))];
    }

    /// <summary>The items whose initiative works on <paramref name="element"/> of the 4 Ps (<see cref="Initiative.MarketingMix"/>), in execution order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="element"/> is <see cref="Primitives.MarketingMixElement.Unknown"/> or undefined.</exception>
    public ImmutableArray<RoadmapItem> WorkingOn(Primitives.MarketingMixElement element)
    {
        Guard.Against.UndefinedEnum(element);
        return [.. Items.Where(i => i.Initiative.MarketingMix.Contains(element))];
    }

    /// <summary>Plans a roadmap.</summary>
    /// <param name="gaps">The gaps to close.</param>
    /// <param name="initiatives">The initiatives (unique ids; dependencies among them).</param>
    /// <param name="ranking">The ranking formula; <see cref="InitiativeRanking.Default"/> when null.</param>
    /// <exception cref="ArgumentException">A duplicate id, a criterion the framework lacks, a dependency on an
    /// initiative not in the list (named).</exception>
    /// <exception cref="DependencyCycleException">The dependencies form a cycle (named).</exception>
    public static Roadmap Plan(GapAnalysis gaps, IEnumerable<Initiative> initiatives, InitiativeRanking? ranking = null)
    {
        Guard.Against.Null(gaps);
        ranking ??= InitiativeRanking.Default;
        var ranked = ranking.Rank(gaps, initiatives);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ranked.Length; i++)
        {
            index.Add(ranked[i].Initiative.Id, i);
        }

        var dependencies = new int[ranked.Length][];
        for (var i = 0; i < ranked.Length; i++)
        {
            var initiative = ranked[i].Initiative;
            dependencies[i] = [.. initiative.DependsOn.Select(d => index.TryGetValue(d, out var j)
                ? j
                : throw new ArgumentException($"Initiative '{initiative.Id}' depends on '{d}', which is not among the initiatives.", nameof(initiatives)))];
        }

        ThrowOnCycle(ranked, dependencies);
        var phases = SchedulePhases(ranked, dependencies);
        return new Roadmap(gaps, ranking, ranked, Order(ranked, dependencies, phases));
    }

    // Depth-first search in id order; a back edge to a node on the stack closes a cycle, reported from that node.
    private static void ThrowOnCycle(ImmutableArray<RankedInitiative> ranked, int[][] dependencies)
    {
        var state = new byte[ranked.Length]; // 0 new, 1 on the stack, 2 done
        var stack = new List<int>();
        foreach (var start in Enumerable.Range(0, ranked.Length).OrderBy(i => ranked[i].Initiative.Id, StringComparer.Ordinal))
        {
            Visit(start);
        }

        void Visit(int node)
        {
            if (state[node] == 2)
            {
                return;
            }

            if (state[node] == 1)
            {
                var from = stack.IndexOf(node);
                var cycle = stack.Skip(from).Append(node).Select(i => ranked[i].Initiative.Id);
                throw new DependencyCycleException(cycle);
            }

            state[node] = 1;
            stack.Add(node);
            foreach (var dependency in dependencies[node])
            {
                Visit(dependency);
            }

            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
        }
    }

    private static RoadmapPhase[] SchedulePhases(ImmutableArray<RankedInitiative> ranked, int[][] dependencies)
    {
        var phases = new RoadmapPhase[ranked.Length];
        for (var i = 0; i < ranked.Length; i++)
        {
            Schedule(i);
        }

        return phases;

        RoadmapPhase Schedule(int node)
        {
            if (phases[node] != RoadmapPhase.Unknown)
            {
                return phases[node];
            }

            var phase = ranked[node].Initiative.Phase;
            foreach (var dependency in dependencies[node])
            {
                var p = Schedule(dependency);
                phase = p > phase ? p : phase;
            }

            return phases[node] = phase;
        }
    }

    // Kahn's algorithm, always taking the ready initiative with the earliest scheduled phase, then the best rank.
    private static ImmutableArray<RoadmapItem> Order(ImmutableArray<RankedInitiative> ranked, int[][] dependencies, RoadmapPhase[] phases)
    {
        var waitingOn = new int[ranked.Length];
        var dependents = Enumerable.Range(0, ranked.Length).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < ranked.Length; i++)
        {
            waitingOn[i] = dependencies[i].Length;
            foreach (var d in dependencies[i])
            {
                dependents[d].Add(i);
            }
        }

        var ready = new PriorityQueue<int, (RoadmapPhase Phase, int Rank)>();
        for (var i = 0; i < ranked.Length; i++)
        {
            if (waitingOn[i] == 0)
            {
                ready.Enqueue(i, (phases[i], ranked[i].Rank));
            }
        }

        var items = ImmutableArray.CreateBuilder<RoadmapItem>(ranked.Length);
        while (ready.TryDequeue(out var next, out _))
        {
            items.Add(new RoadmapItem(items.Count + 1, ranked[next], phases[next]));
            foreach (var dependent in dependents[next])
            {
                if (--waitingOn[dependent] == 0)
                {
                    ready.Enqueue(dependent, (phases[dependent], ranked[dependent].Rank));
                }
            }
        }

        return items.MoveToImmutable();
    }
}
