namespace Crm.Domain.Retention;

/// <summary>A kind of switching barrier that keeps a customer from leaving.</summary>
/// <remarks><c>default</c> is <see cref="Contractual"/>.</remarks>
public enum SwitchingBarrierKind
{
    /// <summary>A contract term or notice period.</summary>
    Contractual = 0,

    /// <summary>Exit fees or lost discounts.</summary>
    Financial,

    /// <summary>Setup, migration or re-qualification effort.</summary>
    Procedural,

    /// <summary>Personal relationships with our staff.</summary>
    Relational,

    /// <summary>Know-how the customer built up on our offer.</summary>
    Learning,

    /// <summary>Accrued loyalty rewards they would lose.</summary>
    LoyaltyReward,

    /// <summary>Technical integration with the customer's systems.</summary>
    Integration,
}
