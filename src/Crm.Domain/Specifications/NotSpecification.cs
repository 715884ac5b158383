namespace Crm.Domain.Specifications;

/// <summary>The negation of a rule.</summary>
internal sealed class NotSpecification<T>(Specification<T> inner) : Specification<T>($"NOT {inner.Name}")
{
    public override bool IsSatisfiedBy(T candidate) => !inner.IsSatisfiedBy(candidate);

    public override SpecificationResult Evaluate(T candidate)
    {
        var i = inner.Evaluate(candidate);
        return SpecificationResult.Composite(Name, !i.IsSatisfied, [i]);
    }
}
