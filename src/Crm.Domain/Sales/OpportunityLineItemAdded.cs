using Crm.Domain.Sales.Pricing;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>A priced line was added to an open opportunity (<see cref="Opportunity.AddLineItem"/>).</summary>
/// <param name="At">When it was added.</param>
/// <param name="Item">The line (its id new to the opportunity, in the opportunity's currency).</param>
public sealed record OpportunityLineItemAdded(Instant At, LineItem Item) : OpportunityEvent(At);
