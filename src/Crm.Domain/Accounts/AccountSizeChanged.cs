using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>The account's size band changed (<see cref="Account.ChangeSize"/>).</summary>
/// <param name="At">When.</param>
/// <param name="Size">The new band: defined (<see cref="SizeBand.Unknown"/> allowed, to clear it), not the current band.</param>
public sealed record AccountSizeChanged(Instant At, SizeBand Size) : AccountEvent(At);
