namespace Crm.Domain.Service;

/// <summary>The outcome of service recovery after a complaint.</summary>
/// <remarks><c>default</c> is <see cref="Pending"/>.</remarks>
public enum ServiceRecoveryOutcome
{
    /// <summary>Not decided yet.</summary>
    Pending = 0,

    /// <summary>The customer is satisfied and stays (the recovery paradox at its best).</summary>
    Recovered,

    /// <summary>The complaint was settled but the customer is still dissatisfied.</summary>
    PartiallyRecovered,

    /// <summary>The customer is not satisfied.</summary>
    NotRecovered,

    /// <summary>The customer left over it: a service defection.</summary>
    Defected,
}
