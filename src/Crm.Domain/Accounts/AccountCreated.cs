using System.Collections.Immutable;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>An account was created: the first event of every account's history, carrying everything
/// <see cref="Account.Create"/> took.</summary>
/// <param name="At">When the account was created.</param>
/// <param name="Id">The account's identifier (not <c>default</c>).</param>
/// <param name="LegalName">The registered name (not blank, at most <see cref="Account.MaxTextLength"/> characters).</param>
/// <param name="Owner">The user who owns the account (not blank).</param>
/// <param name="Identifiers">Registry identifiers: each initialised, distinct; empty for none.</param>
/// <param name="WebDomain">The web domain, normalised (<c>example.com</c>); null for none.</param>
/// <param name="Industry">The industry (free text or a code such as a NACE or SIC code); null for none.</param>
/// <param name="Size">The size band (<see cref="SizeBand.Unknown"/> allowed).</param>
/// <param name="Address">The registered address; null for none.</param>
/// <param name="Parent">The parent account; null for a root. Never the account itself.</param>
/// <remarks>Equality compares <paramref name="Identifiers"/> element by element.</remarks>
public sealed record AccountCreated(Instant At, AccountId Id, [property: NotPersonal("an organisation's registered details, not a person's")] string LegalName, string Owner, ImmutableArray<CompanyIdentifier> Identifiers,
    [property: NotPersonal("an organisation's registered details, not a person's")] string? WebDomain, [property: NotPersonal("an organisation's registered details, not a person's")] string? Industry, SizeBand Size, PostalAddress? Address, AccountId? Parent) : AccountEvent(At)
{
    /// <inheritdoc />
    public bool Equals(AccountCreated? other) =>
        other is not null && base.Equals(other) && Id == other.Id && LegalName == other.LegalName && Owner == other.Owner
        && Identifiers.AsSpan().SequenceEqual(other.Identifiers.AsSpan()) && WebDomain == other.WebDomain && Industry == other.Industry
        && Size == other.Size && Address == other.Address && Parent == other.Parent;

    /// <summary>The event's kind, account, instant and owner; the address and the names stay out of logs (an address
    /// may be a sole trader's home).</summary>
    /// <returns>Text such as <c>AccountCreated A-1 at 2026-03-02T09:00:00Z by ana</c>.</returns>
    public override string ToString() => $"{nameof(AccountCreated)} {Id} at {At} by {Owner}";

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Id, LegalName, Owner, WebDomain, Size, Parent);
}
