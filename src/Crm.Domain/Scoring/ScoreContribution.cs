using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Scoring;

/// <summary>What one rule added to a score: its raw points, its weight, and weight × points.</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Weight">The rule's weight in the model.</param>
/// <param name="Points">The raw points the rule gave the candidate.</param>
/// <param name="Contribution">Weight × points: this rule's share of the total.</param>
[method: JsonConstructor] // a struct also has a parameterless constructor, which would read {} as a nameless row
public readonly record struct ScoreContribution(string Rule, double Weight, double Points, double Contribution)
{
    /// <summary>The rule's weight in the model (finite; checked when built and when read from JSON).</summary>
    public double Weight { get; init => field = Guard.Against.NonFinite(value, nameof(Weight)); } = Guard.Against.NonFinite(Weight);

    /// <summary>The raw points the rule gave the candidate (finite).</summary>
    public double Points { get; init => field = Guard.Against.NonFinite(value, nameof(Points)); } = Guard.Against.NonFinite(Points);

    /// <summary>Weight × points (finite).</summary>
    public double Contribution { get; init => field = Guard.Against.NonFinite(value, nameof(Contribution)); } = Guard.Against.NonFinite(Contribution);

    /// <summary>The rule's name (not null; checked when built and when read from JSON).</summary>
    public string Rule { get; } = Guard.Against.Null(Rule);
}
