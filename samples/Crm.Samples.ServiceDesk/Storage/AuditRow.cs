using NodaTime;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>
/// A refused customer command or read (the library returns refusals as audit entries and keeps only allowed changes in
/// the customer, see <c>CustomerUpdate</c>): the host keeps them here. No personal data: the entry never holds any.
/// </summary>
public sealed class AuditRow
{
    /// <summary>Database key.</summary>
    public long Id { get; set; }

    /// <summary>The customer concerned.</summary>
    public required string CustomerId { get; set; }

    /// <summary>When it was refused.</summary>
    public Instant At { get; set; }

    /// <summary>The acting user.</summary>
    public required string UserId { get; set; }

    /// <summary>The role the user acted in.</summary>
    public required string Role { get; set; }

    /// <summary>The field group concerned (<c>FieldGroup</c> name).</summary>
    public required string FieldGroup { get; set; }

    /// <summary>What was attempted (<c>AuditAction</c> name).</summary>
    public required string Action { get; set; }

    /// <summary>The field attempted.</summary>
    public required string Field { get; set; }

    /// <summary>Always <c>Denied</c> here.</summary>
    public required string Outcome { get; set; }

    /// <summary>Why it was refused.</summary>
    public string? Reason { get; set; }
}
