using System.Text.Json.Serialization;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>
/// One entry of a <see cref="DataSubjectRequest"/>'s append-only history: <see cref="DataSubjectRequestReceived"/>
/// (first), then <see cref="IdentityRequested"/>, <see cref="IdentityVerified"/>, <see cref="DataSubjectRequestStarted"/>,
/// <see cref="DataSubjectRequestExtended"/>, and one of <see cref="DataSubjectRequestFulfilled"/> or
/// <see cref="DataSubjectRequestRefused"/>.
/// </summary>
/// <remarks>JSON: written through <c>CrmJson</c> with a <c>"type"</c> discriminator (<c>"dsr.&lt;pastTense&gt;.v1"</c>)
/// first and <c>"at"</c> second; an unknown discriminator is a <see cref="System.Text.Json.JsonException"/>. Immutable
/// records with value equality; thread-safe.</remarks>
/// <param name="At">When it happened. Within a history, instants never go backwards.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(DataSubjectRequestReceived), "dsr.received.v1")]
[JsonDerivedType(typeof(IdentityRequested), "dsr.identityRequested.v1")]
[JsonDerivedType(typeof(IdentityVerified), "dsr.identityVerified.v1")]
[JsonDerivedType(typeof(DataSubjectRequestStarted), "dsr.started.v1")]
[JsonDerivedType(typeof(DataSubjectRequestExtended), "dsr.extended.v1")]
[JsonDerivedType(typeof(DataSubjectRequestFulfilled), "dsr.fulfilled.v1")]
[JsonDerivedType(typeof(DataSubjectRequestRefused), "dsr.refused.v1")]
public abstract record DataSubjectRequestEvent([property: JsonPropertyOrder(-1)] Instant At) : IProcessEvent;
