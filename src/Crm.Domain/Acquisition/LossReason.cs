namespace Crm.Domain.Acquisition;

/// <summary>Why a lead was lost.</summary>
/// <remarks><c>default</c> is <see cref="Unspecified"/>.</remarks>
public enum LossReason
{
    /// <summary>No reason recorded.</summary>
    Unspecified = 0,

    /// <summary>Price too high.</summary>
    Price,

    /// <summary>The product does not fit.</summary>
    Product,

    /// <summary>Went to a competitor.</summary>
    Competitor,

    /// <summary>No budget.</summary>
    NoBudget,

    /// <summary>No decision was made.</summary>
    NoDecision,

    /// <summary>Bad timing.</summary>
    Timing,

    /// <summary>Stopped responding.</summary>
    Unresponsive,

    /// <summary>Did not meet the qualification criteria.</summary>
    Disqualified,
}
