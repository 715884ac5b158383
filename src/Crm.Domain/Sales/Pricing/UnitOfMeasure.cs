namespace Crm.Domain.Sales.Pricing;

/// <summary>The unit a product is sold and priced in; quantities are counted in it.</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused.</remarks>
public enum UnitOfMeasure
{
    /// <summary>Not set; refused.</summary>
    Unknown = 0,

    /// <summary>A piece, a seat, a licence: one countable item.</summary>
    Each,

    /// <summary>An hour of service.</summary>
    Hour,

    /// <summary>A day of service.</summary>
    Day,

    /// <summary>A month of a subscription.</summary>
    Month,

    /// <summary>A year of a subscription.</summary>
    Year,

    /// <summary>A kilogram.</summary>
    Kilogram,

    /// <summary>A metre.</summary>
    Metre,
}
