using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Campaigns.Attribution;

/// <summary>A conversion (a purchase, a sign-up) to be credited to the campaigns that touched the customer before it.</summary>
/// <remarks>Equality compares every member. <c>default</c> has no customer and is refused. Immutable and thread-safe.</remarks>
public readonly struct Conversion : IEquatable<Conversion>
{
    /// <summary>Creates a conversion.</summary>
    /// <exception cref="ArgumentException">The customer is default, or the value negative or of default currency.</exception>
    [JsonConstructor]
    public Conversion(CustomerId customer, Instant at, Money value)
    {
        Customer = Guard.Against.Uninitialized(customer, !customer.IsDefault);
        At = at;
        Guard.Against.Uninitialized(value, !value.Currency.IsDefault);
        if (value.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"value must be >= 0; it was {value}.");
        }

        Value = value;
    }

    /// <summary>Who converted.</summary>
    public CustomerId Customer { get; }

    /// <summary>When.</summary>
    public Instant At { get; }

    /// <summary>What it was worth.</summary>
    public Money Value { get; }

    /// <inheritdoc />
    public bool Equals(Conversion other) => Customer == other.Customer && At == other.At && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Conversion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Customer, At, Value);

    /// <inheritdoc />
    public override string ToString() => $"{Customer} converted for {Value} at {At}";

    /// <summary>Equality.</summary>
    public static bool operator ==(Conversion left, Conversion right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Conversion left, Conversion right) => !left.Equals(right);
}
