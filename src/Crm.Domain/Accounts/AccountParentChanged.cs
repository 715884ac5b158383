using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>The account moved in the hierarchy (<see cref="Account.MoveUnder"/>): a new parent, or none.</summary>
/// <param name="At">When.</param>
/// <param name="Parent">The new parent; null to make the account a root. Never the account itself. Cycles and depth
/// are checked by <see cref="AccountHierarchy"/>, which sees the whole tree.</param>
public sealed record AccountParentChanged(Instant At, AccountId? Parent) : AccountEvent(At);
