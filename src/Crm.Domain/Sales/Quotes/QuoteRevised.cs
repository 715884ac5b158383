using System.Collections.Immutable;
using Crm.Domain.Sales.Pricing;
using NodaTime;

namespace Crm.Domain.Sales.Quotes;

/// <summary>A new revision of a draft or presented quote replaced the previous one, which is superseded
/// (<see cref="Quote.Revise"/>); the quote is a draft again.</summary>
/// <param name="At">When it was revised.</param>
/// <param name="Revision">The new revision number: the previous one plus 1.</param>
/// <param name="Lines">The revision's lines (unique ids, in the quote's currency).</param>
/// <param name="TaxPercent">The tax rate in percent points (0–100), or null for no tax.</param>
/// <param name="ValidUntil">The instant the revised offer lapses (after <paramref name="At"/>).</param>
public sealed record QuoteRevised(Instant At, int Revision, ImmutableArray<LineItem> Lines, decimal? TaxPercent, Instant ValidUntil) : QuoteEvent(At);
