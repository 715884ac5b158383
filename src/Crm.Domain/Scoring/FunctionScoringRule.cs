namespace Crm.Domain.Scoring;

/// <summary>A scoring rule from a pure function.</summary>
internal sealed class FunctionScoringRule<T>(string name, Func<T, double> points) : ScoringRule<T>(name)
{
    public override double Points(T candidate) => points(candidate);
}
