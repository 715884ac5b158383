using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Specifications;

namespace Crm.Domain.Scoring;

/// <summary>
/// One factor of a score: a named function from a candidate to points (a lead's company size, a customer's days
/// since last order, a criterion's maturity). Points must be finite; a <see cref="ScoringModel{T}"/> weights and sums
/// them and reports each one's contribution.
/// </summary>
/// <remarks>Implementations must be immutable and side-effect free (thread-safe). Derive a named class for a rule
/// worth a name, or use the factories <see cref="Create"/> and <see cref="When(string, Specification{T}, double)"/>.</remarks>
/// <typeparam name="T">The type of candidate.</typeparam>
public abstract class ScoringRule<T>
{
    /// <summary>Creates a rule with a name used in score breakdowns.</summary>
    protected ScoringRule(string name) => Name = Guard.Against.NullOrWhiteSpace(name);

    /// <summary>The rule's name, as shown in breakdowns.</summary>
    public string Name { get; }

    /// <summary>The points <paramref name="candidate"/> earns under this rule (finite).</summary>
    public abstract double Points(T candidate);

    /// <summary>A rule from a pure function.</summary>
    public static ScoringRule<T> Create(string name, Func<T, double> points) =>
        new FunctionScoringRule<T>(name, Guard.Against.Null(points));

    /// <summary>A rule worth <paramref name="points"/> when <paramref name="specification"/> is satisfied, else 0.</summary>
    public static ScoringRule<T> When(string name, Specification<T> specification, double points)
    {
        Guard.Against.Null(specification);
        Guard.Against.NonFinite(points);
        return new FunctionScoringRule<T>(name, c => specification.IsSatisfiedBy(c) ? points : 0d);
    }

    /// <summary>A rule worth <paramref name="points"/> when <paramref name="predicate"/> holds, else 0.</summary>
    public static ScoringRule<T> When(string name, Func<T, bool> predicate, double points) =>
        When(name, Spec.Where(name, Guard.Against.Null(predicate)), points);

    /// <inheritdoc />
    public override string ToString() => Name;
}
