using Crm.Domain.Acquisition;
using Crm.Domain.Campaigns;
using Crm.Domain.Customers;
using Crm.Domain.Service;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>The aggregate kinds the desk stores (immutable configuration).</summary>
public static class AggregateKinds
{
    /// <summary>The data-access policy every stored customer enforces (configuration, not customer data).</summary>
    public static DataAccessPolicy CustomerPolicy { get; } = DataAccessPolicy.Standard;

    /// <summary>Customers: personal data, role-checked, erasable.</summary>
    public static AggregateKind<Customer, CustomerEvent, CustomerSnapshot> Customer { get; } = new()
    {
        Name = "customer",
        IdOf = c => c.Id.Value,
        ToSnapshot = c => c.ToSnapshot(),
        FromSnapshot = s => Crm.Domain.Customers.Customer.FromSnapshot(s, CustomerPolicy),
    };

    /// <summary>Leads in the acquisition funnel.</summary>
    public static AggregateKind<Lead, LeadEvent, LeadSnapshot> Lead { get; } = new()
    {
        Name = "lead",
        IdOf = l => l.Id,
        ToSnapshot = l => l.ToSnapshot(),
        FromSnapshot = Crm.Domain.Acquisition.Lead.FromSnapshot,
    };

    /// <summary>Service cases.</summary>
    public static AggregateKind<ServiceCase, CaseEvent, ServiceCaseSnapshot> Case { get; } = new()
    {
        Name = "case",
        IdOf = c => c.Id,
        ToSnapshot = c => c.ToSnapshot(),
        FromSnapshot = ServiceCase.FromSnapshot,
    };

    /// <summary>Complaints (keyed by the id of the case that handles them; the complaint carries its own copy of the case's events).</summary>
    public static AggregateKind<Complaint, ComplaintEvent, ComplaintSnapshot> Complaint { get; } = new()
    {
        Name = "complaint",
        IdOf = c => c.Case.Id,
        ToSnapshot = c => c.ToSnapshot(),
        FromSnapshot = Crm.Domain.Service.Complaint.FromSnapshot,
    };

    /// <summary>Campaigns (audience, offers, costs, responses).</summary>
    public static AggregateKind<Campaign, CampaignEvent, CampaignSnapshot> Campaign { get; } = new()
    {
        Name = "campaign",
        IdOf = c => c.Id,
        ToSnapshot = c => c.ToSnapshot(),
        FromSnapshot = Crm.Domain.Campaigns.Campaign.FromSnapshot,
    };
}
