using Crm.Samples.ServiceDesk.Storage;

namespace Crm.Samples.ServiceDesk.Http;

/// <summary>The route group every aggregate's endpoints share: authenticated, tagged for OpenAPI, version conflicts answered with the current ETag.</summary>
public static class DeskGroups
{
    /// <summary>A group at <paramref name="prefix"/> tagged <paramref name="tag"/>.</summary>
    public static RouteGroupBuilder MapDeskGroup(this IEndpointRouteBuilder app, string prefix, string tag)
    {
        var group = app.MapGroup(prefix).WithTags(tag).RequireAuthorization();
        group.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context).ConfigureAwait(false);
            }
            catch (VersionConflictException conflict)
            {
                // Answered here, not by the exception handler, because that one strips ETag headers from its responses.
                context.HttpContext.Response.Headers.ETag = Versions.ETag(conflict.CurrentVersion);
                return Results.Problem(DeskProblems.Map(conflict)!);
            }
        });
        return group;
    }
}
