using Crm.Domain.Customers;
using Crm.Domain.Serialization;

namespace Crm.Samples.Cluster.Grains.Wire;

/// <summary>Rebuilds an <see cref="AccessDeniedException"/> on the caller's side with the same refusal (and so the
/// same message); the server-side stack trace is not carried.</summary>
[RegisterConverter]
public sealed class AccessDeniedConverter : IConverter<AccessDeniedException, AccessDeniedSurrogate>
{
    /// <inheritdoc />
    public AccessDeniedException ConvertFromSurrogate(in AccessDeniedSurrogate surrogate) => surrogate.RefusalJson is { } json
        ? new AccessDeniedException(CrmJson.Deserialize<AuditEntry>(json))
        : new AccessDeniedException(surrogate.Message);

    /// <inheritdoc />
    public AccessDeniedSurrogate ConvertToSurrogate(in AccessDeniedException value) =>
        new(value.Message, value.Refusal is { } refusal ? CrmJson.Serialize(refusal) : null);
}
