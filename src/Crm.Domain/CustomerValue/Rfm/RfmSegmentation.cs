using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Specifications;

namespace Crm.Domain.CustomerValue.Rfm;

/// <summary>
/// An ordered list of RFM segments: a score belongs to the first segment whose criteria it satisfies, or to the
/// final fallback segment (which every score satisfies).
/// </summary>
/// <remarks>
/// <para><see cref="Standard"/> is the widely used recency × frequency map (monetary is not used by it), on
/// quintiles; other bin counts are mapped onto 1..5 with <see cref="RfmScore.ToQuintile"/>. Build your own with
/// <see cref="Create"/> and <see cref="Spec.Where{T}(string, Func{T, bool})"/>.</para>
/// <para>Every possible score is classified once when the segmentation is created (3,024 cells for 2 to 10 bins),
/// so <see cref="Classify"/> is a table lookup; this relies on the criteria being pure, as every
/// <see cref="Specification{T}"/> must be. Immutable and thread-safe.</para>
/// </remarks>
public sealed class RfmSegmentation
{
    private readonly RfmSegment[] _segments;

    // Every possible score (bins 2..10, each measure 1..bins: 3,024 cells) classified once at creation, so that
    // classifying is a table lookup. Valid because specifications are pure (their documented contract).
    private readonly short[] _table;

    private RfmSegmentation(RfmSegment[] segments)
    {
        _segments = segments;
        Segments = [.. segments];
        _table = new short[CellOffset(RfmScore.MaxBins + 1)];
        for (var bins = RfmScore.MinBins; bins <= RfmScore.MaxBins; bins++)
        {
            for (var r = 1; r <= bins; r++)
            {
                for (var f = 1; f <= bins; f++)
                {
                    for (var m = 1; m <= bins; m++)
                    {
                        var score = RfmScore.CreateUnchecked(r, f, m, bins);
                        _table[Cell(score)] = (short)Evaluate(score);
                    }
                }
            }
        }
    }

    /// <summary>The segments in priority order; the last one is the fallback and matches every score.</summary>
    public ImmutableArray<RfmSegment> Segments { get; }

    /// <summary>A segmentation from segments in priority order, followed by a fallback segment.</summary>
    /// <exception cref="ArgumentException"><paramref name="segments"/> is null, contains null, or two segments share a
    /// name; <paramref name="fallbackName"/> is blank.</exception>
    public static RfmSegmentation Create(IEnumerable<RfmSegment> segments, string fallbackName = RfmSegmentNames.Other)
    {
        Guard.Against.Null(segments);
        Guard.Against.NullOrWhiteSpace(fallbackName);
        var list = segments.ToList();
        if (list.Any(s => s is null))
        {
            throw new ArgumentException("segments must not contain null.", nameof(segments));
        }

        list.Add(RfmSegment.Create(fallbackName, Spec.All<RfmScore>()));
        var duplicate = list.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"segment names must be unique; '{duplicate.Key}' appears {duplicate.Count()} times."), nameof(segments));
        }

        return new RfmSegmentation([.. list]);
    }

    /// <summary>
    /// The standard eleven segments on recency (R) and frequency (F) quintiles, first match wins: champions (R 5,
    /// F 4–5), loyal (R 3–4, F 4–5), potential loyalist (R 4–5, F 2–3), new (R 5, F 1), promising (R 4, F 1),
    /// need attention (R 3, F 3), about to sleep (R 3, F 1–2), can't lose (R 1–2, F 5), at risk (R 1–2, F 3–4),
    /// lost (R 1, F 1), hibernating (R 1–2, F 1–2). They cover every cell, so the fallback is never used.
    /// </summary>
    public static RfmSegmentation Standard() => Create(
        [
            Segment(RfmSegmentNames.Champions, 5, 5, 4, 5),
            Segment(RfmSegmentNames.Loyal, 3, 4, 4, 5),
            Segment(RfmSegmentNames.PotentialLoyalist, 4, 5, 2, 3),
            Segment(RfmSegmentNames.New, 5, 5, 1, 1),
            Segment(RfmSegmentNames.Promising, 4, 4, 1, 1),
            Segment(RfmSegmentNames.NeedAttention, 3, 3, 3, 3),
            Segment(RfmSegmentNames.AboutToSleep, 3, 3, 1, 2),
            Segment(RfmSegmentNames.CannotLose, 1, 2, 5, 5),
            Segment(RfmSegmentNames.AtRisk, 1, 2, 3, 4),
            Segment(RfmSegmentNames.Lost, 1, 1, 1, 1),
            Segment(RfmSegmentNames.Hibernating, 1, 2, 1, 2),
        ]);

    /// <summary>The segment of a score: the first whose criteria it satisfies.</summary>
    /// <exception cref="ArgumentException"><paramref name="score"/> is <c>default</c>.</exception>
    public RfmSegment Classify(RfmScore score) => _segments[IndexOf(score)];

    /// <summary>The index in <see cref="Segments"/> of a score's segment.</summary>
    /// <exception cref="ArgumentException"><paramref name="score"/> is <c>default</c>.</exception>
    public int IndexOf(RfmScore score)
    {
        Guard.Against.Uninitialized(score, !score.IsDefault);

        return _table[Cell(score)];
    }

    /// <summary>Writes the index in <see cref="Segments"/> of each score's segment into <paramref name="destination"/>;
    /// equal to <see cref="IndexOf"/> item by item.</summary>
    /// <exception cref="ArgumentException">The lengths differ, or a score is <c>default</c>.</exception>
    public void ClassifyBatch(ReadOnlySpan<RfmScore> scores, Span<int> destination)
    {
        if (scores.Length != destination.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"destination must have the same length as scores ({scores.Length}); it was {destination.Length}."), nameof(destination));
        }

        for (var i = 0; i < scores.Length; i++)
        {
            destination[i] = IndexOf(scores[i]);
        }
    }

    private int Evaluate(RfmScore score)
    {
        for (var i = 0; i < _segments.Length - 1; i++)
        {
            if (_segments[i].Criteria.IsSatisfiedBy(score))
            {
                return i;
            }
        }

        return _segments.Length - 1;
    }

    /// <summary>The first table cell of a bin count: the cells of all smaller bin counts (sum of b³) come first.</summary>
    private static int CellOffset(int bins)
    {
        // 2³ + ... + (bins − 1)³ = ((bins − 1) bins / 2)² − 1³.
        var triangle = (bins - 1) * bins / 2;
        return (triangle * triangle) - 1;
    }

    private static int Cell(RfmScore score)
    {
        var b = score.Bins;
        return CellOffset(b) + ((((score.Recency - 1) * b) + (score.Frequency - 1)) * b) + (score.Monetary - 1);
    }

    private static RfmSegment Segment(string name, int rMin, int rMax, int fMin, int fMax) => RfmSegment.Create(
        name,
        Spec.Where<RfmScore>(
            string.Create(CultureInfo.InvariantCulture, $"R {rMin}-{rMax} and F {fMin}-{fMax} (quintiles)"),
            s =>
            {
                var r = RfmScore.ToQuintile(s.Recency, s.Bins);
                var f = RfmScore.ToQuintile(s.Frequency, s.Bins);
                return r >= rMin && r <= rMax && f >= fMin && f <= fMax;
            }));
}
