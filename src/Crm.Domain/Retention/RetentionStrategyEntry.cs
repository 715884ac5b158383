using System.Collections.Immutable;

namespace Crm.Domain.Retention;

/// <summary>One strategy of the catalogue with the defector types and churn drivers it answers.</summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="Description">What it means in practice.</param>
/// <param name="Answers">The defector types it answers.</param>
/// <param name="Drivers">The churn drivers it addresses most directly.</param>
public sealed record RetentionStrategyEntry(RetentionStrategy Strategy, string Description, ImmutableArray<DefectorType> Answers, ImmutableArray<ChurnDriver> Drivers);
