namespace Crm.Domain.Specifications;

/// <summary>Either rule; short-circuits in <see cref="IsSatisfiedBy"/>, explains both in <see cref="Evaluate"/>.</summary>
internal sealed class OrSpecification<T>(Specification<T> left, Specification<T> right)
    : Specification<T>($"({left.Name} OR {right.Name})")
{
    public override bool IsSatisfiedBy(T candidate) => left.IsSatisfiedBy(candidate) || right.IsSatisfiedBy(candidate);

    public override SpecificationResult Evaluate(T candidate)
    {
        var l = left.Evaluate(candidate);
        var r = right.Evaluate(candidate);
        return SpecificationResult.Composite(Name, l.IsSatisfied || r.IsSatisfied, [l, r]);
    }
}
