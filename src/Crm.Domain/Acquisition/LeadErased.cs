using Crm.Domain.Customers;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>The person behind the lead was erased (<see cref="Lead.Erase"/>): every earlier note was replaced by
/// <see cref="Primitives.Redaction.Marker"/>; stages, instants, source, attitude, tags and the conversion stay.</summary>
/// <param name="At">When; not before the previous event.</param>
/// <param name="Actor">Who erased (an employee or process, never the data subject); not <c>default</c>.</param>
/// <remarks>Appears at most once, in a history whose notes are all redacted.</remarks>
public sealed record LeadErased(Instant At, Actor Actor) : LeadEvent(At);
