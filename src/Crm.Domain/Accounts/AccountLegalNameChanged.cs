using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>The account's registered name changed (<see cref="Account.Rename"/>), e.g. after a change of legal form.</summary>
/// <param name="At">When.</param>
/// <param name="LegalName">The new name: not blank, at most <see cref="Account.MaxTextLength"/> characters, white space
/// collapsed, not the current name.</param>
public sealed record AccountLegalNameChanged(Instant At, [property: NotPersonal("an organisation's registered details, not a person's")] string LegalName) : AccountEvent(At)
{
    /// <summary>The event's kind and instant; the name stays out of logs (a sole trader's name is a person's).</summary>
    public override string ToString() => $"{nameof(AccountLegalNameChanged)} at {At}";
}
