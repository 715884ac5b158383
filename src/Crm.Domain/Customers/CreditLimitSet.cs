using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>The credit limit was set or cleared (<see cref="Customer.SetCreditLimit"/>, <see cref="FieldGroup.Financial"/>; not personal data, erasure keeps it).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="CreditLimit">The new limit, not negative; null to clear it.</param>
public sealed record CreditLimitSet(Instant At, Actor Actor, Money? CreditLimit) : CustomerEvent(At, Actor)
{
    internal override CustomerEvent Redacted() => this;
}
