using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Competencies.Json;
using Crm.Domain.Guards;

namespace Crm.Domain.Competencies;

/// <summary>
/// A building block of a <see cref="CompetencyFramework"/> (one of Gartner's eight, one of Payne's five processes,
/// ...): an id, a title, a weight within the framework and at least one <see cref="Criterion"/>.
/// </summary>
/// <remarks>Block weights are relative within the framework: only their ratios matter. Criterion ids must be unique
/// in the block (and, checked by the framework, across blocks). Equality is by reference. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(CompetencyBlockJsonConverter))]
public sealed class CompetencyBlock
{
    /// <summary>The largest weight a block or criterion may have (keeps sums of weights finite).</summary>
    internal const double MaxWeight = 1e12;

    /// <summary>Creates a block.</summary>
    /// <param name="id">Unique id within the framework.</param>
    /// <param name="title">Title, not blank.</param>
    /// <param name="criteria">At least one criterion, unique ids.</param>
    /// <param name="weight">Relative weight within the framework: finite, in (0, 1e12] (default 1).</param>
    /// <param name="description">What the block covers; may be empty.</param>
    /// <exception cref="ArgumentException">An invalid id, blank title, bad weight, no criteria, a null criterion or a
    /// duplicate criterion id; the message names the block and the criterion.</exception>
    public CompetencyBlock(string id, string title, IEnumerable<Criterion> criteria, double weight = 1d, string? description = null)
    {
        Id = Guard.Against.InvalidIdentifier(id, "block");
        Title = Guard.Against.NullOrWhiteSpace(title);
        Weight = Guard.Against.OutsideLeftOpenRange(weight, 0d, MaxWeight, $"block '{id}'");
        Description = description ?? string.Empty;
        Guard.Against.Null(criteria);
        var list = criteria.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException($"Block '{id}' has no criteria; a block needs at least one.", nameof(criteria));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var criterion in list)
        {
            if (criterion is null)
            {
                throw new ArgumentException($"Block '{id}' contains a null criterion.", nameof(criteria));
            }

            if (!seen.Add(criterion.Id))
            {
                throw new ArgumentException($"Block '{id}' has two criteria with id '{criterion.Id}'; ids must be unique.", nameof(criteria));
            }
        }

        Criteria = list;
    }

    /// <summary>The id, unique within the framework.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>What the block covers (may be empty).</summary>
    public string Description { get; }

    /// <summary>The relative weight within the framework (finite, &gt; 0).</summary>
    public double Weight { get; }

    /// <summary>The criteria, in order (at least one).</summary>
    public ImmutableArray<Criterion> Criteria { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Title}, {Criteria.Length} criteria)";
}
