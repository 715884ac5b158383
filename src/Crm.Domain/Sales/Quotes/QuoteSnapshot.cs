using System.Collections.Immutable;
using Crm.Domain.Primitives;
using Crm.Domain.Sales.Pricing;
using NodaTime;

namespace Crm.Domain.Sales.Quotes;

/// <summary>
/// The stored form of a <see cref="Quote"/> (<see cref="Quote.ToSnapshot"/>, <see cref="Quote.FromSnapshot"/>): its
/// state, so a host can read and query the document, and its history, which is the truth the state is rebuilt from.
/// </summary>
/// <param name="SchemaVersion">The snapshot's schema version: 1 for this release.</param>
/// <param name="Version">The quote's <see cref="Quote.Version"/>.</param>
/// <param name="Id">The quote identifier.</param>
/// <param name="OpportunityId">The opportunity it prices.</param>
/// <param name="Currency">The currency of every amount.</param>
/// <param name="Revision">The current revision number (1 for the first draft).</param>
/// <param name="State">Where it stands.</param>
/// <param name="Lines">The current revision's lines.</param>
/// <param name="TaxPercent">The current revision's tax rate in percent points, or null for no tax.</param>
/// <param name="ValidUntil">When the current revision lapses.</param>
/// <param name="Subtotal">The sum of the lines' rounded nets.</param>
/// <param name="Tax">The rounded tax on the subtotal (zero without tax).</param>
/// <param name="Total">Subtotal plus tax.</param>
/// <param name="History">Every event, oldest first, starting with <see cref="QuoteDrafted"/>.</param>
/// <remarks>Record equality compares lists by reference; compare snapshots by their JSON. <see cref="Quote.FromSnapshot"/>
/// refuses a snapshot whose state disagrees with its history. Immutable and thread-safe.</remarks>
public sealed record QuoteSnapshot(
    int SchemaVersion,
    int Version,
    string Id,
    string OpportunityId,
    Currency Currency,
    int Revision,
    QuoteState State,
    ImmutableArray<LineItem> Lines,
    decimal? TaxPercent,
    Instant ValidUntil,
    Money Subtotal,
    Money Tax,
    Money Total,
    ImmutableArray<QuoteEvent> History);
