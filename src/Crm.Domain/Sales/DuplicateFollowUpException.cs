using Crm.Domain.Primitives;

namespace Crm.Domain.Sales;

/// <summary>
/// Thrown when a follow-up is scheduled for a customer or lead who already has an open follow-up for the same
/// purpose: the duplicated effort a sales force automation exists to prevent. Nothing is changed.
/// </summary>
public sealed class DuplicateFollowUpException : InvalidOperationException
{
    /// <summary>Creates the exception naming the party, the purpose and the open follow-up.</summary>
    public DuplicateFollowUpException(SalesParty party, string purpose, string existingFollowUpId)
        : base($"{party} already has an open follow-up for the same purpose ({existingFollowUpId}); complete it before scheduling another.")
    {
        Party = party;
        Purpose = purpose;
        ExistingFollowUpId = existingFollowUpId;
    }

    /// <summary>Creates the exception.</summary>
    public DuplicateFollowUpException() : this("A duplicate follow-up.") { }

    /// <summary>Creates the exception with a message.</summary>
    public DuplicateFollowUpException(string message) : base(message)
    {
        Purpose = ExistingFollowUpId = string.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public DuplicateFollowUpException(string message, Exception innerException) : base(message, innerException)
    {
        Purpose = ExistingFollowUpId = string.Empty;
    }

    /// <summary>The customer or lead.</summary>
    public SalesParty Party { get; }

    /// <summary>The purpose.</summary>
    [Personal]
    public string Purpose { get; }

    /// <summary>The identifier of the follow-up already open.</summary>
    public string ExistingFollowUpId { get; }
}
