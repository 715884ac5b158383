using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using static Crm.Domain.Guards.GuardMessage;

namespace Crm.Domain.Guards;

/// <summary>
/// Guards on amounts (<c>Money</c>): one rule, "a real amount, not below zero, in the expected unit if one is named",
/// so prices, costs, compensations, credit limits and conversion values are refused the same way and with the same
/// message. See <see cref="NumberGuards"/> for the conventions all guards follow.
/// </summary>
internal static class AmountGuards
{
    /// <summary>
    /// Throws unless <paramref name="amount"/> is initialised (not <c>default</c>: an <see cref="ArgumentException"/>),
    /// in <paramref name="unit"/> when one is given (an <see cref="ArgumentException"/>), and not negative (an
    /// <see cref="ArgumentOutOfRangeException"/>). Zero is allowed.
    /// </summary>
    public static T NegativeAmount<T>(this IGuardClause guardClause, T amount, string? unit = null, [CallerArgumentExpression(nameof(amount))] string? parameterName = null)
        where T : struct, IAmount
    {
        _ = guardClause;
        if (amount.IsDefault)
        {
            throw new ArgumentException($"{parameterName} is an uninitialised default({typeof(T).Name}); create it through its factory.", parameterName);
        }

        if (unit is not null && !string.Equals(amount.Unit, unit, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{parameterName} must be an amount in {unit}; it was {Format(amount)}.", parameterName);
        }

        if (amount.IsNegative)
        {
            var range = unit is null ? ">= 0" : $">= 0 {unit}";
            throw new ArgumentOutOfRangeException(parameterName, amount, $"{parameterName} must be an amount {range}; it was {Format(amount)}.");
        }

        return amount;
    }
}
