namespace Crm.Domain.Sales.Pricing;

/// <summary>How a <see cref="Discount"/> is expressed.</summary>
/// <remarks><c>default</c> is <see cref="None"/>.</remarks>
public enum DiscountKind
{
    /// <summary>No discount.</summary>
    None = 0,

    /// <summary>A share of the gross line amount, in percent points (0–100).</summary>
    Percentage,

    /// <summary>A fixed amount off the line, in the line's currency.</summary>
    Amount,
}
