using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>The question an <see cref="IContactEligibility"/> answers, as a value a specification can test.</summary>
/// <param name="Customer">Whom we want to contact.</param>
/// <param name="Channel">On which channel.</param>
/// <param name="At">When.</param>
public readonly record struct ContactRequest(CustomerId Customer, Channel Channel, Instant At);
