namespace Crm.Domain.Customers;

/// <summary>
/// The organisational players of CRM (CRM-CONCEPTS.md §2), as the kinds of role an access policy grants and an audit
/// trail records: customer-facing operations, internal collaborative functions, external collaborators (suppliers,
/// vendors, distributors), customer advocates and experience designers, performance managers and marketing analysts,
/// customer and employee surveyors.
/// </summary>
/// <remarks>Declared in the source's order. <c>default</c> is <see cref="Unknown"/>.</remarks>
public enum OrganisationalPlayer
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>Customer-facing operations (sales, service, web self-service).</summary>
    CustomerFacing,

    /// <summary>Internal collaborative functions.</summary>
    InternalFunction,

    /// <summary>External collaborators: suppliers, vendors, distributors.</summary>
    ExternalCollaborator,

    /// <summary>Customer advocates and experience designers.</summary>
    CustomerAdvocate,

    /// <summary>Performance managers and marketing analysts.</summary>
    PerformanceAnalyst,

    /// <summary>Customer and employee surveyors.</summary>
    Surveyor,
}
