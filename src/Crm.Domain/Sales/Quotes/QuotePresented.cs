using NodaTime;

namespace Crm.Domain.Sales.Quotes;

/// <summary>The current revision was sent to the customer (<see cref="Quote.Present"/>).</summary>
/// <param name="At">When it was presented; before the quote's validity ends.</param>
public sealed record QuotePresented(Instant At) : QuoteEvent(At);
