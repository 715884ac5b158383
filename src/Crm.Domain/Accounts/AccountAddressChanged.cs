using Crm.Domain.Customers;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>The account's registered address changed (<see cref="Account.ChangeAddress"/>).</summary>
/// <param name="At">When.</param>
/// <param name="Address">The new address; null to clear it. Not the current address.</param>
public sealed record AccountAddressChanged(Instant At, PostalAddress? Address) : AccountEvent(At)
{
    /// <summary>The event's kind and instant; the address stays out of logs (it may be a sole trader's home).</summary>
    public override string ToString() => $"{nameof(AccountAddressChanged)} at {At}";
}
