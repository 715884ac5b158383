using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Specifications;

namespace Crm.Domain.Sales.Assignment;

/// <summary>
/// A territory or assignment rule: the candidates it covers (a <see cref="Specification{T}"/> over accounts or leads)
/// and whom they go to (an owner or a team: an assignee is any non-blank name).
/// </summary>
/// <typeparam name="T">The candidate type (<see cref="Accounts.Account"/>, <see cref="Acquisition.Lead"/>, a host's view).</typeparam>
/// <remarks>Immutable and thread-safe when its specification is (specifications must be pure).</remarks>
public sealed class AssignmentRule<T>
{
    private AssignmentRule(string name, Specification<T> criteria, AssignmentRuleKind kind, ImmutableArray<string> assignees, ImmutableArray<int> capacities)
    {
        Name = name;
        Criteria = criteria;
        Kind = kind;
        Assignees = assignees;
        Capacities = capacities;
    }

    /// <summary>The rule's name, as shown in explanations.</summary>
    public string Name { get; }

    /// <summary>The candidates the rule covers.</summary>
    public Specification<T> Criteria { get; }

    /// <summary>How the assignee is picked.</summary>
    public AssignmentRuleKind Kind { get; }

    /// <summary>The assignees, distinct, in the order given (one for <see cref="AssignmentRuleKind.Direct"/>).</summary>
    public ImmutableArray<string> Assignees { get; }

    /// <summary>For <see cref="AssignmentRuleKind.Capacity"/>, each assignee's capacity (&gt; 0), aligned with
    /// <see cref="Assignees"/>; empty for the other kinds.</summary>
    public ImmutableArray<int> Capacities { get; }

    /// <summary>Everything <paramref name="criteria"/> covers goes to <paramref name="assignee"/>.</summary>
    /// <exception cref="ArgumentException">A name is blank, or <paramref name="criteria"/> null.</exception>
    public static AssignmentRule<T> Direct(string name, Specification<T> criteria, string assignee) =>
        new(Guard.Against.NullOrWhiteSpace(name), Guard.Against.Null(criteria), AssignmentRuleKind.Direct, [Guard.Against.NullOrWhiteSpace(assignee)], []);

    /// <summary>What <paramref name="criteria"/> covers goes to <paramref name="assignees"/> in turn.</summary>
    /// <exception cref="ArgumentException">A name is blank or repeated, there is no assignee, or <paramref name="criteria"/> null.</exception>
    public static AssignmentRule<T> RoundRobin(string name, Specification<T> criteria, IEnumerable<string> assignees) =>
        new(Guard.Against.NullOrWhiteSpace(name), Guard.Against.Null(criteria), AssignmentRuleKind.RoundRobin, Names(assignees, nameof(assignees)), []);

    /// <summary>What <paramref name="criteria"/> covers goes to the least loaded assignee with room.</summary>
    /// <param name="name">The rule's name.</param>
    /// <param name="criteria">The candidates covered.</param>
    /// <param name="capacities">Each assignee and their capacity (&gt; 0), in tie-break order.</param>
    /// <exception cref="ArgumentException">A name is blank or repeated, a capacity is not positive, there is no assignee, or <paramref name="criteria"/> null.</exception>
    public static AssignmentRule<T> Capacity(string name, Specification<T> criteria, IEnumerable<KeyValuePair<string, int>> capacities)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(criteria);
        Guard.Against.Null(capacities);
        var list = capacities.ToList();
        return new(name, criteria, AssignmentRuleKind.Capacity, Names(list.Select(kv => kv.Key), nameof(capacities)),
            [.. list.Select(kv => Guard.Against.NotStrictlyPositive(kv.Value, nameof(capacities)))]);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Criteria.Name} -> {Kind} {string.Join(", ", Assignees)}";

    private static ImmutableArray<string> Names(IEnumerable<string> names, string parameter)
    {
        Guard.Against.Null(names, parameter);
        var list = names.Select(n => string.IsNullOrWhiteSpace(n) ? throw new ArgumentException($"{parameter}: an assignee name is blank.", parameter) : n).ToImmutableArray();
        if (list.IsEmpty || list.Distinct(StringComparer.Ordinal).Count() != list.Length)
        {
            throw new ArgumentException($"{parameter} must name at least one assignee, each once; it had {list.Length} names.", parameter);
        }

        return list;
    }
}
