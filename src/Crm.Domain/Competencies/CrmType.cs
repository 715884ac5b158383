namespace Crm.Domain.Competencies;

/// <summary>
/// The four types of CRM (CRM-CONCEPTS.md §2). Every <see cref="Criterion"/> is tagged with the type it serves, so
/// any maturity score can be cut by type (<see cref="MaturityProfile.ByCrmType"/>).
/// </summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused wherever a type is required.</remarks>
public enum CrmType
{
    /// <summary>Not stated; refused by <see cref="Criterion"/>.</summary>
    Unknown = 0,

    /// <summary>Strategic CRM: a customer-centric culture, vision, strategy and leadership.</summary>
    Strategic,

    /// <summary>Operational CRM: the front office and its touchpoints (sales, marketing, service processes).</summary>
    Operational,

    /// <summary>Analytical CRM: the back office (data, mining, behaviour prediction, cross-sell and up-sell, metrics).</summary>
    Analytical,

    /// <summary>Collaborative CRM: two-way dialogue across functions and with partners (agents, dealers, resellers).</summary>
    Collaborative,
}
