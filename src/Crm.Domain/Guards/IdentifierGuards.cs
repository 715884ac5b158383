using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;

namespace Crm.Domain.Guards;

/// <summary>Guards on identifiers and on value types that must come from their factory. The idiom and the stock guards allowed: <see cref="NumberGuards"/>.</summary>
internal static partial class IdentifierGuards
{
    /// <summary>The longest identifier <see cref="InvalidIdentifier"/> accepts.</summary>
    public const int MaxIdentifierLength = 64;

    /// <summary>Throws if a value type was never initialised through its factory (its <c>default</c> is not usable here).</summary>
    public static T Uninitialized<T>(this IGuardClause guardClause, T value, bool isInitialized, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : struct
    {
        _ = guardClause;
        if (!isInitialized)
        {
            throw new ArgumentException($"{parameterName} is an uninitialised default({typeof(T).Name}); create it through its factory.", parameterName);
        }

        return value;
    }

    /// <summary>
    /// The rule for a member called on an uninitialised <c>default</c> instance (<c>default(BgNbdModel).ProbabilityAlive</c>):
    /// an <see cref="InvalidOperationException"/> naming the type and <paramref name="factory"/>, never an answer
    /// computed from zeros.
    /// </summary>
    public static void DefaultInstance<T>(this IGuardClause guardClause, bool isInitialized, string factory)
        where T : struct
    {
        _ = guardClause;
        if (!isInitialized)
        {
            throw new InvalidOperationException($"This {typeof(T).Name} is an uninitialised default (all parameters 0) and cannot answer; create one with {factory}.");
        }
    }

    /// <summary>
    /// Throws unless <paramref name="id"/> is an identifier: 1–64 characters of ASCII letters, digits, '.', '-' and
    /// '_' (compared ordinally). <paramref name="what"/> names the thing identified in the message ("criterion").
    /// </summary>
    public static string InvalidIdentifier(this IGuardClause guardClause, string? id, string what, [CallerArgumentExpression(nameof(id))] string? parameterName = null)
    {
        _ = guardClause;
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException($"A {what} id must not be null or blank; it was {(id is null ? "null" : $"'{id}'")}.", parameterName);
        }

        if (id.Length > MaxIdentifierLength || !IdentifierPattern().IsMatch(id))
        {
            throw new ArgumentException($"The {what} id '{id}' is invalid: ids are 1-{MaxIdentifierLength} letters, digits, '.', '-' or '_'.", parameterName);
        }

        return id;
    }

    /// <summary>
    /// Throws if a key is null (<see cref="ArgumentNullException"/>) or an uninitialised default of a key type that
    /// knows it (<see cref="IDefaultable"/>, such as <c>CustomerId</c>; an <see cref="ArgumentException"/>): the keys
    /// that group rows by customer.
    /// </summary>
    public static TKey NullOrDefaultKey<TKey>(this IGuardClause guardClause, TKey key, [CallerArgumentExpression(nameof(key))] string? parameterName = null)
    {
        _ = guardClause;
        if (key is null)
        {
            throw new ArgumentNullException(parameterName, $"{parameterName} must not be null.");
        }

        if (key is IDefaultable { IsDefault: true })
        {
            throw new ArgumentException($"{parameterName} is a default({typeof(TKey).Name}); create it with {typeof(TKey).Name}.Of.", parameterName);
        }

        return key;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
