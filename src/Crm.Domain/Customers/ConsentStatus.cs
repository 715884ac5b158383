namespace Crm.Domain.Customers;

/// <summary>The state of a customer's consent for one channel and purpose.</summary>
/// <remarks><c>default</c> is <see cref="NotAsked"/>: without a record, there is no consent.</remarks>
public enum ConsentStatus
{
    /// <summary>No consent was ever recorded; contact is not allowed.</summary>
    NotAsked = 0,

    /// <summary>The customer gave consent.</summary>
    Granted,

    /// <summary>The customer withdrew (or refused) consent.</summary>
    Withdrawn,

    /// <summary>The latest grant lapsed at its <see cref="ConsentRecord.ExpiresAt"/>: as good as no consent until a new grant.</summary>
    Expired,
}
