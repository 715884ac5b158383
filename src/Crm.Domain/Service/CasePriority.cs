namespace Crm.Domain.Service;

/// <summary>The priority of a service case, lowest first; an <see cref="SlaPolicy"/> sets targets per priority.</summary>
/// <remarks><c>default</c> is <see cref="Low"/>.</remarks>
public enum CasePriority
{
    /// <summary>Low: no business impact.</summary>
    Low = 0,

    /// <summary>Normal.</summary>
    Normal,

    /// <summary>High: the customer's business is impaired.</summary>
    High,

    /// <summary>Urgent: the customer's business is stopped.</summary>
    Urgent,
}
