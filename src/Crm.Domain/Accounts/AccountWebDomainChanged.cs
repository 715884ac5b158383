using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>The account's web domain changed (<see cref="Account.ChangeWebDomain"/>).</summary>
/// <param name="At">When.</param>
/// <param name="WebDomain">The new domain, normalised (<c>example.com</c>); null to clear it. Not the current domain.</param>
public sealed record AccountWebDomainChanged(Instant At, [property: NotPersonal("an organisation's registered details, not a person's")] string? WebDomain) : AccountEvent(At);
