using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// The scored view of an <see cref="Assessment"/>: every criterion combined over its assessors, every block, the
/// overall index and the cut by type of CRM.
/// </summary>
/// <remarks>
/// <para>The rule, documented once:</para>
/// <list type="number">
/// <item>Criterion: the mean m of its ratings' levels (1–5); index = (m − 1) × 25, so 0 (all initial) to 100 (all
/// optimised). Spread = highest − lowest level; assessors disagree when the spread reaches the threshold
/// (default 2 levels, e.g. "developing" against "managed").</item>
/// <item>Block: the mean of its rated criteria's indexes weighted by criterion weight; null when none is rated.
/// Unrated criteria are left out (not counted as zero) and reported as coverage.</item>
/// <item>Overall: the mean of the rated blocks' indexes weighted by block weight, 0–100; null when nothing is rated.</item>
/// <item>By CRM type: the mean of the rated criteria's indexes of that type weighted by their effective weights
/// (<see cref="CompetencyFramework.EffectiveWeight"/>).</item>
/// </list>
/// <para>So raising any one rating never lowers its block or the overall index, and scaling all weights by a positive
/// constant changes nothing (up to rounding). Immutable and thread-safe; equality is by reference.</para>
/// </remarks>
public sealed class MaturityProfile
{
    private MaturityProfile(Assessment assessment, int threshold, double? overall, ImmutableArray<BlockScore> blocks, ImmutableArray<CriterionScore> criteria, ImmutableArray<CrmTypeScore> byType)
    {
        Framework = assessment.Framework;
        Organisation = assessment.Organisation;
        AssessedOn = assessment.AssessedOn;
        DisagreementThreshold = threshold;
        Overall = overall;
        Blocks = blocks;
        Criteria = criteria;
        ByCrmType = byType;
    }

    /// <summary>The framework scored against.</summary>
    public CompetencyFramework Framework { get; }

    /// <summary>The organisation assessed.</summary>
    public string Organisation { get; }

    /// <summary>The date of the assessment.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>The spread (in levels) from which assessors are said to disagree.</summary>
    public int DisagreementThreshold { get; }

    /// <summary>The overall index, 0–100; null when nothing is rated.</summary>
    public double? Overall { get; }

    /// <summary>Rated criteria over all criteria of the framework.</summary>
    public Ratio Coverage => Ratio.Rate(Criteria.Count(c => c.IsRated), Criteria.Length);

    /// <summary>One score per block, in framework order.</summary>
    public ImmutableArray<BlockScore> Blocks { get; }

    /// <summary>One combined score per criterion, in framework order (unrated criteria included, with count 0).</summary>
    public ImmutableArray<CriterionScore> Criteria { get; }

    /// <summary>One score per type of CRM that the framework's criteria serve, in enum order.</summary>
    public ImmutableArray<CrmTypeScore> ByCrmType { get; }

    /// <summary>The criteria on which the assessors disagree, in framework order.</summary>
    public ImmutableArray<CriterionScore> Disagreements => [.. Criteria.Where(c => c.Disagreement)];

    /// <summary>The score of block <paramref name="blockId"/>.</summary>
    /// <exception cref="ArgumentException">The framework has no such block.</exception>
    public BlockScore Block(string blockId) => Blocks[Framework.BlockIndexOf(blockId, nameof(blockId))];

    /// <summary>The combined score of criterion <paramref name="criterionId"/>.</summary>
    /// <exception cref="ArgumentException">The framework has no such criterion.</exception>
    public CriterionScore Criterion(string criterionId) => Criteria[Framework.OrdinalOf(criterionId, nameof(criterionId))];

    internal static MaturityProfile Of(Assessment assessment, int disagreementThreshold)
    {
        Guard.Against.OutsideRange(disagreementThreshold, 1, MaturityLevel.MaxValue - MaturityLevel.MinValue);
        var framework = assessment.Framework;
        var n = framework.CriterionCount;
        var sums = new double[n];
        var counts = new int[n];
        var squares = new double[n];
        var lowest = new int[n];
        var highest = new int[n];
        AssessmentScoring.Accumulate(assessment, sums, counts);
        var ordinals = assessment.Ordinals;
        for (var i = 0; i < ordinals.Length; i++)
        {
            var o = ordinals[i];
            var level = assessment.Ratings[i].Level.Value;
            squares[o] += level * level;
            lowest[o] = lowest[o] == 0 ? level : Math.Min(lowest[o], level);
            highest[o] = Math.Max(highest[o], level);
        }

        var criteria = ImmutableArray.CreateBuilder<CriterionScore>(n);
        for (var c = 0; c < n; c++)
        {
            var criterion = framework.Criteria[c];
            var blockId = framework.Blocks[framework.BlockOfOrdinal(c)].Id;
            if (counts[c] == 0)
            {
                criteria.Add(new CriterionScore(criterion.Id, blockId, criterion.CrmType, 0, null, null, null, 0d, false));
                continue;
            }

            var mean = sums[c] / counts[c];
            var sd = Math.Sqrt(Math.Max(0d, (squares[c] / counts[c]) - (mean * mean)));
            criteria.Add(new CriterionScore(
                criterion.Id, blockId, criterion.CrmType, counts[c], mean,
                MaturityLevel.Of(lowest[c]), MaturityLevel.Of(highest[c]), sd, highest[c] - lowest[c] >= disagreementThreshold));
        }

        var blocks = ImmutableArray.CreateBuilder<BlockScore>(framework.BlockCount);
        for (var b = 0; b < framework.BlockCount; b++)
        {
            var block = framework.Blocks[b];
            var rated = 0;
            var disagreements = 0;
            for (var c = framework.BlockStart(b); c < framework.BlockEnd(b); c++)
            {
                rated += counts[c] > 0 ? 1 : 0;
                disagreements += criteria[c].Disagreement ? 1 : 0;
            }

            blocks.Add(new BlockScore(block.Id, block.Title, block.Weight, AssessmentScoring.BlockIndex(framework, b, sums, counts),
                Ratio.Rate(rated, block.Criteria.Length), disagreements));
        }

        var criteriaRows = criteria.MoveToImmutable();
        return new MaturityProfile(assessment, disagreementThreshold, AssessmentScoring.Overall(framework, sums, counts),
            blocks.MoveToImmutable(), criteriaRows, ByType(framework, criteriaRows));
    }

    private static ImmutableArray<CrmTypeScore> ByType(CompetencyFramework framework, ImmutableArray<CriterionScore> criteria)
    {
        var result = ImmutableArray.CreateBuilder<CrmTypeScore>();
        foreach (var type in Enum.GetValues<CrmType>())
        {
            double numerator = 0, denominator = 0;
            int total = 0, rated = 0;
            for (var c = 0; c < criteria.Length; c++)
            {
                if (criteria[c].CrmType != type)
                {
                    continue;
                }

                total++;
                if (criteria[c].Index is { } index)
                {
                    rated++;
                    var w = framework.EffectiveWeightOf(c);
                    numerator += w * index;
                    denominator += w;
                }
            }

            if (total > 0)
            {
                result.Add(new CrmTypeScore(type, denominator > 0 ? Math.Clamp(numerator / denominator, 0d, 100d) : null, Ratio.Rate(rated, total)));
            }
        }

        return result.ToImmutable();
    }
}
