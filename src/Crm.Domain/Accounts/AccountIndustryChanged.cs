using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>The account's industry changed (<see cref="Account.ChangeIndustry"/>).</summary>
/// <param name="At">When.</param>
/// <param name="Industry">The new industry (not blank, at most <see cref="Account.MaxTextLength"/> characters, white
/// space collapsed); null to clear it. Not the current industry.</param>
public sealed record AccountIndustryChanged(Instant At, [property: NotPersonal("an organisation's registered details, not a person's")] string? Industry) : AccountEvent(At);
