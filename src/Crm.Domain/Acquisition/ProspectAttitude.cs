namespace Crm.Domain.Acquisition;

/// <summary>A prospect's attitude to the company in the focused approach (CRM-CONCEPTS §5b).</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>.</remarks>
public enum ProspectAttitude
{
    /// <summary>Not assessed.</summary>
    Unknown = 0,

    /// <summary>Knows the company and its offer.</summary>
    Knower,

    /// <summary>Prefers the company's offer.</summary>
    Preferer,

    /// <summary>Has no preference.</summary>
    Indifferent,

    /// <summary>Rejects the company's offer.</summary>
    Rejecter,
}
