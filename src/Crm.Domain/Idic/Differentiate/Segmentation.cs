using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Crm.Domain.Idic.Differentiate;

/// <summary>
/// A set of segments over <typeparamref name="T"/>. Segments may overlap: a candidate belongs to every segment whose
/// criteria it satisfies, and <see cref="Classify"/> explains each.
/// </summary>
/// <remarks>Immutable and thread-safe if the criteria are.</remarks>
/// <typeparam name="T">What is segmented.</typeparam>
public sealed class Segmentation<T>
{
    private Segmentation(ImmutableArray<Segment<T>> segments) => Segments = segments;

    /// <summary>The segments, in order.</summary>
    public ImmutableArray<Segment<T>> Segments { get; }

    /// <summary>Creates a segmentation.</summary>
    /// <exception cref="ArgumentException">No segment, a null one, or two with the same name.</exception>
    public static Segmentation<T> Of(params Segment<T>[] segments)
    {
        Guard.Against.NullOrEmpty(segments);
        if (segments.Any(s => s is null))
        {
            throw new ArgumentException("segments must not contain null.", nameof(segments));
        }

        if (segments.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count() != segments.Length)
        {
            throw new ArgumentException("Segment names must be unique.", nameof(segments));
        }

        return new Segmentation<T>([.. segments]);
    }

    /// <summary>The segments <paramref name="candidate"/> belongs to, explained.</summary>
    public SegmentMembership Classify(T candidate)
    {
        var evaluations = Segments.Select(s => s.Criteria.Evaluate(candidate)).ToImmutableArray();
        var names = Segments.Where((s, i) => evaluations[i].IsSatisfied).Select(s => s.Name).ToImmutableArray();
        return new SegmentMembership(names, evaluations);
    }

    /// <summary>The names of the segments <paramref name="candidate"/> belongs to (fast path, no explanation).</summary>
    public ImmutableArray<string> SegmentsOf(T candidate) => [.. Segments.Where(s => s.Criteria.IsSatisfiedBy(candidate)).Select(s => s.Name)];

    /// <summary>The number of members of each segment among <paramref name="candidates"/>, in segment order.</summary>
    public ImmutableArray<KeyValuePair<string, int>> Sizes(IEnumerable<T> candidates)
    {
        Guard.Against.Null(candidates);
        var counts = new int[Segments.Length];
        foreach (var c in candidates)
        {
            for (var i = 0; i < Segments.Length; i++)
            {
                if (Segments[i].Criteria.IsSatisfiedBy(c))
                {
                    counts[i]++;
                }
            }
        }

        return [.. Segments.Select((s, i) => new KeyValuePair<string, int>(s.Name, counts[i]))];
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Segments.Select(s => s.Name));
}
