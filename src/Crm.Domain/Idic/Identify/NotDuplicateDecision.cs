using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Idic.Identify;

/// <summary>A person's decision that two records are not the same customer, with who decided and when.</summary>
/// <param name="First">The smaller id (ordinal).</param>
/// <param name="Second">The larger id (ordinal).</param>
/// <param name="DecidedBy">Who decided.</param>
/// <param name="At">When.</param>
/// <remarks>A result row of <see cref="NotDuplicateRegister"/>; build it through <see cref="NotDuplicateRegister.Remember"/>.</remarks>
public sealed record NotDuplicateDecision(CustomerId First, CustomerId Second, Actor DecidedBy, Instant At);
