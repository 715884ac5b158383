using Crm.Samples.ServiceDesk.Endpoints;
using Crm.Samples.ServiceDesk.Http;
using Crm.Samples.ServiceDesk.Storage;
using Microsoft.AspNetCore.Authentication;
using NodaTime;

namespace Crm.Samples.ServiceDesk;

/// <summary>
/// Composes the service: JSON (CrmJson's resolver, strict), problem details, the development authentication scheme,
/// the database (SQLite file or PostgreSQL, migrated at start-up), the clock (<see cref="NodaTime.SystemClock"/>; tests
/// replace <see cref="IClock"/>), OpenAPI at <c>/openapi/v1.json</c>, and the endpoints.
/// </summary>
public static class DeskApp
{
    /// <summary>Builds the app and migrates its database (call <c>Run</c> or <c>StartAsync</c> next).</summary>
    public static async Task<WebApplication> BuildAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var services = builder.Services;
        services.ConfigureHttpJsonOptions(o => DeskJson.Configure(o.SerializerOptions));
        // Unreadable bodies throw (BadHttpRequestException) so the exception handler answers them as problem details.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<DeskProblems>();
        services.AddAuthentication(DevAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, DevAuthentication>(DevAuthentication.SchemeName, null);
        services.AddAuthorization();
        services.AddSingleton<IClock>(NodaTime.SystemClock.Instance);
        services.AddSingleton(sp => DeskSla.From(sp.GetRequiredService<IConfiguration>()));
        services.AddOpenApi();
        DeskDatabase.Register(services);
        DeskAnalytics.Register(services);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        CustomerEndpoints.Map(app);
        LeadEndpoints.Map(app);
        CaseEndpoints.Map(app);
        ComplaintEndpoints.Map(app);
        DeskAnalytics.Map(app);
        await DeskDatabase.MigrateAsync(app.Services).ConfigureAwait(false);
        return app;
    }
}
