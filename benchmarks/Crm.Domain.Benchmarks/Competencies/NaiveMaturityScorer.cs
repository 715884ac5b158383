using Crm.Domain.Competencies;

namespace Crm.Domain.Benchmarks.Competencies;

/// <summary>The baseline: the overall index written the obvious way with LINQ, as a spreadsheet port would.</summary>
public static class NaiveMaturityScorer
{
    public static double? OverallIndex(Assessment assessment)
    {
        var means = assessment.Ratings
            .GroupBy(r => r.CriterionId)
            .ToDictionary(g => g.Key, g => g.Average(r => r.Level.Value));
        var blocks = assessment.Framework.Blocks
            .Select(b => (Block: b, Rated: b.Criteria.Where(c => means.ContainsKey(c.Id)).ToList()))
            .Where(x => x.Rated.Count > 0)
            .Select(x => (x.Block.Weight, Index: x.Rated.Sum(c => c.Weight * (means[c.Id] - 1) * 25) / x.Rated.Sum(c => c.Weight)))
            .ToList();
        return blocks.Count == 0 ? null : blocks.Sum(b => b.Weight * b.Index) / blocks.Sum(b => b.Weight);
    }
}
