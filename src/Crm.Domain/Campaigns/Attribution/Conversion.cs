using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Campaigns.Attribution;

/// <summary>A conversion (a purchase, a sign-up) to be credited to the campaigns that touched the customer before it.</summary>
/// <remarks>Equality compares every member. <c>default</c> has no customer and is refused. Immutable and thread-safe.</remarks>
public readonly record struct Conversion
{
    /// <summary>Creates a conversion.</summary>
    /// <exception cref="ArgumentException">The customer is default, or the value negative or of default currency.</exception>
    [JsonConstructor]
    public Conversion(CustomerId customer, Instant at, Money value)
    {
        Customer = Guard.Against.Uninitialized(customer, !customer.IsDefault);
        At = at;
        Value = Guard.Against.NegativeAmount(value);
    }

    /// <summary>Who converted.</summary>
    public CustomerId Customer { get; }

    /// <summary>When.</summary>
    public Instant At { get; }

    /// <summary>What it was worth.</summary>
    public Money Value { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Customer} converted for {Value} at {At}";
}
