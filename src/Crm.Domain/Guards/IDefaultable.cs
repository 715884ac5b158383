namespace Crm.Domain.Guards;

/// <summary>
/// A value type whose <c>default</c> is not a usable value and which can say so. It lets the guards refuse such a
/// default without knowing the type (the guards sit below <c>Primitives</c>, which use them).
/// </summary>
internal interface IDefaultable
{
    /// <summary>True for the uninitialised <c>default</c>.</summary>
    bool IsDefault { get; }
}
