using System.Collections.Immutable;

namespace Crm.Domain.Metrics;

/// <summary>Value equality of the arrays in accumulator states: records compare arrays by reference, states by
/// content (two default arrays are equal; a default array differs from an empty one).</summary>
internal static class StateEquality
{
    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right)
        where T : IEquatable<T> =>
        left.IsDefault ? right.IsDefault : !right.IsDefault && left.AsSpan().SequenceEqual(right.AsSpan());

    public static int Hash<T>(ImmutableArray<T> values)
    {
        var hash = default(HashCode);
        if (!values.IsDefault)
        {
            foreach (var v in values)
            {
                hash.Add(v);
            }
        }

        return hash.ToHashCode();
    }
}
