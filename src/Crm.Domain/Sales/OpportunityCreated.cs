using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>An opportunity was opened at <see cref="OpportunityStage.Prospecting"/>: the first event of every
/// opportunity's history, carrying everything <see cref="Opportunity.Open"/> took.</summary>
/// <param name="At">When it was opened.</param>
/// <param name="Id">The opportunity identifier (not blank).</param>
/// <param name="Name">What is being sold (not blank).</param>
/// <param name="Party">The customer or lead (not <c>default</c>).</param>
/// <param name="Owner">The salesperson who owns it (not blank).</param>
/// <param name="Amount">The expected amount (&gt;= 0, not <c>default</c>).</param>
/// <param name="ExpectedClose">The business date it is expected to close.</param>
public sealed record OpportunityCreated(Instant At, string Id, [property: Personal] string Name, SalesParty Party, string Owner, Money Amount, LocalDate ExpectedClose)
    : OpportunityEvent(At)
{
    /// <inheritdoc />
    public override string ToString() => $"{nameof(OpportunityCreated)} {Id} for {Party} at {At}: {Amount}, closing {ExpectedClose}";
}
