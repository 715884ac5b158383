using Ardalis.GuardClauses;

namespace Crm.Domain.Specifications;

/// <summary>
/// A named business rule over <typeparamref name="T"/> that can say whether a candidate satisfies it and why:
/// segments, campaign audiences, retention triggers and offer eligibility are all specifications.
/// </summary>
/// <remarks>
/// <para>Derive a named <c>*Spec</c> class for a rule worth a name, or build one from a predicate with
/// <see cref="Spec.Where{T}(string, Func{T, bool})"/>. Compose with <see cref="And"/>, <see cref="Or"/>,
/// <see cref="Not"/> (also <c>&amp;</c>, <c>|</c>, <c>!</c>); <see cref="Evaluate"/> returns the whole tree of
/// outcomes, which is the explanation.</para>
/// <para>Implementations must be immutable and side-effect free, so that a specification is thread-safe and can be
/// evaluated any number of times.</para>
/// </remarks>
/// <typeparam name="T">The type of candidate.</typeparam>
public abstract class Specification<T>
{
    /// <summary>Creates a specification with a name used in explanations.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    protected Specification(string name) => Name = Guard.Against.NullOrWhiteSpace(name);

    /// <summary>The rule's name, as shown in explanations.</summary>
    public string Name { get; }

    /// <summary>True when <paramref name="candidate"/> satisfies the rule. The fast path: no explanation is built.</summary>
    public abstract bool IsSatisfiedBy(T candidate);

    /// <summary>Evaluates the rule and explains the outcome, including every sub-rule's outcome.</summary>
    public virtual SpecificationResult Evaluate(T candidate) => SpecificationResult.Leaf(Name, IsSatisfiedBy(candidate));

    /// <summary>Both this rule and <paramref name="other"/>.</summary>
    public Specification<T> And(Specification<T> other) => new AndSpecification<T>(this, Guard.Against.Null(other));

    /// <summary>This rule or <paramref name="other"/> (or both).</summary>
    public Specification<T> Or(Specification<T> other) => new OrSpecification<T>(this, Guard.Against.Null(other));

    /// <summary>The negation of this rule.</summary>
    public Specification<T> Not() => new NotSpecification<T>(this);

    /// <summary>Filters <paramref name="candidates"/> to those that satisfy the rule, lazily and in order.</summary>
    public IEnumerable<T> Filter(IEnumerable<T> candidates)
    {
        Guard.Against.Null(candidates);
        return candidates.Where(IsSatisfiedBy);
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Both rules (see <see cref="And"/>).</summary>
    public static Specification<T> operator &(Specification<T> left, Specification<T> right) => Guard.Against.Null(left).And(right);

    /// <summary>Either rule (see <see cref="Or"/>).</summary>
    public static Specification<T> operator |(Specification<T> left, Specification<T> right) => Guard.Against.Null(left).Or(right);

    /// <summary>The negation (see <see cref="Not"/>).</summary>
    public static Specification<T> operator !(Specification<T> specification) => Guard.Against.Null(specification).Not();
}
