namespace Crm.Domain.Sales.Assignment;

/// <summary>Where a candidate went: the first rule that applied and the assignee it picked, or no rule.</summary>
/// <param name="RuleIndex">The index of the rule in <see cref="TerritoryAssigner{T}.Rules"/>; −1 when none applied.</param>
/// <param name="Rule">The rule's name; null when none applied.</param>
/// <param name="Assignee">The owner or team; null when none applied.</param>
/// <param name="Kind">The rule's kind; <see cref="AssignmentRuleKind.Unknown"/> when none applied.</param>
/// <remarks>A result row (the explanation of the rules tried is <see cref="TerritoryAssigner{T}.Explain"/>). Immutable and thread-safe.</remarks>
public readonly record struct AssignmentDecision(int RuleIndex, string? Rule, string? Assignee, AssignmentRuleKind Kind)
{
    /// <summary>True when a rule applied.</summary>
    public bool IsAssigned => Assignee is not null;

    /// <inheritdoc />
    public override string ToString() => IsAssigned ? $"{Assignee} by {Rule} ({Kind})" : "unassigned";
}
