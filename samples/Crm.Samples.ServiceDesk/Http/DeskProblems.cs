using System.Text.Json;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Samples.ServiceDesk.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Samples.ServiceDesk.Http;

/// <summary>
/// Maps exceptions to RFC 9457 problem details: bad input (<see cref="ArgumentException"/>, with the parameter name in
/// <c>parameter</c>), invalid JSON and unreadable requests → 400; <see cref="AccessDeniedException"/> → 403;
/// <see cref="NotFoundException"/> → 404; <see cref="IllegalTransitionException"/> → 409 (with <c>process</c>,
/// <c>from</c>, <c>to</c>); <see cref="VersionConflictException"/> → 409 with <c>currentVersion</c> (the endpoints'
/// filter in <see cref="DeskGroups"/> answers these itself, adding the current <c>ETag</c>); anything else → 500 without details. Every one of them was raised before anything was stored,
/// or rolled the transaction back.
/// </summary>
public sealed class DeskProblems(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var problem = Map(exception);
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception })
            .ConfigureAwait(false);
    }

    /// <summary>The problem for <paramref name="exception"/>; null for an unexpected one (the default 500 handler).</summary>
    public static ProblemDetails? Map(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        switch (exception)
        {
            case VersionConflictException c:
                return Problem(StatusCodes.Status409Conflict, "Version conflict", c.Message,
                    ("currentVersion", c.CurrentVersion), ("expectedVersion", c.ExpectedVersion));
            case IllegalTransitionException t:
                return Problem(StatusCodes.Status409Conflict, "Illegal transition", t.Message, ("process", t.Process), ("from", t.From), ("to", t.To));
            case AccessDeniedException d:
                return Problem(StatusCodes.Status403Forbidden, "Access denied", d.Refusal?.Reason ?? d.Message);
            case NotFoundException n:
                return Problem(StatusCodes.Status404NotFound, "Not found", n.Message);
            case ArgumentException a:
                return Problem(StatusCodes.Status400BadRequest, "Invalid argument", a.Message, ("parameter", a.ParamName));
            case JsonException j:
                return Problem(StatusCodes.Status400BadRequest, "Invalid JSON", j.Message, ("path", j.Path));
            case BadHttpRequestException b:
                // The JSON error under it says what was wrong and where.
                var inner = b.InnerException is JsonException ij ? ij : null;
                return Problem(b.StatusCode, "Bad request", inner?.Message ?? b.Message, ("path", inner?.Path));
            default:
                return null;
        }
    }

    private static ProblemDetails Problem(int status, string title, string detail, params (string Name, object? Value)[] extensions)
    {
        var p = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (name, value) in extensions)
        {
            if (value is not null)
            {
                p.Extensions[name] = value;
            }
        }

        return p;
    }
}
