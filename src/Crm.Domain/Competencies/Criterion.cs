using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Competencies.Json;
using Crm.Domain.Guards;

namespace Crm.Domain.Competencies;

/// <summary>
/// One thing an assessor rates on the <see cref="MaturityLevel"/> scale: an id, a title, a description of what good
/// looks like, a weight within its <see cref="CompetencyBlock"/>, and the <see cref="CrmType"/> it serves.
/// </summary>
/// <remarks>
/// <para>Ids are 1–64 letters, digits, '.', '-' or '_', compared ordinally, unique within a framework (the built-in
/// frameworks use <c>block.criterion</c>). Weights are relative within the block: only their ratios matter.</para>
/// <para>Equality is by reference (a criterion is part of its framework). Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(CriterionJsonConverter))]
public sealed class Criterion
{
    /// <summary>Creates a criterion.</summary>
    /// <param name="id">Unique id within the framework.</param>
    /// <param name="title">Short title, not blank.</param>
    /// <param name="crmType">The type of CRM the criterion serves (not <see cref="CrmType.Unknown"/>).</param>
    /// <param name="weight">Relative weight within the block: finite, in (0, 1e12] (default 1).</param>
    /// <param name="description">What good looks like; may be empty.</param>
    /// <param name="stage">The customer-experience lifecycle stage the criterion covers, if any.</param>
    /// <exception cref="ArgumentException">An invalid id, a blank title, a weight that is zero, negative or not
    /// finite, an unknown CRM type or stage; the message names the criterion.</exception>
    public Criterion(string id, string title, CrmType crmType, double weight = 1d, string? description = null, ExperienceStage? stage = null)
    {
        Id = Guard.Against.InvalidIdentifier(id, "criterion");
        Title = Guard.Against.NullOrWhiteSpace(title);
        CrmType = Guard.Against.UndefinedEnum(crmType);
        Weight = Guard.Against.OutsideLeftOpenRange(weight, 0d, CompetencyBlock.MaxWeight, $"criterion '{id}'");
        Description = description ?? string.Empty;
        Stage = stage is { } s ? Guard.Against.UndefinedEnum(s, parameterName: nameof(stage)) : null;
    }

    /// <summary>The id, unique within the framework.</summary>
    public string Id { get; }

    /// <summary>The short title.</summary>
    public string Title { get; }

    /// <summary>What good looks like (may be empty).</summary>
    public string Description { get; }

    /// <summary>The relative weight within the block (finite, &gt; 0).</summary>
    public double Weight { get; }

    /// <summary>The type of CRM the criterion serves.</summary>
    public CrmType CrmType { get; }

    /// <summary>The customer-experience lifecycle stage covered, or null when the criterion is not stage-specific.</summary>
    public ExperienceStage? Stage { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Title})";
}
