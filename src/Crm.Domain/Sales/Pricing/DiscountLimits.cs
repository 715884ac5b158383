using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Sales.Pricing;

/// <summary>
/// Who may grant how much discount: one <see cref="DiscountLimit"/> per role. A role not listed may grant none.
/// </summary>
/// <remarks>The limit compares a line's <see cref="Discount.EffectivePercent"/> (an amount discount counts as its
/// share of the gross amount), inclusive: a 10 % limit allows exactly 10 %. Immutable and thread-safe.</remarks>
public sealed class DiscountLimits
{
    /// <summary>Creates the limits.</summary>
    /// <exception cref="ArgumentException">The list is default or has a null element or a role listed twice.</exception>
    [JsonConstructor]
    public DiscountLimits(ImmutableArray<DiscountLimit> limits)
    {
        Guard.Against.DefaultArray(limits);
        var seen = new HashSet<Role>();
        foreach (var limit in limits)
        {
            Guard.Against.NullElement(limit, nameof(limits));
            if (!seen.Add(limit.Role))
            {
                throw new ArgumentException($"limits lists the role '{limit.Role}' twice.", nameof(limits));
            }
        }

        Limits = limits;
    }

    /// <summary>One limit per role, in the order given.</summary>
    public ImmutableArray<DiscountLimit> Limits { get; }

    /// <summary>The largest discount <paramref name="role"/> may grant, in percent points; 0 for a role not listed.</summary>
    /// <exception cref="ArgumentException"><paramref name="role"/> is <c>default</c>.</exception>
    public decimal MaxPercentFor(Role role)
    {
        Guard.Against.Uninitialized(role, !role.IsDefault);
        foreach (var limit in Limits)
        {
            if (limit.Role == role)
            {
                return limit.MaxPercent;
            }
        }

        return 0m;
    }

    /// <summary>True when <paramref name="role"/> may grant <paramref name="discount"/> on a line of <paramref name="gross"/>.</summary>
    /// <exception cref="ArgumentException">A default role or amount, a negative amount, or an amount discount above the gross amount.</exception>
    public bool Allows(Role role, Discount discount, Money gross) => discount.EffectivePercent(gross) <= MaxPercentFor(role);

    /// <summary>Throws unless <paramref name="role"/> may grant <paramref name="discount"/> on a line of <paramref name="gross"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The discount is above the role's limit (the message names both).</exception>
    /// <exception cref="ArgumentException">A default role or amount, a negative amount, or an amount discount above the gross amount.</exception>
    public void Ensure(Role role, Discount discount, Money gross)
    {
        if (!Allows(role, discount, gross))
        {
            throw new ArgumentOutOfRangeException(nameof(discount), discount.EffectivePercent(gross),
                $"discount {discount} on {gross} is {decimal.Round(discount.EffectivePercent(gross), 4)} %, above the {MaxPercentFor(role)} % that role '{role}' may grant.");
        }
    }
}
