namespace Crm.Domain.Customers;

/// <summary>Why processing of a customer's data is restricted (GDPR / UK GDPR Art. 18(1)(a)–(d)).</summary>
/// <remarks><c>default</c> (0) is not a ground and is refused.</remarks>
public enum RestrictionGround
{
    /// <summary>(a) The person contests the accuracy of the data, while the controller verifies it.</summary>
    AccuracyContested = 1,

    /// <summary>(b) The processing is unlawful and the person asks for restriction instead of erasure.</summary>
    UnlawfulProcessing = 2,

    /// <summary>(c) The controller no longer needs the data, but the person needs it kept for legal claims.</summary>
    LegalClaims = 3,

    /// <summary>(d) The person objected (Art. 21(1)), pending the check of whether the controller's grounds override.</summary>
    ObjectionPending = 4,
}
