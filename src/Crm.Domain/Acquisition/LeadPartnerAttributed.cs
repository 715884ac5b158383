using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>A lead was attributed to a collaborative-CRM partner (<see cref="Lead.AttributeTo"/>): the agent, broker,
/// dealer... who brought or works it. A later attribution replaces an earlier one (<see cref="Lead.Partner"/>).</summary>
/// <param name="At">When.</param>
/// <param name="PartnerId">The partner's identifier in the host system (not blank, at most 128 characters).</param>
/// <param name="Kind">The kind of partner (a defined member other than <see cref="PartnerKind.Unknown"/>).</param>
public sealed record LeadPartnerAttributed(Instant At, string PartnerId, PartnerKind Kind) : LeadEvent(At);
