using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Idic.Identify;

/// <summary>
/// Finds duplicate customer records: blocking picks candidate pairs, a <see cref="RecordMatcher"/> scores them, and
/// remembered "not a duplicate" decisions are respected.
/// </summary>
/// <remarks>
/// <para>Blocking keys (a pair is scored only if it shares one): the e-mail; the phone; the first 3 letters of the
/// family name with the postal code; the first 3 letters of the given name with the postal code; the first 4 letters
/// of the family name with the first 2 of the given name. Keys are hashed and sorted (O(k·n log n), k = 5). A block of
/// at most <see cref="MaxBlockSize"/> records is compared all-pairs; a larger one (a common name, a shared office
/// address) is sorted by name and compared only within a sliding window of <see cref="Window"/> records (sorted
/// neighbourhood), which keeps the number of pairs linear in n. A pair sharing several keys is scored once (under its
/// first key). Hash collisions are re-checked, never scored as a shared key.</para>
/// <para>Trade-off: two duplicates that share no key (a typo in the first letters of both names and no common e-mail,
/// phone or postal code) are not found; nor are two records far apart inside an oversized block.</para>
/// <para>Immutable and thread-safe; <see cref="Detect"/> is single-threaded.</para>
/// </remarks>
public sealed class DuplicateDetector
{
    private const int KeyKinds = 5;

    /// <summary>Creates a detector.</summary>
    /// <param name="matcher">The scorer; a default <see cref="RecordMatcher"/> if null.</param>
    /// <param name="maxBlockSize">The largest block compared all-pairs, in [2, 10 000].</param>
    /// <param name="window">The sliding window inside larger blocks, in [2, <paramref name="maxBlockSize"/>].</param>
    /// <exception cref="ArgumentOutOfRangeException">A size outside its range.</exception>
    public DuplicateDetector(RecordMatcher? matcher = null, int maxBlockSize = 50, int window = 10)
    {
        Matcher = matcher ?? new RecordMatcher();
        MaxBlockSize = Guard.Against.OutsideRange(maxBlockSize, 2, 10_000);
        Window = Guard.Against.OutsideRange(window, 2, maxBlockSize);
    }

    /// <summary>The scorer.</summary>
    public RecordMatcher Matcher { get; }

    /// <summary>The largest block compared all-pairs.</summary>
    public int MaxBlockSize { get; }

    /// <summary>The sliding window in larger blocks.</summary>
    public int Window { get; }

    /// <summary>Detects duplicates among <paramref name="candidates"/>.</summary>
    /// <exception cref="ArgumentException">A null candidate or two candidates with the same id.</exception>
    public DuplicateReport Detect(IReadOnlyList<MatchCandidate> candidates, NotDuplicateRegister? remembered = null)
    {
        Guard.Against.Null(candidates);
        remembered ??= NotDuplicateRegister.Empty;
        var items = new MatchCandidate[candidates.Count];
        var ids = new HashSet<CustomerId>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var c = candidates[i] ?? throw new ArgumentException($"candidates[{i}] is null.", nameof(candidates));
            if (!ids.Add(c.Id))
            {
                throw new ArgumentException($"Two candidates have the id {c.Id}; ids must be unique.", nameof(candidates));
            }

            items[i] = c;
        }

        var (hashes, owners) = BuildKeys(items);
        Array.Sort(hashes, owners);
        var matches = ImmutableArray.CreateBuilder<MatchResult>();
        long compared = 0;
        var suppressed = 0;
        var block = new List<int>();
        for (var start = 0; start < hashes.Length;)
        {
            var end = start + 1;
            while (end < hashes.Length && hashes[end] == hashes[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                var kind = (int)(hashes[start] & 7);
                block.Clear();
                for (var k = start; k < end; k++)
                {
                    block.Add(owners[k]);
                }

                var span = end - start <= MaxBlockSize ? block.Count : Window;
                if (block.Count > MaxBlockSize)
                {
                    block.Sort((x, y) => NameOrder(items[x], items[y]));
                }

                for (var x = 0; x < block.Count; x++)
                {
                    var last = Math.Min(block.Count - 1, x + span - 1);
                    for (var y = x + 1; y <= last; y++)
                    {
                        var a = items[block[x]];
                        var b = items[block[y]];
                        if (!SharesKey(kind, a, b) || SharesEarlierKey(kind, a, b))
                        {
                            continue;
                        }

                        compared++;
                        var score = RecordMatcher.Score(a, b, out _);
                        if (score < Matcher.Thresholds.Review)
                        {
                            continue;
                        }

                        if (remembered.Contains(a.Id, b.Id))
                        {
                            suppressed++;
                            continue;
                        }

                        matches.Add(Matcher.Compare(a, b));
                    }
                }
            }

            start = end;
        }

        var ordered = matches.OrderByDescending(m => m.Score).ThenBy(m => m.First).ThenBy(m => m.Second).ToImmutableArray();
        return new DuplicateReport(items.Length, compared, suppressed, ordered);
    }

    private static (ulong[] Hashes, int[] Owners) BuildKeys(MatchCandidate[] items)
    {
        var hashes = new List<ulong>(items.Length * 3);
        var owners = new List<int>(items.Length * 3);
        for (var i = 0; i < items.Length; i++)
        {
            for (var kind = 0; kind < KeyKinds; kind++)
            {
                if (HasKey(kind, items[i]))
                {
                    hashes.Add(Hash(kind, items[i]));
                    owners.Add(i);
                }
            }
        }

        return ([.. hashes], [.. owners]);
    }

    private static bool HasKey(int kind, MatchCandidate c) => kind switch
    {
        0 => c.Email.Length > 0,
        1 => c.Phone.Length > 0,
        2 => c.FamilyKey.Length > 0 && c.PostalCode.Length > 0,
        3 => c.GivenKey.Length > 0 && c.PostalCode.Length > 0,
        _ => c.FamilyKey.Length > 0 && c.GivenKey.Length > 0,
    };

    private static bool SharesKey(int kind, MatchCandidate a, MatchCandidate b) =>
        HasKey(kind, a) && HasKey(kind, b) && kind switch
        {
            0 => string.Equals(a.Email, b.Email, StringComparison.Ordinal),
            1 => string.Equals(a.Phone, b.Phone, StringComparison.Ordinal),
            2 => Prefix(a.FamilyKey, 3).SequenceEqual(Prefix(b.FamilyKey, 3)) && string.Equals(a.PostalCode, b.PostalCode, StringComparison.Ordinal),
            3 => Prefix(a.GivenKey, 3).SequenceEqual(Prefix(b.GivenKey, 3)) && string.Equals(a.PostalCode, b.PostalCode, StringComparison.Ordinal),
            _ => Prefix(a.FamilyKey, 4).SequenceEqual(Prefix(b.FamilyKey, 4)) && Prefix(a.GivenKey, 2).SequenceEqual(Prefix(b.GivenKey, 2)),
        };

    private static bool SharesEarlierKey(int kind, MatchCandidate a, MatchCandidate b)
    {
        for (var k = 0; k < kind; k++)
        {
            if (SharesKey(k, a, b))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong Hash(int kind, MatchCandidate c)
    {
        var h = 14695981039346656037UL;
        switch (kind)
        {
            case 0: h = Fnv(h, c.Email); break;
            case 1: h = Fnv(h, c.Phone); break;
            case 2: h = Fnv(Fnv(Fnv(h, Prefix(c.FamilyKey, 3)), "|"), c.PostalCode); break;
            case 3: h = Fnv(Fnv(Fnv(h, Prefix(c.GivenKey, 3)), "|"), c.PostalCode); break;
            default: h = Fnv(Fnv(Fnv(h, Prefix(c.FamilyKey, 4)), "|"), Prefix(c.GivenKey, 2)); break;
        }

        // The kind sits in the low 3 bits, so that equal texts under different kinds never share a block.
        return (h & ~7UL) | (uint)kind;
    }

    private static ulong Fnv(ulong h, ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            h = (h ^ ch) * 1099511628211UL;
        }

        return h;
    }

    private static ReadOnlySpan<char> Prefix(string s, int n) => s.AsSpan(0, Math.Min(n, s.Length));

    private static int NameOrder(MatchCandidate a, MatchCandidate b)
    {
        var c = string.CompareOrdinal(a.FamilyKey, b.FamilyKey);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.GivenKey, b.GivenKey);
        }

        return c == 0 ? string.CompareOrdinal(a.StreetKey, b.StreetKey) : c;
    }
}
