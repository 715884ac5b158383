namespace Crm.Domain.Customers;

/// <summary>What an audited operation did.</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused.</remarks>
public enum AuditAction
{
    /// <summary>Not set; refused.</summary>
    Unknown = 0,

    /// <summary>The customer was registered.</summary>
    Register,

    /// <summary>A field group was changed.</summary>
    Change,

    /// <summary>A field group was read (a read view was requested).</summary>
    Read,

    /// <summary>Two records were merged into a golden record.</summary>
    Merge,

    /// <summary>The customer was erased (anonymised).</summary>
    Erase,
}
