using System.Collections.Immutable;
using System.Text;
using Crm.Domain.Primitives;
using Crm.Domain.Specifications;

namespace Crm.Domain.Idic.Differentiate;

/// <summary>The segments a candidate belongs to (possibly several, possibly none), with each segment's explanation.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SegmentMembership
{
    internal SegmentMembership(ImmutableArray<string> segments, ImmutableArray<SpecificationResult> evaluations)
    {
        Segments = segments;
        Evaluations = evaluations;
    }

    /// <summary>The names of the segments the candidate belongs to, in the segmentation's order.</summary>
    [NotPersonal("segment names, shared by many customers")]
    public ImmutableArray<string> Segments { get; }

    /// <summary>The evaluation of every segment's criteria (members and non-members), in the segmentation's order.</summary>
    public ImmutableArray<SpecificationResult> Evaluations { get; }

    /// <summary>True when the candidate is in the segment named <paramref name="segment"/>.</summary>
    public bool IsIn(string segment) => Segments.Contains(segment, StringComparer.Ordinal);

    /// <summary>Every segment's criteria tree, satisfied or not: why the candidate is in or out.</summary>
    public string Explain()
    {
        var sb = new StringBuilder();
        foreach (var e in Evaluations)
        {
            sb.Append(e.Explain()).Append('\n');
        }

        return sb.ToString().TrimEnd();
    }

    /// <inheritdoc />
    public override string ToString() => Segments.IsEmpty ? "no segment" : string.Join(", ", Segments);
}
