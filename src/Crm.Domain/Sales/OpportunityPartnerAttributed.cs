using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>An opportunity was attributed to a collaborative-CRM partner (<see cref="Opportunity.AttributeTo"/>). A
/// later attribution replaces an earlier one (<see cref="Opportunity.Partner"/>).</summary>
/// <param name="At">When.</param>
/// <param name="PartnerId">The partner's identifier in the host system (not blank, at most 128 characters).</param>
/// <param name="Kind">The kind of partner (a defined member other than <see cref="PartnerKind.Unknown"/>).</param>
public sealed record OpportunityPartnerAttributed(Instant At, string PartnerId, PartnerKind Kind) : OpportunityEvent(At);
