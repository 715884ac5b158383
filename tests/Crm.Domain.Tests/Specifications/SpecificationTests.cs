using Crm.Domain.Specifications;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Specifications;

public class SpecificationTests
{
    private static readonly Specification<int> Even = Spec.Where<int>("even", x => x % 2 == 0);
    private static readonly Specification<int> Positive = Spec.Where<int>("positive", x => x > 0);

    [Fact]
    public void Evaluate_ExplainsEveryPart()
    {
        var result = (Even & !Positive).Evaluate(4);
        Assert.False(result.IsSatisfied);
        Assert.Equal(["even", "positive"], result.SatisfiedLeaves());
        Assert.Empty(result.FailedLeaves());
        Assert.False(result.Parts[1].IsSatisfied);
        Assert.Contains("[ ] (even AND NOT positive)", result.Explain(), StringComparison.Ordinal);
        Assert.Contains("  [x] even", result.Explain(), StringComparison.Ordinal);
    }

    [Property]
    public bool Composition_FollowsBooleanAlgebra(int x) =>
        (Even & Positive).IsSatisfiedBy(x) == (x % 2 == 0 && x > 0)
        && (Even | Positive).IsSatisfiedBy(x) == (x % 2 == 0 || x > 0)
        && (!Even).IsSatisfiedBy(x) == (x % 2 != 0);

    [Property]
    public bool Evaluate_AgreesWithIsSatisfiedBy(int x)
    {
        var spec = (Even | !Positive) & Spec.AllOf(Positive, Spec.All<int>());
        return spec.Evaluate(x).IsSatisfied == spec.IsSatisfiedBy(x);
    }

    [Fact]
    public void AnyOf_Empty_IsNone() => Assert.False(Spec.AnyOf<int>().IsSatisfiedBy(1));

    [Fact]
    public void Where_BlankName_Throws() => Assert.Throws<ArgumentException>(() => Spec.Where<int>(" ", _ => true));
}
