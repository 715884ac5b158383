using System.Collections.Immutable;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>A contact was linked to the account with roles, or an already linked contact's roles were replaced
/// (<see cref="Account.LinkContact"/>). The first contact linked becomes the primary contact.</summary>
/// <param name="At">When.</param>
/// <param name="Contact">The person's customer identifier (not <c>default</c>).</param>
/// <param name="Roles">The roles: at least one, defined, not <see cref="ContactRole.Unknown"/>, distinct and ascending.</param>
/// <remarks>Equality compares <paramref name="Roles"/> element by element.</remarks>
public sealed record AccountContactLinked(Instant At, CustomerId Contact, ImmutableArray<ContactRole> Roles) : AccountEvent(At)
{
    /// <inheritdoc />
    public bool Equals(AccountContactLinked? other) =>
        other is not null && base.Equals(other) && Contact == other.Contact && Roles.AsSpan().SequenceEqual(other.Roles.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Contact, Roles.IsDefault ? 0 : Roles.Length);
}
