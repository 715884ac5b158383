using NodaTime;

namespace Crm.Domain.Sales.Quotes;

/// <summary>The customer declined the presented revision (<see cref="Quote.Reject"/>).</summary>
/// <param name="At">When it was declined.</param>
/// <param name="Reason">Why (not blank, at most <see cref="Quote.MaxReasonLength"/> characters).</param>
public sealed record QuoteRejected(Instant At, string Reason) : QuoteEvent(At);
