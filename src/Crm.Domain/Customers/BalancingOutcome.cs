namespace Crm.Domain.Customers;

/// <summary>The outcome of a legitimate-interest balancing test.</summary>
/// <remarks><c>default</c> (0) is not an outcome and is refused.</remarks>
public enum BalancingOutcome
{
    /// <summary>The controller's interest is not overridden by the person's interests, rights and freedoms: the
    /// legitimate-interest basis may be relied on.</summary>
    InterestPrevails = 1,

    /// <summary>The person's interests or rights override the controller's interest: legitimate interest cannot be
    /// relied on (a record on that basis is refused).</summary>
    RightsPrevail = 2,
}
