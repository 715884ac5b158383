using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>This account was a duplicate and was merged into <paramref name="Survivor"/> (<see cref="AccountMerger"/>):
/// the last event of its history. The account is closed: every later command is refused.</summary>
/// <param name="At">When.</param>
/// <param name="Survivor">The account that absorbed this one (not <c>default</c>, not this account).</param>
public sealed record AccountMergedInto(Instant At, AccountId Survivor) : AccountEvent(At);
