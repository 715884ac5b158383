using Crm.Samples.ServiceDesk.Endpoints;
using Crm.Samples.ServiceDesk.Kpis;
using Crm.Samples.ServiceDesk.Marketing;
using Crm.Samples.ServiceDesk.Value;

namespace Crm.Samples.ServiceDesk;

/// <summary>The campaign, KPI and customer-value parts of the desk: their services and endpoints.</summary>
public static class DeskAnalytics
{
    /// <summary>Registers the scoped services (each uses the request's <c>DeskDb</c>).</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddScoped<KpiLedger>();
        services.AddScoped<StoredAudience>();
        services.AddScoped<CustomerValueFits>();
    }

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        CampaignEndpoints.Map(app);
        KpiEndpoints.Map(app);
        ValueEndpoints.Map(app);
    }
}
