using Crm.Domain.Customers;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>The person's data was erased from the opportunity (<see cref="Opportunity.Erase"/>): its name (free text
/// that may name the person) became <see cref="Primitives.Redaction.Marker"/>; the party's identifier, the owner, the
/// amounts, the lines, the stages and the instants stay, so pipeline figures stay right.</summary>
/// <param name="At">When; not before the previous event.</param>
/// <param name="Actor">Who erased; not <c>default</c>.</param>
/// <remarks>Appears at most once, in a history whose name is redacted.</remarks>
public sealed record OpportunityErased(Instant At, Actor Actor) : OpportunityEvent(At);
