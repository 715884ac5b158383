using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Retention;

/// <summary>The switching barriers on one customer relationship, and their combined strength on a date.</summary>
/// <remarks>Barriers are treated as independent: combined = 1 − Π(1 − strengthᵢ) over the barriers that hold. Immutable
/// (<see cref="Add"/> returns a new value) and thread-safe.</remarks>
public sealed class RelationshipBarriers
{
    private RelationshipBarriers(CustomerId customer, ImmutableArray<SwitchingBarrier> barriers)
    {
        Customer = customer;
        Barriers = barriers;
    }

    /// <summary>The customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>The barriers, in the order added.</summary>
    public ImmutableArray<SwitchingBarrier> Barriers { get; }

    /// <summary>A relationship without barriers.</summary>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is default.</exception>
    public static RelationshipBarriers For(CustomerId customer)
    {
        if (customer.IsDefault)
        {
            throw new ArgumentException("customer is an uninitialised default(CustomerId).", nameof(customer));
        }

        return new RelationshipBarriers(customer, []);
    }

    /// <summary>The relationship with one more barrier.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is undefined.</exception>
    public RelationshipBarriers Add(SwitchingBarrier barrier)
    {
        Guard.Against.UndefinedEnum(barrier.Kind, allowDefault: true, parameterName: nameof(barrier));

        return new RelationshipBarriers(Customer, Barriers.Add(barrier));
    }

    /// <summary>The combined strength of the barriers holding on <paramref name="date"/> (0 with none).</summary>
    public Probability CombinedStrength(LocalDate date)
    {
        var escape = 1d;
        foreach (var b in Barriers)
        {
            if (b.HoldsOn(date))
            {
                escape *= 1d - b.Strength.Value;
            }
        }

        return Probability.Clamped(1d - escape);
    }

    /// <summary>The barriers that lapse within <paramref name="window"/> (renewal moments worth a retention action).</summary>
    public ImmutableArray<SwitchingBarrier> ExpiringWithin(DateInterval window)
    {
        Guard.Against.Null(window);
        return [.. Barriers.Where(b => b.ExpiresOn is { } e && window.Contains(e))];
    }
}
