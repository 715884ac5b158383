using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>
/// One way to reach a customer: an e-mail address, a phone number or a postal address, normalised, with its
/// verification state and when that state was recorded.
/// </summary>
/// <remarks>Exactly one of <see cref="Email"/>, <see cref="Phone"/>, <see cref="Address"/> is set, matching
/// <see cref="Kind"/>. Personal data: <see cref="ToString"/> shows only the kind and state. Equality is by value
/// (kind, value, state, instant). Immutable and thread-safe.</remarks>
public sealed class ContactPoint : IEquatable<ContactPoint>
{
    [JsonConstructor]
    internal ContactPoint(ContactPointKind kind, EmailAddress? email, PhoneNumber? phone, PostalAddress? address, VerificationState verification, Instant recordedAt)
    {
        var set = (email is { IsDefault: false } ? 1 : 0) + (phone is { IsDefault: false } ? 1 : 0) + (address is null ? 0 : 1);
        var matches = kind switch
        {
            ContactPointKind.Email => email is { IsDefault: false },
            ContactPointKind.Phone => phone is { IsDefault: false },
            ContactPointKind.Postal => address is not null,
            _ => false,
        };
        if (set != 1 || !matches)
        {
            throw new ArgumentException($"A contact point of kind {kind} must carry exactly one value of that kind.", nameof(kind));
        }

        Guard.Against.UndefinedEnum(verification, allowDefault: true);

        Kind = kind;
        Email = email;
        Phone = phone;
        Address = address;
        Verification = verification;
        RecordedAt = recordedAt;
    }

    /// <summary>The kind of contact point.</summary>
    public ContactPointKind Kind { get; }

    /// <summary>The e-mail address, for <see cref="ContactPointKind.Email"/>; otherwise null.</summary>
    public EmailAddress? Email { get; }

    /// <summary>The phone number, for <see cref="ContactPointKind.Phone"/>; otherwise null.</summary>
    public PhoneNumber? Phone { get; }

    /// <summary>The postal address, for <see cref="ContactPointKind.Postal"/>; otherwise null.</summary>
    public PostalAddress? Address { get; }

    /// <summary>Whether the contact point is known to reach the customer.</summary>
    public VerificationState Verification { get; }

    /// <summary>When this state was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>The normalised value as one string (e-mail, E.164 number or single-line address); personal data.</summary>
    [JsonIgnore]
    [Personal]
    public string Value => Kind switch
    {
        ContactPointKind.Email => Email!.Value.Value,
        ContactPointKind.Phone => Phone!.Value.Value,
        _ => Address!.ToSingleLine(),
    };

    /// <summary>True unless the contact point is known to fail.</summary>
    [JsonIgnore]
    public bool IsUsable => Verification != VerificationState.Failed;

    /// <summary>An e-mail contact point.</summary>
    /// <exception cref="ArgumentException"><paramref name="email"/> is <c>default</c>.</exception>
    public static ContactPoint ForEmail(EmailAddress email, VerificationState verification, Instant recordedAt) =>
        new(ContactPointKind.Email, email, null, null, verification, recordedAt);

    /// <summary>A phone contact point.</summary>
    /// <exception cref="ArgumentException"><paramref name="phone"/> is <c>default</c>.</exception>
    public static ContactPoint ForPhone(PhoneNumber phone, VerificationState verification, Instant recordedAt) =>
        new(ContactPointKind.Phone, null, phone, null, verification, recordedAt);

    /// <summary>A postal contact point.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public static ContactPoint ForAddress(PostalAddress address, VerificationState verification, Instant recordedAt) =>
        new(ContactPointKind.Postal, null, null, address ?? throw new ArgumentNullException(nameof(address)), verification, recordedAt);

    /// <summary>The same contact point with a new verification state recorded at <paramref name="at"/>.</summary>
    public ContactPoint WithVerification(VerificationState verification, Instant at) =>
        new(Kind, Email, Phone, Address, verification, at);

    /// <summary>True when both designate the same address or number (whatever their states).</summary>
    public bool SameTarget(ContactPoint other) =>
        other is not null && other.Kind == Kind && Email == other.Email && Phone == other.Phone && Address == other.Address;

    /// <inheritdoc />
    public bool Equals(ContactPoint? other) =>
        other is not null && SameTarget(other) && Verification == other.Verification && RecordedAt == other.RecordedAt;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ContactPoint);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Email, Phone, Address, Verification, RecordedAt);

    /// <summary>The kind and state only; the value is personal data.</summary>
    public override string ToString() => $"{Kind} contact point ({Verification})";

    /// <summary>Equality.</summary>
    public static bool operator ==(ContactPoint? left, ContactPoint? right) => left?.Equals(right) ?? right is null;

    /// <summary>Inequality.</summary>
    public static bool operator !=(ContactPoint? left, ContactPoint? right) => !(left == right);
}
