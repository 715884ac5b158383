using System.Collections.Immutable;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>The account's registry identifiers were replaced (<see cref="Account.ChangeIdentifiers"/>): the whole set,
/// so an identifier is added by passing the current ones and the new one.</summary>
/// <param name="At">When.</param>
/// <param name="Identifiers">The new identifiers: each initialised, distinct; empty for none; not the current set.</param>
/// <remarks>Equality compares <paramref name="Identifiers"/> element by element.</remarks>
public sealed record AccountIdentifiersChanged(Instant At, ImmutableArray<CompanyIdentifier> Identifiers) : AccountEvent(At)
{
    /// <inheritdoc />
    public bool Equals(AccountIdentifiersChanged? other) =>
        other is not null && base.Equals(other) && Identifiers.AsSpan().SequenceEqual(other.Identifiers.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Identifiers.IsDefault ? 0 : Identifiers.Length);
}
