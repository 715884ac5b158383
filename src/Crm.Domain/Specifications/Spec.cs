using Ardalis.GuardClauses;

namespace Crm.Domain.Specifications;

/// <summary>Factories for specifications built from predicates, and the constants.</summary>
public static class Spec
{
    /// <summary>A named specification from a predicate. The predicate must be pure (no side effects).</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public static Specification<T> Where<T>(string name, Func<T, bool> predicate) =>
        new PredicateSpecification<T>(name, Guard.Against.Null(predicate));

    /// <summary>A specification every candidate satisfies (the identity of <c>And</c>).</summary>
    public static Specification<T> All<T>() => new PredicateSpecification<T>("all", static _ => true);

    /// <summary>A specification no candidate satisfies (the identity of <c>Or</c>).</summary>
    public static Specification<T> None<T>() => new PredicateSpecification<T>("none", static _ => false);

    /// <summary>All of the specifications (true for an empty list).</summary>
    public static Specification<T> AllOf<T>(params Specification<T>[] specifications)
    {
        Guard.Against.Null(specifications);
        return specifications.Length == 0 ? All<T>() : specifications.Aggregate((a, b) => a.And(b));
    }

    /// <summary>Any of the specifications (false for an empty list).</summary>
    public static Specification<T> AnyOf<T>(params Specification<T>[] specifications)
    {
        Guard.Against.Null(specifications);
        return specifications.Length == 0 ? None<T>() : specifications.Aggregate((a, b) => a.Or(b));
    }
}
