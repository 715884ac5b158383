using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics.Categorisation;

/// <summary>A customer and its value (revenue, margin, CLV — any non-negative measure, in one unit for all customers):
/// the input of <see cref="AbcClassifier"/>.</summary>
/// <remarks>Equality compares both members. <c>default</c> has no customer and is refused by the classifier.
/// Immutable and thread-safe.</remarks>
public readonly record struct ValuedCustomer
{
    /// <summary>Creates a valued customer (the JSON constructor).</summary>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is default, or <paramref name="value"/> is
    /// negative, NaN or infinite.</exception>
    [JsonConstructor]
    public ValuedCustomer(CustomerId customer, double value)
    {
        Guard.Against.Uninitialized(customer, !customer.IsDefault);
        Guard.Against.NegativeValue(value);
        Customer = customer;
        Value = value;
    }

    /// <summary>The customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Its value (finite, &gt;= 0).</summary>
    public double Value { get; }

    /// <summary>Creates a valued customer.</summary>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is default, or <paramref name="value"/> is
    /// negative, NaN or infinite.</exception>
    public static ValuedCustomer Of(CustomerId customer, double value) => new(customer, value);

    /// <summary>Invariant text such as <c>C42: 1250.5</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Customer}: {Value}");
}
