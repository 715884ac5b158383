namespace Crm.Domain.Primitives;

/// <summary>
/// The partners of collaborative CRM (CRM-CONCEPTS.md §2): agents, brokers, OEMs, distributors, dealers, resellers,
/// retailers, to whom leads and opportunities can be attributed.
/// </summary>
/// <remarks>Declared in the source's order. <c>default</c> is <see cref="Unknown"/>.</remarks>
public enum PartnerKind
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>An agent.</summary>
    Agent,

    /// <summary>A broker.</summary>
    Broker,

    /// <summary>An original equipment manufacturer.</summary>
    Oem,

    /// <summary>A distributor.</summary>
    Distributor,

    /// <summary>A dealer.</summary>
    Dealer,

    /// <summary>A reseller.</summary>
    Reseller,

    /// <summary>A retailer.</summary>
    Retailer,
}
