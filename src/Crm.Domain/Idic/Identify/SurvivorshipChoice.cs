using Crm.Domain.Customers;
using Crm.Domain.Primitives;

namespace Crm.Domain.Idic.Identify;

/// <summary>Which record's value survived for a field group in a merge, by which rule, and why.</summary>
/// <param name="Group">The field group.</param>
/// <param name="Rule">The rule applied.</param>
/// <param name="Winner">The id of the record whose values survived.</param>
/// <param name="Reason">Why (no personal data).</param>
public sealed record SurvivorshipChoice(FieldGroup Group, SurvivorshipRule Rule, CustomerId Winner, [property: NotPersonal("the rule's wording with a channel name, a change time or a count of values: never a value of the records")] string Reason);
