namespace Crm.Domain.Customers;

/// <summary>The kind of evidence kept for a consent record.</summary>
/// <remarks><c>default</c> is <see cref="None"/>.</remarks>
public enum ConsentProof
{
    /// <summary>No evidence kept (acceptable for a withdrawal, weak for a grant).</summary>
    None = 0,

    /// <summary>A single opt-in: a ticked box, a submitted form.</summary>
    SingleOptIn,

    /// <summary>A double opt-in: the opt-in was confirmed through the channel itself (a confirmation link or code).</summary>
    DoubleOptIn,

    /// <summary>A signed document (paper or electronic signature).</summary>
    Signature,

    /// <summary>A recorded call or verbal statement.</summary>
    Recording,
}
