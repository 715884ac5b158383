using System.Collections.Immutable;
using Crm.Domain.Primitives;
using Crm.Domain.Sales.Pricing;
using NodaTime;

namespace Crm.Domain.Sales.Quotes;

/// <summary>A quote was drafted as revision 1: the first event of every quote's history (<see cref="Quote.Draft"/>).</summary>
/// <param name="At">When it was drafted.</param>
/// <param name="Id">The quote identifier.</param>
/// <param name="OpportunityId">The opportunity it prices.</param>
/// <param name="Currency">The currency of every line and total.</param>
/// <param name="Lines">The priced lines (unique ids, in <paramref name="Currency"/>).</param>
/// <param name="TaxPercent">The tax rate in percent points (0–100), or null for a quote without tax.</param>
/// <param name="ValidUntil">The instant the offer lapses (after <paramref name="At"/>).</param>
public sealed record QuoteDrafted(Instant At, string Id, string OpportunityId, Currency Currency, ImmutableArray<LineItem> Lines, decimal? TaxPercent, Instant ValidUntil)
    : QuoteEvent(At);
