using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>A contact was unlinked from the account (<see cref="Account.UnlinkContact"/>). The primary contact can
/// only be unlinked when it is the last contact: name another primary first.</summary>
/// <param name="At">When.</param>
/// <param name="Contact">The linked contact's customer identifier.</param>
public sealed record AccountContactUnlinked(Instant At, CustomerId Contact) : AccountEvent(At);
