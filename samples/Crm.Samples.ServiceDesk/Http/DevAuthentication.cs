using System.Security.Claims;
using System.Text.Encodings.Web;
using Crm.Domain.Customers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Crm.Samples.ServiceDesk.Http;

/// <summary>
/// A DEVELOPMENT authentication scheme: the caller states who they are in two headers, <c>X-Crm-User</c> (a user id,
/// 1–128 characters) and <c>X-Crm-Role</c> (a role of the data-access policy: admin, system, auditor, sales, service,
/// finance, marketing). No headers: anonymous (the endpoints answer 401). A malformed user or role: authentication
/// fails (401). Replace it with your real scheme (JWT bearer, cookies…) that puts the same two claims on the user;
/// nothing else in the desk changes.
/// </summary>
public sealed class DevAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "CrmDev";

    /// <summary>The header naming the user.</summary>
    public const string UserHeader = "X-Crm-User";

    /// <summary>The header naming the role.</summary>
    public const string RoleHeader = "X-Crm-Role";

    /// <summary>The actor of an authenticated request (its user id and role claims).</summary>
    /// <exception cref="InvalidOperationException">The user is not authenticated by this scheme (the endpoint forgot <c>RequireAuthorization</c>).</exception>
    public static Actor ActorOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = user.FindFirstValue(ClaimTypes.Role);
        return id is null || role is null
            ? throw new InvalidOperationException("The request has no authenticated actor.")
            : Actor.Of(id, role);
    }

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var user = Request.Headers[UserHeader].ToString();
        var role = Request.Headers[RoleHeader].ToString();
        if (user.Length == 0 && role.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        Actor actor;
        try
        {
            actor = Actor.Of(user, role);
        }
        catch (ArgumentException ex)
        {
            return Task.FromResult(AuthenticateResult.Fail($"{UserHeader}/{RoleHeader}: {ex.Message}"));
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, actor.UserId), new Claim(ClaimTypes.Role, actor.Role.Name)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
