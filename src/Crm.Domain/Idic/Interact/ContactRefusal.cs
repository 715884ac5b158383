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

    /// <summary>The latest consent for this channel and purpose lapsed at its expiry.</summary>
    ConsentExpired,

    /// <summary>The customer's basis for this channel and purpose (such as legitimate interest for a prospect's
    /// e-mail) is not accepted by the jurisdiction rules.</summary>
    BasisNotAccepted,

    /// <summary>Processing of the customer's data is restricted (Art. 18).</summary>
    Restricted,

    /// <summary>The customer objected to direct marketing (Art. 21).</summary>
    Objected,
}
