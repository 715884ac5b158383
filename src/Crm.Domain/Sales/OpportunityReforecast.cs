using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>An open opportunity was given a new amount and expected close date (<see cref="Opportunity.Reforecast"/>).</summary>
/// <param name="At">When the forecast changed.</param>
/// <param name="Amount">The new expected amount (&gt;= 0, in the opportunity's currency).</param>
/// <param name="ExpectedClose">The new business date it is expected to close.</param>
public sealed record OpportunityReforecast(Instant At, Money Amount, LocalDate ExpectedClose) : OpportunityEvent(At);
