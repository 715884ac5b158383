namespace Crm.Domain.Retention;

/// <summary>Why a customer defected, by kind (CRM-CONCEPTS §5e): price, product, service, market, technological, organisational.</summary>
/// <remarks>Derived from the recorded <see cref="ChurnDriver"/> by <see cref="ChurnDrivers.TypeOf"/>. <c>default</c> is <see cref="Unknown"/>.</remarks>
public enum DefectorType
{
    /// <summary>No reason recorded.</summary>
    Unknown = 0,

    /// <summary>Left for a lower price.</summary>
    Price,

    /// <summary>Left for a better product.</summary>
    Product,

    /// <summary>Left because of poor service.</summary>
    Service,

    /// <summary>Left the market (moved, closed, no longer needs the category).</summary>
    Market,

    /// <summary>Moved to another technology or product category.</summary>
    Technological,

    /// <summary>Left for reasons inside the customer's organisation (policy, merger, reciprocal buying).</summary>
    Organisational,
}
