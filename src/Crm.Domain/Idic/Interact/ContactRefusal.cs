namespace Crm.Domain.Idic.Interact;

/// <summary>Why a contact is not allowed.</summary>
/// <remarks><c>default</c> is <see cref="None"/> (allowed).</remarks>
public enum ContactRefusal
{
    /// <summary>Not refused: the contact is allowed.</summary>
    None = 0,

    /// <summary>The customer is erased.</summary>
    Erased,

    /// <summary>No consent was ever given for this channel and purpose.</summary>
    NoConsent,

    /// <summary>Consent for this channel and purpose was withdrawn.</summary>
    ConsentWithdrawn,

    /// <summary>The customer has no usable contact point for this channel (no e-mail, no working number...).</summary>
    NoContactPoint,

    /// <summary>The customer prefers other channels.</summary>
    NotPreferredChannel,

    /// <summary>It is within the quiet hours in the customer's time zone.</summary>
    QuietHours,

    /// <summary>A frequency cap is reached.</summary>
    FrequencyCap,
}
