namespace Crm.Domain.Sales.Assignment;

/// <summary>How an <see cref="AssignmentRule{T}"/> picks the owner among its assignees.</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused.</remarks>
public enum AssignmentRuleKind
{
    /// <summary>Not set; refused.</summary>
    Unknown = 0,

    /// <summary>Always the one assignee (a named account manager, a team queue).</summary>
    Direct,

    /// <summary>The assignees in turn, in the order the candidates come (the first match goes to the first assignee).</summary>
    RoundRobin,

    /// <summary>The assignee with the lowest load relative to capacity (ties: the order given), skipping the full ones;
    /// when every assignee is full the rule does not apply and the next rule is tried.</summary>
    Capacity,
}
