using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Crm.Domain.Competencies;

/// <summary>
/// The gaps between where an organisation stands (a <see cref="MaturityProfile"/>) and where it must get to (a
/// <see cref="TargetProfile"/>), per criterion and per block, weighted by each criterion's share of the overall index.
/// </summary>
/// <remarks>See <see cref="CriterionGap"/> and <see cref="BlockGap"/> for the formulas. Equality is by reference.
/// Immutable and thread-safe.</remarks>
public sealed class GapAnalysis
{
    private GapAnalysis(MaturityProfile current, TargetProfile target, ImmutableArray<CriterionGap> criteria, ImmutableArray<BlockGap> blocks)
    {
        Current = current;
        Target = target;
        Criteria = criteria;
        Blocks = blocks;
        TotalWeightedGap = criteria.Sum(c => c.WeightedGap);
    }

    /// <summary>The current profile.</summary>
    public MaturityProfile Current { get; }

    /// <summary>The target profile.</summary>
    public TargetProfile Target { get; }

    /// <summary>The framework of both.</summary>
    public CompetencyFramework Framework => Current.Framework;

    /// <summary>One gap per criterion, in framework order (criteria at target included, with gap 0).</summary>
    public ImmutableArray<CriterionGap> Criteria { get; }

    /// <summary>One gap per block, in framework order.</summary>
    public ImmutableArray<BlockGap> Blocks { get; }

    /// <summary>Σ weighted gaps: overall-index points between a fully covered current state and the target.</summary>
    public double TotalWeightedGap { get; }

    /// <summary>The criteria that miss their target, largest weighted gap first (ties by criterion id).</summary>
    public ImmutableArray<CriterionGap> Open => [.. Criteria.Where(c => !c.MeetsTarget)
        .OrderByDescending(c => c.WeightedGap).ThenBy(c => c.CriterionId, StringComparer.Ordinal)];

    /// <summary>The gap of one criterion.</summary>
    /// <exception cref="ArgumentException">The framework has no such criterion.</exception>
    public CriterionGap Criterion(string criterionId) => Criteria[Framework.OrdinalOf(criterionId, nameof(criterionId))];

    /// <summary>The gap of one block.</summary>
    /// <exception cref="ArgumentException">The framework has no such block.</exception>
    public BlockGap Block(string blockId) => Blocks[Framework.BlockIndexOf(blockId, nameof(blockId))];

    /// <summary>Compares a scored assessment with a target profile.</summary>
    /// <exception cref="ArgumentException">The two are on different frameworks.</exception>
    public static GapAnalysis Of(MaturityProfile current, TargetProfile target)
    {
        Guard.Against.Null(current);
        Guard.Against.Null(target);
        var framework = current.Framework;
        framework.EnsureCompatible(target.Framework, nameof(target));
        var criteria = ImmutableArray.CreateBuilder<CriterionGap>(framework.CriterionCount);
        for (var c = 0; c < framework.CriterionCount; c++)
        {
            var score = current.Criteria[c];
            var goal = target.TargetAt(c);
            var gap = Math.Max(0d, goal.Value - (score.MeanLevel ?? MaturityLevel.MinValue));
            criteria.Add(new CriterionGap(score.CriterionId, score.BlockId, score.CrmType, score.MeanLevel, goal, gap,
                gap * 25d * framework.EffectiveWeightOf(c)));
        }

        var criterionGaps = criteria.MoveToImmutable();
        var blocks = ImmutableArray.CreateBuilder<BlockGap>(framework.BlockCount);
        for (var b = 0; b < framework.BlockCount; b++)
        {
            var currentIndex = current.Blocks[b].Index;
            var targetIndex = target.BlockIndexAt(b);
            var weighted = 0d;
            for (var c = framework.BlockStart(b); c < framework.BlockEnd(b); c++)
            {
                weighted += criterionGaps[c].WeightedGap;
            }

            blocks.Add(new BlockGap(framework.Blocks[b].Id, framework.Blocks[b].Title, currentIndex, targetIndex,
                Math.Max(0d, targetIndex - (currentIndex ?? 0d)), weighted));
        }

        return new GapAnalysis(current, target, criterionGaps, blocks.MoveToImmutable());
    }
}
