using NodaTime;

namespace Crm.Domain.Sales.Quotes;

/// <summary>The customer accepted the presented revision (<see cref="Quote.Accept"/>).</summary>
/// <param name="At">When it was accepted; before the quote's validity ends.</param>
public sealed record QuoteAccepted(Instant At) : QuoteEvent(At);
