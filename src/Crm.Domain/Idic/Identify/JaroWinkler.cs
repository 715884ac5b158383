using System.Buffers;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Idic.Identify;

/// <summary>
/// The Jaro and Jaro–Winkler string similarities (Winkler 1990), in [0, 1], 1 for equal strings, 0 when nothing
/// matches (and for two empty strings, which carry no evidence).
/// </summary>
/// <remarks>
/// Jaro: with m matching characters (equal and no further apart than ⌊max(|a|,|b|)/2⌋−1) and t half the number of
/// matched characters out of order, sim = (m/|a| + m/|b| + (m−t)/m)/3. Jaro–Winkler adds ℓ·p·(1−sim) for a common
/// prefix of ℓ ≤ 4 characters, with scale p (0.1 by default, at most 0.25). Both are computed with the strings in a
/// canonical order (shorter first, then ordinal), so they are exactly symmetric. Allocation-free for strings up to 256
/// characters. Comparison is ordinal: normalise first (duplicate detection compares lower-case matching keys).
/// Thread-safe.
/// </remarks>
public static class JaroWinkler
{
    /// <summary>The usual prefix scale, 0.1.</summary>
    public const double DefaultPrefixScale = 0.1;

    /// <summary>The Jaro similarity of <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Order(ref a, ref b);
        if (a.Length == 0)
        {
            return 0d;
        }

        if (a.SequenceEqual(b))
        {
            return 1d;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        bool[]? rentedA = null;
        bool[]? rentedB = null;
        var flagsA = a.Length <= 256 ? stackalloc bool[a.Length] : (rentedA = ArrayPool<bool>.Shared.Rent(a.Length)).AsSpan(0, a.Length);
        var flagsB = b.Length <= 256 ? stackalloc bool[b.Length] : (rentedB = ArrayPool<bool>.Shared.Rent(b.Length)).AsSpan(0, b.Length);
        flagsA.Clear();
        flagsB.Clear();
        try
        {
            var matches = 0;
            for (var i = 0; i < a.Length; i++)
            {
                var lo = Math.Max(0, i - window);
                var hi = Math.Min(b.Length - 1, i + window);
                for (var j = lo; j <= hi; j++)
                {
                    if (!flagsB[j] && a[i] == b[j])
                    {
                        flagsA[i] = true;
                        flagsB[j] = true;
                        matches++;
                        break;
                    }
                }
            }

            if (matches == 0)
            {
                return 0d;
            }

            var transpositions = 0;
            var k = 0;
            for (var i = 0; i < a.Length; i++)
            {
                if (!flagsA[i])
                {
                    continue;
                }

                while (!flagsB[k])
                {
                    k++;
                }

                if (a[i] != b[k])
                {
                    transpositions++;
                }

                k++;
            }

            double m = matches;
            return ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2d)) / m)) / 3d;
        }
        finally
        {
            if (rentedA is not null)
            {
                ArrayPool<bool>.Shared.Return(rentedA);
            }

            if (rentedB is not null)
            {
                ArrayPool<bool>.Shared.Return(rentedB);
            }
        }
    }

    /// <summary>The Jaro–Winkler similarity of <paramref name="a"/> and <paramref name="b"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="prefixScale"/> is outside [0, 0.25].</exception>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double prefixScale = DefaultPrefixScale)
    {
        Guard.Against.OutsideRange(prefixScale, 0d, 0.25d);
        var jaro = Jaro(a, b);
        var prefix = 0;
        var max = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < max && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return Math.Min(1d, jaro + (prefix * prefixScale * (1d - jaro)));
    }

    private static void Order(ref ReadOnlySpan<char> a, ref ReadOnlySpan<char> b)
    {
        if (a.Length > b.Length || (a.Length == b.Length && a.SequenceCompareTo(b) > 0))
        {
            var t = a;
            a = b;
            b = t;
        }
    }
}
