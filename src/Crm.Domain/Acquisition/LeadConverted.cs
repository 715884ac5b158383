using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>A qualified lead was converted into an account, a contact and an opportunity (<see cref="Lead.Convert"/>,
/// usually through <c>LeadConversion.Convert</c>): the lead moves to <see cref="FunnelStage.Opportunity"/> if it
/// was <see cref="FunnelStage.Qualified"/>. A lead is converted at most once.</summary>
/// <param name="At">When.</param>
/// <param name="Account">The account the lead became (new or matched; not <c>default</c>).</param>
/// <param name="Contact">The contact (a customer, new or matched; not <c>default</c>).</param>
/// <param name="OpportunityId">The opportunity opened (not blank).</param>
/// <param name="AccountMatched">True when the account already existed (dedupe matched it).</param>
/// <param name="ContactMatched">True when the contact already existed (dedupe matched them).</param>
public sealed record LeadConverted(Instant At, AccountId Account, CustomerId Contact, string OpportunityId, bool AccountMatched, bool ContactMatched)
    : LeadEvent(At);
