using System.Collections.Immutable;
using Crm.Domain.Customers;

namespace Crm.Domain.Idic.Identify;

/// <summary>The outcome of a merge: the golden record (null when refused), the audit entry of the attempt, and the
/// survivorship choice made for each field group.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class MergeResult
{
    internal MergeResult(Customer? golden, AuditEntry entry, ImmutableArray<SurvivorshipChoice> choices)
    {
        Golden = golden;
        Entry = entry;
        Choices = choices;
    }

    /// <summary>The golden record; null when the merge was refused.</summary>
    public Customer? Golden { get; }

    /// <summary>The audit entry of the attempt (also appended to the golden record's trail when allowed).</summary>
    public AuditEntry Entry { get; }

    /// <summary>Which record survived for each field group, and why; empty when refused.</summary>
    public ImmutableArray<SurvivorshipChoice> Choices { get; }

    /// <summary>True when the merge was allowed.</summary>
    public bool IsAllowed => Golden is not null;

    /// <summary>The golden record, or an <see cref="AccessDeniedException"/> carrying <see cref="Entry"/>.</summary>
    /// <exception cref="AccessDeniedException">The merge was refused.</exception>
    public Customer ThrowIfDenied() => Golden ?? throw new AccessDeniedException(Entry);

    /// <inheritdoc />
    public override string ToString() => Entry.ToString();
}
