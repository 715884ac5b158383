namespace Crm.Domain.Idic.Differentiate;

/// <summary>Peppers and Rogers' value tiers of a customer base.</summary>
/// <remarks><c>default</c> is <see cref="Unassigned"/>.</remarks>
public enum ValueTier
{
    /// <summary>Not tiered.</summary>
    Unassigned = 0,

    /// <summary>Most valuable customers: the top share by current value; retain them.</summary>
    MostValuable,

    /// <summary>Most growable customers: the top share by growth (potential − current) among the rest; grow them.</summary>
    MostGrowable,

    /// <summary>Migrators: positive value, neither top current nor top growth; move them up or keep them cheaply.</summary>
    Migrator,

    /// <summary>Below zero: they cost more than they bring; change the economics or let them go.</summary>
    BelowZero,
}
