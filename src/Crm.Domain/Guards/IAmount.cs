namespace Crm.Domain.Guards;

/// <summary>
/// An amount in a unit (money in a currency) that the guards can check without knowing the type: the guards sit
/// below <c>Primitives</c>, which use them, so <see cref="AmountGuards"/> reaches <c>Money</c> through this.
/// </summary>
internal interface IAmount : IDefaultable
{
    /// <summary>True when the amount is below zero.</summary>
    bool IsNegative { get; }

    /// <summary>The unit's code (an ISO 4217 currency code for money); empty for the default.</summary>
    string Unit { get; }
}
