namespace Crm.Domain.Customers;

/// <summary>What a role may do with a field group; <see cref="Change"/> includes <see cref="Read"/>.</summary>
/// <remarks><c>default</c> is <see cref="None"/>.</remarks>
public enum AccessLevel
{
    /// <summary>Neither read nor change.</summary>
    None = 0,

    /// <summary>Read only.</summary>
    Read,

    /// <summary>Read and change.</summary>
    Change,
}
