using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;

namespace Crm.Domain.Sales.Pricing;

/// <summary>The largest discount a role may grant on a line, in percent points of the gross line amount.</summary>
/// <remarks>Value equality; immutable and thread-safe.</remarks>
public sealed record DiscountLimit
{
    /// <summary>Creates a limit.</summary>
    /// <exception cref="ArgumentException">The role is <c>default</c>, or the percentage is outside 0–100.</exception>
    [JsonConstructor]
    public DiscountLimit(Role role, decimal maxPercent)
    {
        Role = Guard.Against.Uninitialized(role, !role.IsDefault);
        MaxPercent = Guard.Against.OutsideRange(maxPercent, 0m, 100m);
    }

    /// <summary>The role (the access policy's roles: <c>sales</c>, <c>sales-manager</c>...).</summary>
    public Role Role { get; }

    /// <summary>The largest discount the role may grant, in percent points (0–100).</summary>
    public decimal MaxPercent { get; }
}
