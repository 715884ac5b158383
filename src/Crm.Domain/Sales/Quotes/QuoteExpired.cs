using NodaTime;

namespace Crm.Domain.Sales.Quotes;

/// <summary>The quote's validity ran out before an answer (<see cref="Quote.Expire"/>).</summary>
/// <param name="At">When the expiry was recorded; at or after the quote's validity end.</param>
public sealed record QuoteExpired(Instant At) : QuoteEvent(At);
