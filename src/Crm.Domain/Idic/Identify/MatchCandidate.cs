using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Idic.Identify;

/// <summary>
/// A record prepared for duplicate detection: its id and the normalised matching keys of name, e-mail, phone and
/// address (empty where unknown or hidden).
/// </summary>
/// <remarks>Build one from a <see cref="CustomerView"/> (so the data-access policy decides what detection may see)
/// or from raw parts for staged imports. Holds personal data: <see cref="ToString"/> shows the id only. Immutable and
/// thread-safe.</remarks>
public sealed class MatchCandidate
{
    private MatchCandidate(CustomerId id, string givenKey, string familyKey, string email, string phone, string streetKey, string postalCode, string cityKey)
    {
        Id = id;
        GivenKey = givenKey;
        FamilyKey = familyKey;
        Email = email;
        Phone = phone;
        StreetKey = streetKey;
        PostalCode = postalCode;
        CityKey = cityKey;
    }

    /// <summary>The record's id.</summary>
    public CustomerId Id { get; }

    /// <summary>The given name's matching key; empty if unknown.</summary>
    [Personal]
    public string GivenKey { get; }

    /// <summary>The family name's matching key; empty if unknown.</summary>
    [Personal]
    public string FamilyKey { get; }

    /// <summary>The normalised e-mail; empty if none.</summary>
    [Personal]
    public string Email { get; }

    /// <summary>The E.164 phone number; empty if none.</summary>
    [Personal]
    public string Phone { get; }

    /// <summary>The street's matching key; empty if no address.</summary>
    [Personal]
    public string StreetKey { get; }

    /// <summary>The postal code without spaces, upper case; empty if none.</summary>
    [Personal]
    public string PostalCode { get; }

    /// <summary>The city's matching key; empty if no address.</summary>
    [Personal]
    public string CityKey { get; }

    /// <summary>True when the record has an address to compare.</summary>
    public bool HasAddress => StreetKey.Length > 0;

    /// <summary>A candidate from raw parts.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default.</exception>
    public static MatchCandidate Create(CustomerId id, PersonName? name, EmailAddress? email = null, PhoneNumber? phone = null, PostalAddress? address = null)
    {
        Guard.Against.Uninitialized(id, !id.IsDefault);
        return new MatchCandidate(id, name?.GivenKey ?? string.Empty, name?.FamilyKey ?? string.Empty,
            email is { IsDefault: false } e ? e.Value : string.Empty,
            phone is { IsDefault: false } p ? p.Value : string.Empty,
            address?.StreetKey ?? string.Empty,
            address?.PostalCode.Replace(" ", string.Empty, StringComparison.Ordinal) ?? string.Empty,
            address is null ? string.Empty : TextNormalization.MatchKey(address.City));
    }

    /// <summary>A candidate from what a view shows: its name, first usable e-mail, phone and address.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is null.</exception>
    public static MatchCandidate From(CustomerView view)
    {
        Guard.Against.Null(view);
        var email = view.ContactPoints.FirstOrDefault(c => c.Kind == ContactPointKind.Email && c.IsUsable)?.Email;
        var phone = view.ContactPoints.FirstOrDefault(c => c.Kind == ContactPointKind.Phone && c.IsUsable)?.Phone;
        var address = view.ContactPoints.FirstOrDefault(c => c.Kind == ContactPointKind.Postal && c.IsUsable)?.Address;
        return Create(view.Id, view.Name, email, phone, address);
    }

    /// <summary>The id only: the keys are personal data.</summary>
    public override string ToString() => $"Match candidate {Id}";
}
