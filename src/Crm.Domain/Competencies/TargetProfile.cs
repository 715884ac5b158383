using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Competencies.Json;

namespace Crm.Domain.Competencies;

/// <summary>
/// Where an organisation must get to: a target <see cref="MaturityLevel"/> for every criterion of a framework.
/// Built uniformly, per block, and with per-criterion overrides.
/// </summary>
/// <remarks>Equality is by reference. Immutable and thread-safe; <c>With*</c> methods return new profiles.</remarks>
[JsonConverter(typeof(TargetProfileJsonConverter))]
public sealed class TargetProfile
{
    private readonly ImmutableArray<MaturityLevel> _targets;

    private TargetProfile(CompetencyFramework framework, string name, ImmutableArray<MaturityLevel> targets)
    {
        Framework = framework;
        Name = name;
        _targets = targets;
    }

    /// <summary>The framework the targets apply to.</summary>
    public CompetencyFramework Framework { get; }

    /// <summary>The profile's name ("Target 2027", "Industry leader").</summary>
    public string Name { get; }

    /// <summary>The target level of every criterion, in framework criterion order.</summary>
    public ImmutableArray<MaturityLevel> Targets => _targets;

    /// <summary>Every criterion at the same target level.</summary>
    public static TargetProfile Uniform(CompetencyFramework framework, MaturityLevel level, string name = "Target")
    {
        Guard.Against.Null(framework);
        Guard.Against.NullOrWhiteSpace(name);
        return new TargetProfile(framework, name, [.. Enumerable.Repeat(level, framework.CriterionCount)]);
    }

    /// <summary>Target levels per block (every criterion of a block gets the block's level); blocks not named keep
    /// <paramref name="otherwise"/>.</summary>
    /// <exception cref="ArgumentException">A block the framework lacks.</exception>
    public static TargetProfile ForBlocks(CompetencyFramework framework, IEnumerable<KeyValuePair<string, MaturityLevel>> blockTargets, MaturityLevel otherwise, string name = "Target")
    {
        Guard.Against.Null(blockTargets);
        var profile = Uniform(framework, otherwise, name);
        var targets = profile._targets.ToBuilder();
        foreach (var (blockId, level) in blockTargets)
        {
            var b = framework.BlockIndexOf(blockId, nameof(blockTargets));
            for (var c = framework.BlockStart(b); c < framework.BlockEnd(b); c++)
            {
                targets[c] = level;
            }
        }

        return new TargetProfile(framework, name, targets.MoveToImmutable());
    }

    /// <summary>Creates a profile from per-criterion targets; criteria not named keep <paramref name="otherwise"/>.</summary>
    /// <exception cref="ArgumentException">A criterion the framework lacks, or one named twice.</exception>
    public static TargetProfile ForCriteria(CompetencyFramework framework, IEnumerable<KeyValuePair<string, MaturityLevel>> criterionTargets, MaturityLevel otherwise, string name = "Target")
    {
        Guard.Against.Null(criterionTargets);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var profile = Uniform(framework, otherwise, name);
        foreach (var pair in criterionTargets)
        {
            if (!seen.Add(pair.Key ?? string.Empty))
            {
                throw new ArgumentException($"Criterion '{pair.Key}' is given two targets.", nameof(criterionTargets));
            }
        }

        return profile.WithCriteria(criterionTargets);
    }

    /// <summary>The target of one criterion.</summary>
    /// <exception cref="ArgumentException">The framework has no such criterion.</exception>
    public MaturityLevel TargetOf(string criterionId) => _targets[Framework.OrdinalOf(criterionId, nameof(criterionId))];

    /// <summary>A copy with the given criteria's targets replaced.</summary>
    /// <exception cref="ArgumentException">A criterion the framework lacks.</exception>
    public TargetProfile WithCriteria(IEnumerable<KeyValuePair<string, MaturityLevel>> criterionTargets)
    {
        Guard.Against.Null(criterionTargets);
        var targets = _targets.ToBuilder();
        foreach (var (criterionId, level) in criterionTargets)
        {
            targets[Framework.OrdinalOf(criterionId, nameof(criterionTargets))] = level;
        }

        return new TargetProfile(Framework, Name, targets.MoveToImmutable());
    }

    /// <summary>The index (0–100) of a block if every criterion reached its target (weighted as in
    /// <see cref="MaturityProfile"/>).</summary>
    /// <exception cref="ArgumentException">The framework has no such block.</exception>
    public double BlockIndex(string blockId)
    {
        var b = Framework.BlockIndexOf(blockId, nameof(blockId));
        return BlockIndexAt(b);
    }

    internal double BlockIndexAt(int block)
    {
        double numerator = 0, denominator = 0;
        for (var c = Framework.BlockStart(block); c < Framework.BlockEnd(block); c++)
        {
            var w = Framework.Criteria[c].Weight;
            numerator += w * _targets[c].IndexPoints;
            denominator += w;
        }

        return Math.Clamp(numerator / denominator, 0d, 100d);
    }

    internal MaturityLevel TargetAt(int ordinal) => _targets[ordinal];

    /// <inheritdoc />
    public override string ToString() => $"{Name} for {Framework.Id}";
}
