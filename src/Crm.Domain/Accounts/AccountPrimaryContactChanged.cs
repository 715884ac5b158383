using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>Another linked contact became the primary contact (<see cref="Account.MakePrimary"/>).</summary>
/// <param name="At">When.</param>
/// <param name="Contact">A linked contact other than the current primary.</param>
public sealed record AccountPrimaryContactChanged(Instant At, CustomerId Contact) : AccountEvent(At);
