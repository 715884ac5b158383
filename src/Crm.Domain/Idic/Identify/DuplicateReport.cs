using System.Collections.Immutable;
using Crm.Domain.Primitives;

namespace Crm.Domain.Idic.Identify;

/// <summary>
/// What a duplicate-detection run found: every pair at or above the review threshold (with its evidence), how many
/// pairs blocking let through, and how many were suppressed by remembered "not a duplicate" decisions.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DuplicateReport
{
    internal DuplicateReport(int records, long comparedPairs, int suppressed, ImmutableArray<MatchResult> matches)
    {
        Records = records;
        ComparedPairs = comparedPairs;
        Suppressed = suppressed;
        Matches = matches;
    }

    /// <summary>The number of records examined.</summary>
    public int Records { get; }

    /// <summary>The number of pairs scored (all pairs would be n(n−1)/2).</summary>
    public long ComparedPairs { get; }

    /// <summary>The number of pairs at or above review that a remembered decision suppressed.</summary>
    public int Suppressed { get; }

    /// <summary>The pairs decided <see cref="MatchDecision.Same"/> or <see cref="MatchDecision.Review"/>, by descending score.</summary>
    public ImmutableArray<MatchResult> Matches { get; }

    /// <summary>The pairs decided <see cref="MatchDecision.Same"/>.</summary>
    public IEnumerable<MatchResult> Same => Matches.Where(m => m.Decision == MatchDecision.Same);

    /// <summary>The pairs to review.</summary>
    public IEnumerable<MatchResult> Review => Matches.Where(m => m.Decision == MatchDecision.Review);

    /// <summary>
    /// The groups of records to merge: connected components of the <see cref="MatchDecision.Same"/> pairs, each with at
    /// least two ids, ids in ordinal order, groups ordered by their first id.
    /// </summary>
    public ImmutableArray<ImmutableArray<CustomerId>> Clusters()
    {
        var parent = new Dictionary<CustomerId, CustomerId>();
        CustomerId Find(CustomerId x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                var grand = parent.TryGetValue(p, out var g) ? g : p;
                parent[x] = grand;
                x = grand;
            }

            return x;
        }

        foreach (var m in Same)
        {
            parent.TryAdd(m.First, m.First);
            parent.TryAdd(m.Second, m.Second);
            var ra = Find(m.First);
            var rb = Find(m.Second);
            if (ra != rb)
            {
                if (ra.CompareTo(rb) < 0)
                {
                    parent[rb] = ra;
                }
                else
                {
                    parent[ra] = rb;
                }
            }
        }

        return [.. parent.Keys.GroupBy(Find).Select(g => g.Order().ToImmutableArray()).Where(g => g.Length > 1).OrderBy(g => g[0])];
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Records} records, {ComparedPairs} pairs compared, {Matches.Count(m => m.Decision == MatchDecision.Same)} same, {Matches.Count(m => m.Decision == MatchDecision.Review)} to review, {Suppressed} suppressed";
}
