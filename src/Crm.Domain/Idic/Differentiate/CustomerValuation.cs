using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Idic.Differentiate;

/// <summary>
/// A customer's value as input to tiering: the current value (CLV, margin, revenue — any finite number, negative for
/// customers who cost more than they bring) and the potential value (what the customer could be worth; equal to the
/// current value when unknown). Growth = potential − current.
/// </summary>
/// <remarks>The unit is the caller's (money in one currency, points); all valuations tiered together must share it.
/// Equality is by id and both values. <c>default</c> has no id and is refused. Immutable and thread-safe.</remarks>
public readonly record struct CustomerValuation
{
    private CustomerValuation(CustomerId id, double current, double potential)
    {
        CustomerId = id;
        Current = current;
        Potential = potential;
    }

    /// <summary>The customer.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>The current value (finite).</summary>
    public double Current { get; }

    /// <summary>The potential value (finite).</summary>
    public double Potential { get; }

    /// <summary>Potential minus current: the room to grow (may be negative).</summary>
    public double Growth => Potential - Current;

    /// <summary>Creates a valuation; <paramref name="potential"/> defaults to <paramref name="current"/>.</summary>
    /// <exception cref="ArgumentException">Default id, or a non-finite value.</exception>
    public static CustomerValuation Of(CustomerId id, double current, double? potential = null)
    {
        Guard.Against.Uninitialized(id, !id.IsDefault);
        Guard.Against.NonFinite(current);
        var p = Guard.Against.NonFinite(potential ?? current, nameof(potential));
        return new CustomerValuation(id, current, p);
    }

    /// <summary>Creates a valuation from money amounts (CLV, revenue), in one currency.</summary>
    public static CustomerValuation FromMoney(CustomerId id, Money current, Money? potential = null)
    {
        if (potential is { } p && p.Currency != current.Currency)
        {
            throw new ArgumentException($"{nameof(potential)} is in {p.Currency.Code}, {nameof(current)} in {current.Currency.Code}; they must share a currency.", nameof(potential));
        }

        return Of(id, (double)current.Amount, potential is { } q ? (double)q.Amount : null);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{CustomerId}: current {Current:0.##}, potential {Potential:0.##}");
}
