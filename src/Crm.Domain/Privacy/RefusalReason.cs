namespace Crm.Domain.Privacy;

/// <summary>Why a data-subject request was refused, in whole.</summary>
/// <remarks><c>default</c> (0) is not a reason.</remarks>
public enum RefusalReason
{
    /// <summary>The requester's identity could not be confirmed (Art. 12(6)).</summary>
    IdentityNotVerified = 1,

    /// <summary>Manifestly unfounded (Art. 12(5)).</summary>
    ManifestlyUnfounded = 2,

    /// <summary>Manifestly excessive, in particular repetitive (Art. 12(5)).</summary>
    Excessive = 3,

    /// <summary>A legal obligation or a legal claim requires the data to be kept (Art. 17(3)), e.g. an open invoice
    /// dispute: the explanation names it.</summary>
    LegalHold = 4,

    /// <summary>Another exemption applies (named in the explanation).</summary>
    Exemption = 5,
}
