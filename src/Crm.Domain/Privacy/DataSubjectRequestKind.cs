namespace Crm.Domain.Privacy;

/// <summary>The right a data subject exercises (GDPR / UK GDPR Articles 15–21).</summary>
/// <remarks><c>default</c> is not a kind (0 is undefined): it is refused wherever a kind is required.</remarks>
public enum DataSubjectRequestKind
{
    /// <summary>Right of access (Art. 15): a copy of the personal data held and how it is used.</summary>
    Access = 1,

    /// <summary>Right to rectification (Art. 16): inaccurate data corrected, incomplete data completed.</summary>
    Rectification = 2,

    /// <summary>Right to restriction of processing (Art. 18): data kept but not used (no marketing, no profiling).</summary>
    Restriction = 3,

    /// <summary>Right to object (Art. 21); an objection to direct marketing takes effect at once (Art. 21(3)).</summary>
    Objection = 4,

    /// <summary>Right to erasure (Art. 17), unless a legal hold overrides it.</summary>
    Erasure = 5,

    /// <summary>Right to data portability (Art. 20): the data in a structured, machine-readable form.</summary>
    Portability = 6,
}
