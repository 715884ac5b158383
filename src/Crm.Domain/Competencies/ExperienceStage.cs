namespace Crm.Domain.Competencies;

/// <summary>
/// The seven stages of the customer experience lifecycle (CRM-CONCEPTS.md §1a), in lifecycle order. Gartner's
/// "valued customer experience" block has one criterion per stage (<see cref="Criterion.Stage"/>).
/// </summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which no rule treats as a real stage. The numeric values follow
/// the lifecycle, so stages compare in the order a customer meets them.</remarks>
public enum ExperienceStage
{
    /// <summary>Not stated.</summary>
    Unknown = 0,

    /// <summary>Product or service development: customers' needs shape what is built.</summary>
    ProductServiceDevelopment,

    /// <summary>Promotion: how the customer first hears of the offer.</summary>
    Promotion,

    /// <summary>Pricing and purchase: quoting, ordering, buying (store or online).</summary>
    PricingAndPurchase,

    /// <summary>Product experience: using the product or receiving the service.</summary>
    ProductExperience,

    /// <summary>Billing and payment.</summary>
    BillingAndPayment,

    /// <summary>Care: support, after-sales service, complaints, follow-ups.</summary>
    Care,

    /// <summary>Exit: the customer leaves (renewal refused, cancellation, defection) and how that is handled.</summary>
    Exit,
}
