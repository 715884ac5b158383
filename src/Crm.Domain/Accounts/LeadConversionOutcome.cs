namespace Crm.Domain.Accounts;

/// <summary>What <see cref="LeadConversion.Convert"/> did.</summary>
/// <remarks><c>default</c> is <see cref="Converted"/>.</remarks>
public enum LeadConversionOutcome
{
    /// <summary>The lead was converted now: the result carries the aggregates to store.</summary>
    Converted = 0,

    /// <summary>The lead was already converted: the result names what it became and nothing changed (idempotence).</summary>
    AlreadyConverted,
}
