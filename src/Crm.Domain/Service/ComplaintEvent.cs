using System.Text.Json.Serialization;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>
/// One entry of a <see cref="Complaint"/>'s append-only history: <see cref="ComplaintFiled"/> (first, carrying the
/// case's events so far), <see cref="ComplaintCaseProgressed"/> (the case's events since) and
/// <see cref="ComplaintOutcomeRecorded"/> and <see cref="ComplaintErased"/>. A complaint's history is self-contained: it holds every event of its case, so
/// <see cref="Complaint.FromHistory"/> needs nothing else.
/// </summary>
/// <remarks>JSON: written through <c>CrmJson</c> with a <c>"type"</c> discriminator
/// (<c>"complaint.&lt;pastTense&gt;.v1"</c>) first and <c>"at"</c> second; an unknown discriminator is a <see cref="System.Text.Json.JsonException"/>.
/// Records with structural equality (arrays compared element by element); immutable and thread-safe.</remarks>
/// <param name="At">When it happened. Within a history, instants never go backwards.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ComplaintFiled), "complaint.filed.v1")]
[JsonDerivedType(typeof(ComplaintCaseProgressed), "complaint.caseProgressed.v1")]
[JsonDerivedType(typeof(ComplaintOutcomeRecorded), "complaint.outcomeRecorded.v1")]
[JsonDerivedType(typeof(ComplaintErased), "complaint.erased.v1")]
public abstract record ComplaintEvent([property: JsonPropertyOrder(-1)] Instant At) : IProcessEvent;
