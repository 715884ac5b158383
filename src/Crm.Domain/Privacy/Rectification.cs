using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>
/// One correction asked for in a rectification request (Art. 16), applied through the customer's own command with
/// the acting employee (<see cref="DataSubjectRequestEffects.Rectify"/>), so the data-access policy and the audit
/// trail apply as for any change.
/// </summary>
/// <remarks>The correction holds the new value (personal data), but its text and <see cref="Field"/> name only the
/// field: the request records what was corrected, never the value. Immutable and thread-safe.</remarks>
public sealed class Rectification
{
    private readonly Func<Customer, Actor, Instant, CustomerUpdate> _apply;

    private Rectification(string field, Func<Customer, Actor, Instant, CustomerUpdate> apply)
    {
        Field = field;
        _apply = apply;
    }

    /// <summary>The field corrected, as <c>Group.Field</c> (such as <c>Identity.Name</c>, <c>Contact.Email</c>).</summary>
    [NotPersonal("the name of a field of the customer record")]
    public string Field { get; }

    /// <summary>The name corrected (<see cref="Customer.Rename"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static Rectification Name(PersonName name)
    {
        Guard.Against.Null(name);
        return new("Identity.Name", (c, a, at) => c.Rename(a, name, at));
    }

    /// <summary>The date of birth corrected or removed (<see cref="Customer.SetDateOfBirth"/>).</summary>
    public static Rectification DateOfBirth(LocalDate? dateOfBirth) =>
        new("Identity.DateOfBirth", (c, a, at) => c.SetDateOfBirth(a, dateOfBirth, at));

    /// <summary>A contact point added or corrected (<see cref="Customer.AddContactPoint"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="contactPoint"/> is null.</exception>
    public static Rectification AddContactPoint(ContactPoint contactPoint)
    {
        Guard.Against.Null(contactPoint);
        return new("Contact." + contactPoint.Kind, (c, a, at) => c.AddContactPoint(a, contactPoint, at));
    }

    /// <summary>A wrong contact point removed (<see cref="Customer.RemoveContactPoint"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="contactPoint"/> is null.</exception>
    public static Rectification RemoveContactPoint(ContactPoint contactPoint)
    {
        Guard.Against.Null(contactPoint);
        return new("Contact." + contactPoint.Kind, (c, a, at) => c.RemoveContactPoint(a, contactPoint, at));
    }

    /// <summary>The notes corrected or cleared (<see cref="Customer.SetNotes"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Notes longer than <see cref="Customer.MaxNotesLength"/>.</exception>
    public static Rectification Notes(string? notes)
    {
        Guard.Against.TooLong(notes, Customer.MaxNotesLength);
        return new("Notes", (c, a, at) => c.SetNotes(a, notes, at));
    }

    /// <summary>The field only: the value is personal data.</summary>
    public override string ToString() => $"Rectification of {Field}";

    internal CustomerUpdate ApplyTo(Customer customer, Actor actor, Instant at) => _apply(customer, actor, at);
}
