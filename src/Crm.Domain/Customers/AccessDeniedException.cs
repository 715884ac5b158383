namespace Crm.Domain.Customers;

/// <summary>
/// An actor tried to read or change customer data its role may not (or its role is unknown to the policy). The
/// customer is unchanged; <see cref="Refusal"/> is the audit entry recording the refusal, for the host's audit log.
/// </summary>
/// <remarks>The message names the actor, role, field group and customer id, never personal data.</remarks>
public sealed class AccessDeniedException : InvalidOperationException
{
    /// <summary>Creates the exception from the refusal's audit entry.</summary>
    public AccessDeniedException(AuditEntry refusal)
        : base(MessageOf(refusal)) => Refusal = refusal;

    /// <summary>Creates the exception with a message only (no audit entry).</summary>
    public AccessDeniedException()
        : base("Access denied.")
    {
    }

    /// <summary>Creates the exception with a message only (no audit entry).</summary>
    public AccessDeniedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause (no audit entry).</summary>
    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The audit entry of the refusal; null only when built from a bare message.</summary>
    public AuditEntry? Refusal { get; }

    private static string MessageOf(AuditEntry refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return $"Access denied: {refusal.Actor} may not {refusal.Action} {refusal.FieldGroup} of customer {refusal.CustomerId}: {refusal.Reason}.";
    }
}
