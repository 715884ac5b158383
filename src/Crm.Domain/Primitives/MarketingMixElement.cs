namespace Crm.Domain.Primitives;

/// <summary>The 4 Ps of the marketing mix (CRM-CONCEPTS.md §8): price, product, place, promotion; a planning
/// reference for roadmap items and scorecard KPIs.</summary>
/// <remarks>Declared in the source's order. <c>default</c> is <see cref="Unknown"/>.</remarks>
public enum MarketingMixElement
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>Price.</summary>
    Price,

    /// <summary>Product.</summary>
    Product,

    /// <summary>Place (distribution).</summary>
    Place,

    /// <summary>Promotion.</summary>
    Promotion,
}
