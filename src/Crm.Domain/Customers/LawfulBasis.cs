namespace Crm.Domain.Customers;

/// <summary>The lawful basis for processing personal data for a purpose (GDPR / UK GDPR Art. 6(1)(a)–(f)).</summary>
/// <remarks><c>default</c> is <see cref="Consent"/>: every <see cref="ConsentRecord"/> written before lawful bases
/// existed meant consent, and reads back as such.</remarks>
public enum LawfulBasis
{
    /// <summary>Art. 6(1)(a): the person consented to this purpose (with proof, withdrawable at any time).</summary>
    Consent = 0,

    /// <summary>Art. 6(1)(b): necessary for a contract with the person (or steps they asked for before one).</summary>
    Contract,

    /// <summary>Art. 6(1)(c): necessary to comply with a legal obligation of the controller.</summary>
    LegalObligation,

    /// <summary>Art. 6(1)(d): necessary to protect someone's life.</summary>
    VitalInterests,

    /// <summary>Art. 6(1)(e): necessary for a task in the public interest or official authority.</summary>
    PublicTask,

    /// <summary>Art. 6(1)(f): the controller's legitimate interest, not overridden by the person's rights; needs a
    /// recorded <see cref="BalancingTest"/>.</summary>
    LegitimateInterest,
}
