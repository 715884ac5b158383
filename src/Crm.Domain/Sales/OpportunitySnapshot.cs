using System.Collections.Immutable;
using Crm.Domain.Primitives;
using Crm.Domain.Sales.Pricing;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>
/// The stored form of an <see cref="Opportunity"/> (<see cref="Opportunity.ToSnapshot"/>,
/// <see cref="Opportunity.FromSnapshot"/>): its state, so a host can read and query the document, and its history,
/// which is the truth the state is rebuilt from. A plain record that round-trips through <c>CrmJson</c>.
/// </summary>
/// <param name="SchemaVersion">The snapshot's schema version: 1 for this release.</param>
/// <param name="Version">The opportunity's <see cref="Opportunity.Version"/> (the number of events in <paramref name="History"/>).</param>
/// <param name="Id">The opportunity identifier.</param>
/// <param name="Name">What is being sold.</param>
/// <param name="Party">The customer or lead.</param>
/// <param name="Owner">The salesperson who owns it.</param>
/// <param name="Amount">The current expected amount.</param>
/// <param name="ExpectedClose">The current expected close date.</param>
/// <param name="CreatedAt">When it was opened.</param>
/// <param name="Stage">The current stage.</param>
/// <param name="History">Every event, oldest first, starting with <see cref="OpportunityCreated"/>.</param>
/// <remarks>Record equality compares the history by reference; compare snapshots by their JSON.
/// <see cref="Opportunity.FromSnapshot"/> refuses a snapshot whose state disagrees with its history. Immutable and
/// thread-safe.</remarks>
public sealed record OpportunitySnapshot(
    int SchemaVersion,
    int Version,
    string Id,
    [property: Personal] string Name,
    SalesParty Party,
    string Owner,
    Money Amount,
    LocalDate ExpectedClose,
    Instant CreatedAt,
    OpportunityStage Stage,
    ImmutableArray<OpportunityEvent> History)
{
    private readonly ImmutableArray<LineItem> _lineItems;

    /// <summary>The current line items, in the order added (added after schema version 1 shipped: a snapshot
    /// written without them, or with <c>default</c>, reads back as empty).</summary>
    public ImmutableArray<LineItem> LineItems
    {
        get => _lineItems.IsDefault ? [] : _lineItems;
        init => _lineItems = value;
    }

    /// <inheritdoc />
    public override string ToString() => $"{nameof(OpportunitySnapshot)} {Id} ({Party}), version {Version}: {Amount} at {Stage}";
}
