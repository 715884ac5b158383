using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Competencies.Json;
using Crm.Domain.Guards;

namespace Crm.Domain.Competencies;

/// <summary>
/// A CRM competency framework as data: blocks, each with weighted criteria tagged by CRM type. Gartner's eight
/// building blocks and five other models are built in (<see cref="CompetencyFrameworks"/>); a user defines their own
/// in code (this constructor) or in JSON (<c>CrmJson.Deserialize&lt;CompetencyFramework&gt;</c>).
/// </summary>
/// <remarks>
/// <para>Block ids are unique in the framework and criterion ids are unique across all blocks, so an assessment
/// names a criterion by its id alone. Each criterion's share of the overall index is its
/// <see cref="EffectiveWeight"/>: (block weight / Σ block weights) × (criterion weight / Σ criterion weights in
/// its block); the shares sum to 1.</para>
/// <para>Equality is by reference; two frameworks with the same <see cref="Id"/> are treated as the same framework
/// when assessments are combined or compared. Immutable and thread-safe; lookups are frozen dictionaries.</para>
/// </remarks>
[JsonConverter(typeof(CompetencyFrameworkJsonConverter))]
public sealed class CompetencyFramework
{
    private readonly FrozenDictionary<string, int> _criterionOrdinals;
    private readonly FrozenDictionary<string, int> _blockIndexes;
    private readonly int[] _blockOfCriterion;
    private readonly int[] _blockStart;
    private readonly double[] _effectiveWeights;

    /// <summary>Creates a framework.</summary>
    /// <param name="id">The framework id (used to match assessments to it).</param>
    /// <param name="name">The name, not blank.</param>
    /// <param name="blocks">At least one block; unique block ids; criterion ids unique across blocks.</param>
    /// <param name="description">What the framework is and where it comes from; may be empty.</param>
    /// <exception cref="ArgumentException">An invalid id, blank name, no blocks, a null block, a duplicate block id
    /// or a criterion id used twice; the message names the item.</exception>
    public CompetencyFramework(string id, string name, IEnumerable<CompetencyBlock> blocks, string? description = null)
    {
        Id = Guard.Against.InvalidIdentifier(id, "framework");
        Name = Guard.Against.NullOrWhiteSpace(name);
        Description = description ?? string.Empty;
        Guard.Against.Null(blocks);
        var list = blocks.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException($"Framework '{id}' has no blocks; a framework needs at least one.", nameof(blocks));
        }

        var blockIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var criteria = ImmutableArray.CreateBuilder<Criterion>();
        var blockOf = new List<int>();
        _blockStart = new int[list.Length + 1];
        for (var b = 0; b < list.Length; b++)
        {
            var block = list[b] ?? throw new ArgumentException($"Framework '{id}' contains a null block.", nameof(blocks));
            if (!blockIndexes.TryAdd(block.Id, b))
            {
                throw new ArgumentException($"Framework '{id}' has two blocks with id '{block.Id}'; ids must be unique.", nameof(blocks));
            }

            _blockStart[b] = criteria.Count;
            foreach (var criterion in block.Criteria)
            {
                if (ordinals.TryGetValue(criterion.Id, out var other))
                {
                    throw new ArgumentException(
                        $"Framework '{id}' uses criterion id '{criterion.Id}' in block '{block.Id}' and in block '{list[blockOf[other]].Id}'; criterion ids must be unique across blocks.",
                        nameof(blocks));
                }

                ordinals.Add(criterion.Id, criteria.Count);
                criteria.Add(criterion);
                blockOf.Add(b);
            }
        }

        _blockStart[list.Length] = criteria.Count;
        Blocks = list;
        Criteria = criteria.ToImmutable();
        _criterionOrdinals = ordinals.ToFrozenDictionary(StringComparer.Ordinal);
        _blockIndexes = blockIndexes.ToFrozenDictionary(StringComparer.Ordinal);
        _blockOfCriterion = [.. blockOf];
        _effectiveWeights = ComputeEffectiveWeights(list, Criteria.Length);
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>What the framework is and where it comes from (may be empty).</summary>
    public string Description { get; }

    /// <summary>The blocks, in order.</summary>
    public ImmutableArray<CompetencyBlock> Blocks { get; }

    /// <summary>Every criterion of every block, block by block (the framework's criterion order).</summary>
    public ImmutableArray<Criterion> Criteria { get; }

    /// <summary>Finds a criterion by id.</summary>
    public bool TryGetCriterion(string id, [NotNullWhen(true)] out Criterion? criterion)
    {
        Guard.Against.Null(id);
        criterion = _criterionOrdinals.TryGetValue(id, out var i) ? Criteria[i] : null;
        return criterion is not null;
    }

    /// <summary>The criterion with id <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">The framework has no such criterion.</exception>
    public Criterion GetCriterion(string id) => Criteria[OrdinalOf(id, nameof(id))];

    /// <summary>The block with id <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">The framework has no such block.</exception>
    public CompetencyBlock GetBlock(string id) => Blocks[BlockIndexOf(id, nameof(id))];

    /// <summary>The block that holds criterion <paramref name="criterionId"/>.</summary>
    /// <exception cref="ArgumentException">The framework has no such criterion.</exception>
    public CompetencyBlock BlockOf(string criterionId) => Blocks[_blockOfCriterion[OrdinalOf(criterionId, nameof(criterionId))]];

    /// <summary>The criterion's share of the overall index, in (0, 1]; the shares of all criteria sum to 1.</summary>
    /// <exception cref="ArgumentException">The framework has no such criterion.</exception>
    public double EffectiveWeight(string criterionId) => _effectiveWeights[OrdinalOf(criterionId, nameof(criterionId))];

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name}, {Blocks.Length} blocks, {Criteria.Length} criteria)";

    internal int BlockCount => Blocks.Length;

    /// <summary>True when <paramref name="other"/> is this framework or one with the same id and criterion ids in the
    /// same order (as after a JSON round trip), so ordinals mean the same criteria.</summary>
    internal bool IsCompatibleWith(CompetencyFramework other) =>
        ReferenceEquals(this, other)
        || (string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Criteria.Length == other.Criteria.Length
            && Criteria.Select(c => c.Id).SequenceEqual(other.Criteria.Select(c => c.Id), StringComparer.Ordinal));

    internal void EnsureCompatible(CompetencyFramework other, string parameterName)
    {
        if (!IsCompatibleWith(other))
        {
            throw new ArgumentException($"Framework '{other.Id}' does not match framework '{Id}' (different id or criteria).", parameterName);
        }
    }

    internal int CriterionCount => Criteria.Length;

    internal int BlockOfOrdinal(int ordinal) => _blockOfCriterion[ordinal];

    internal int BlockStart(int block) => _blockStart[block];

    internal int BlockEnd(int block) => _blockStart[block + 1];

    internal double EffectiveWeightOf(int ordinal) => _effectiveWeights[ordinal];

    internal bool TryGetOrdinal(string criterionId, out int ordinal) => _criterionOrdinals.TryGetValue(criterionId, out ordinal);

    internal int OrdinalOf(string criterionId, string parameterName)
    {
        Guard.Against.Null(criterionId, parameterName);
        return _criterionOrdinals.TryGetValue(criterionId, out var i)
            ? i
            : throw new ArgumentException($"Framework '{Id}' has no criterion '{criterionId}'.", parameterName);
    }

    internal int BlockIndexOf(string blockId, string parameterName)
    {
        Guard.Against.Null(blockId, parameterName);
        return _blockIndexes.TryGetValue(blockId, out var i)
            ? i
            : throw new ArgumentException($"Framework '{Id}' has no block '{blockId}'.", parameterName);
    }

    private static double[] ComputeEffectiveWeights(ImmutableArray<CompetencyBlock> blocks, int count)
    {
        var result = new double[count];
        var blockTotal = blocks.Sum(b => b.Weight);
        var k = 0;
        foreach (var block in blocks)
        {
            var criterionTotal = block.Criteria.Sum(c => c.Weight);
            foreach (var criterion in block.Criteria)
            {
                result[k++] = block.Weight / blockTotal * (criterion.Weight / criterionTotal);
            }
        }

        return result;
    }
}
