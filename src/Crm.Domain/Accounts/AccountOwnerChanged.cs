using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>The account changed owner (<see cref="Account.AssignOwner"/>).</summary>
/// <param name="At">When.</param>
/// <param name="Owner">The new owner (not blank, not the current owner).</param>
public sealed record AccountOwnerChanged(Instant At, string Owner) : AccountEvent(At);
