using System.Text.Json.Serialization;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Sales.Quotes;

/// <summary>
/// One entry of a <see cref="Quote"/>'s append-only history. <see cref="Quote.FromHistory"/> rebuilds the quote from these.
/// </summary>
/// <param name="At">When it happened; never before the previous event's instant.</param>
/// <remarks>
/// <para>JSON: polymorphic through <c>CrmJson</c>, with a <c>"type"</c> discriminator written first:
/// <c>quote.drafted.v1</c>, <c>quote.revised.v1</c>, <c>quote.presented.v1</c>, <c>quote.accepted.v1</c>,
/// <c>quote.rejected.v1</c>, <c>quote.expired.v1</c>. An unknown discriminator is a <see cref="System.Text.Json.JsonException"/>.</para>
/// <para>Records with value equality (lists by reference); immutable and thread-safe.</para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(QuoteDrafted), "quote.drafted.v1")]
[JsonDerivedType(typeof(QuoteRevised), "quote.revised.v1")]
[JsonDerivedType(typeof(QuotePresented), "quote.presented.v1")]
[JsonDerivedType(typeof(QuoteAccepted), "quote.accepted.v1")]
[JsonDerivedType(typeof(QuoteRejected), "quote.rejected.v1")]
[JsonDerivedType(typeof(QuoteExpired), "quote.expired.v1")]
public abstract record QuoteEvent(Instant At) : IProcessEvent;
