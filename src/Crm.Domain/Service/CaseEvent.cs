using System.Text.Json.Serialization;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>
/// One entry of a <see cref="ServiceCase"/>'s append-only history: something that happened to the case, and when.
/// Each kind of change is a sealed record deriving from this one (<see cref="CaseOpened"/>, <see cref="CaseResponded"/>,
/// <see cref="CaseWaitingOnCustomer"/>, <see cref="CaseResumed"/>, <see cref="CaseEscalated"/>, <see cref="CaseResolved"/>,
/// <see cref="CaseReopened"/>, <see cref="CaseClosed"/>, <see cref="CaseErased"/>, <see cref="CaseExperienceStageSet"/>); the record's type is the kind, so match on it
/// (<c>e is CaseResolved</c>).
/// </summary>
/// <remarks>
/// <para>Events carry the inputs of a change, not the states before and after: the state a kind leads to is fixed by
/// the case's rules, so <see cref="ServiceCase.FromHistory"/> derives it (and refuses an event the state did not
/// allow) instead of trusting a stored copy.</para>
/// <para>JSON: written through <c>CrmJson</c> with a <c>"type"</c> discriminator (<c>"case.&lt;pastTense&gt;.v1"</c>) first and <c>"at"</c> second;
/// an unknown discriminator is a <see cref="System.Text.Json.JsonException"/>. Records with structural equality;
/// immutable and thread-safe.</para>
/// </remarks>
/// <param name="At">When it happened. Within a history, instants never go backwards.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(CaseOpened), "case.opened.v1")]
[JsonDerivedType(typeof(CaseResponded), "case.responded.v1")]
[JsonDerivedType(typeof(CaseWaitingOnCustomer), "case.waitingOnCustomer.v1")]
[JsonDerivedType(typeof(CaseResumed), "case.resumed.v1")]
[JsonDerivedType(typeof(CaseEscalated), "case.escalated.v1")]
[JsonDerivedType(typeof(CaseResolved), "case.resolved.v1")]
[JsonDerivedType(typeof(CaseReopened), "case.reopened.v1")]
[JsonDerivedType(typeof(CaseClosed), "case.closed.v1")]
[JsonDerivedType(typeof(CaseErased), "case.erased.v1")]
[JsonDerivedType(typeof(CaseExperienceStageSet), "case.experienceStageSet.v1")]
public abstract record CaseEvent([property: JsonPropertyOrder(-1)] Instant At) : IProcessEvent;
