using System.Collections.Immutable;
using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// The trend of one block (or of the overall index) over an <see cref="AssessmentHistory"/>: the index at each
/// assessment and the least-squares change per year.
/// </summary>
/// <remarks>Equality is by reference. Immutable and thread-safe.</remarks>
public sealed class MaturityTrend
{
    internal MaturityTrend(string id, ImmutableArray<TrendPoint> points)
    {
        Id = id;
        Points = points;
        var rated = points.Where(p => p.Index is not null).ToList();
        if (rated.Count >= 2)
        {
            // x = years since the first rated point (365.25 days a year), y = index; slope of the least-squares line.
            var origin = rated[0].Date;
            var xs = rated.Select(p => Period.DaysBetween(origin, p.Date) / 365.25).ToList();
            var ys = rated.Select(p => p.Index!.Value).ToList();
            var mx = xs.Average();
            var my = ys.Average();
            var sxx = xs.Sum(x => (x - mx) * (x - mx));
            var sxy = xs.Select((x, i) => (x - mx) * (ys[i] - my)).Sum();
            ChangePerYear = sxx > 0 ? sxy / sxx : null;
            Change = ys[^1] - ys[0];
        }
    }

    /// <summary>The block id, or <c>overall</c>.</summary>
    public string Id { get; }

    /// <summary>The index at each assessment, oldest first.</summary>
    public ImmutableArray<TrendPoint> Points { get; }

    /// <summary>Index points per year (least-squares slope over the rated points); null with fewer than two.</summary>
    public double? ChangePerYear { get; }

    /// <summary>Last rated index − first rated index; null with fewer than two rated points.</summary>
    public double? Change { get; }
}
