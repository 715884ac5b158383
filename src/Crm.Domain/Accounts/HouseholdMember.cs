using Crm.Domain.Primitives;

namespace Crm.Domain.Accounts;

/// <summary>A member of a <see cref="Household"/>: a customer (a person) and their relation to the head.</summary>
/// <param name="Customer">The member (not <c>default</c>).</param>
/// <param name="Relation">Their relation to the head (defined, not <see cref="HouseholdRelation.Unknown"/>).</param>
/// <remarks>Checked by <see cref="Household"/>. Immutable and thread-safe.</remarks>
public readonly record struct HouseholdMember(CustomerId Customer, HouseholdRelation Relation);
