namespace Crm.Domain.Sales;

/// <summary>How a sales activity ended.</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused.</remarks>
public enum ActivityOutcome
{
    /// <summary>Not recorded; refused.</summary>
    Unknown = 0,

    /// <summary>Took place, with no particular signal.</summary>
    Completed,

    /// <summary>Nobody answered.</summary>
    NoAnswer,

    /// <summary>A message was left.</summary>
    LeftMessage,

    /// <summary>Took place, and the contact showed interest.</summary>
    Positive,

    /// <summary>Took place, and the contact declined.</summary>
    Negative,

    /// <summary>Did not take place.</summary>
    Cancelled,
}
