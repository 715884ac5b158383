namespace Crm.Domain.Specifications;

/// <summary>A specification from a pure predicate.</summary>
internal sealed class PredicateSpecification<T>(string name, Func<T, bool> predicate) : Specification<T>(name)
{
    public override bool IsSatisfiedBy(T candidate) => predicate(candidate);
}
