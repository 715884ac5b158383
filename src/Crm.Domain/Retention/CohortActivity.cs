using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Retention;

/// <summary>A customer active (buying) in a month: the input of cohort and retention analysis (one per order is fine).</summary>
/// <param name="Customer">The customer.</param>
/// <param name="Month">The month of the order.</param>
public readonly record struct CohortActivity(CustomerId Customer, YearMonth Month);
