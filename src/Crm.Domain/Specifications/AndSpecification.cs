namespace Crm.Domain.Specifications;

/// <summary>Both rules; short-circuits in <see cref="IsSatisfiedBy"/>, explains both in <see cref="Evaluate"/>.</summary>
internal sealed class AndSpecification<T>(Specification<T> left, Specification<T> right)
    : Specification<T>($"({left.Name} AND {right.Name})")
{
    public override bool IsSatisfiedBy(T candidate) => left.IsSatisfiedBy(candidate) && right.IsSatisfiedBy(candidate);

    public override SpecificationResult Evaluate(T candidate)
    {
        var l = left.Evaluate(candidate);
        var r = right.Evaluate(candidate);
        return SpecificationResult.Composite(Name, l.IsSatisfied && r.IsSatisfied, [l, r]);
    }
}
