using System.Collections.Immutable;
using Crm.Domain.Primitives;

namespace Crm.Domain.Accounts;

/// <summary>A contact linked to an account: the person (a <see cref="Customers.Customer"/>, so consent, access policy
/// and audit apply to them unchanged) and the roles they play there.</summary>
/// <param name="Contact">The person's customer identifier.</param>
/// <param name="Roles">Their roles at the account: at least one, defined, not <see cref="ContactRole.Unknown"/>,
/// distinct and ascending.</param>
/// <remarks>A state row of <see cref="Account.Contacts"/>; equality compares the roles element by element. Immutable
/// and thread-safe.</remarks>
public sealed record AccountContact(CustomerId Contact, ImmutableArray<ContactRole> Roles)
{
    /// <summary>True when the contact plays <paramref name="role"/>.</summary>
    public bool Has(ContactRole role) => !Roles.IsDefault && Roles.Contains(role);

    /// <inheritdoc />
    public bool Equals(AccountContact? other) =>
        other is not null && Contact == other.Contact && Roles.AsSpan().SequenceEqual(other.Roles.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Contact, Roles.IsDefault ? 0 : Roles.Length);
}
