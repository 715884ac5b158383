namespace Crm.Domain.Customers;

/// <summary>Whether a contact point is known to reach the customer.</summary>
/// <remarks><c>default</c> is <see cref="Unverified"/>.</remarks>
public enum VerificationState
{
    /// <summary>Syntactically valid, never confirmed.</summary>
    Unverified = 0,

    /// <summary>Confirmed (a link clicked, a code entered, a letter acknowledged).</summary>
    Verified,

    /// <summary>Known not to work (bounced, disconnected, returned to sender); never used for contact.</summary>
    Failed,
}
