using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Crm.Domain.Guards;

/// <summary>Guards on spans and batches: checked once at the entry of a batch path, before any write. The idiom and the stock guards allowed: <see cref="NumberGuards"/>.</summary>
internal static class SpanGuards
{
    /// <summary>
    /// Throws unless a destination has exactly <paramref name="expected"/> entries, one per input item;
    /// <paramref name="item"/> names the input item ("customer").
    /// </summary>
    public static int LengthMismatch(this IGuardClause guardClause, int actual, int expected, string item, [CallerArgumentExpression(nameof(actual))] string? parameterName = null)
    {
        _ = guardClause;
        if (actual != expected)
        {
            // The caller passes destination.Length: name the span, not its property.
            var name = parameterName?.Replace(".Length", string.Empty, StringComparison.Ordinal);
            throw new ArgumentException($"{name} must have one entry per {item} ({expected}); it had {actual}.", name);
        }

        return actual;
    }
}
