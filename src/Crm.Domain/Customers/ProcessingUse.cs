namespace Crm.Domain.Customers;

/// <summary>A use of a customer's data that a restriction of processing or an objection stops.</summary>
/// <remarks><c>default</c> (0) is not a use and is refused.</remarks>
public enum ProcessingUse
{
    /// <summary>Direct marketing: contact, audience selection, offers.</summary>
    Marketing = 1,

    /// <summary>Profiling: segments, scoring, value tiers, next best actions.</summary>
    Profiling = 2,
}
