using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Competencies.Json;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Competencies;

/// <summary>
/// A piece of work that closes maturity gaps: the criteria it raises to their target, the roadmap phase it belongs
/// to, its strategic alignment, its effort and the initiatives it depends on.
/// </summary>
/// <remarks>
/// <para><see cref="StrategicAlignment"/> is in [0, 1] (how directly it serves the CRM strategy; 1 = a stated
/// strategic priority). <see cref="Effort"/> is a relative size in [1, 5]: 1 weeks, 2 a quarter, 3 half a year,
/// 4 a year, 5 several years.</para>
/// <para>Equality is by reference. Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(InitiativeJsonConverter))]
public sealed class Initiative
{
    /// <summary>The smallest effort (weeks).</summary>
    public const double MinEffort = 1d;

    /// <summary>The largest effort (several years).</summary>
    public const double MaxEffort = 5d;

    /// <summary>Creates an initiative.</summary>
    /// <param name="id">Unique id among the initiatives of a roadmap.</param>
    /// <param name="title">Title, not blank.</param>
    /// <param name="phase">The roadmap phase it belongs to (not <see cref="RoadmapPhase.Unknown"/>).</param>
    /// <param name="closes">Ids of the criteria it raises to target (checked against the framework by
    /// <see cref="InitiativeRanking"/>); may be empty (enabling work).</param>
    /// <param name="strategicAlignment">In [0, 1].</param>
    /// <param name="effort">Relative size in [1, 5].</param>
    /// <param name="dependsOn">Ids of initiatives that must come first.</param>
    /// <param name="description">What it does; may be empty.</param>
    /// <exception cref="ArgumentException">An invalid id, blank title, unknown phase, alignment or effort out of range
    /// or not finite, a duplicate criterion or dependency, or a dependency on itself; the message names the initiative.</exception>
    public Initiative(string id, string title, RoadmapPhase phase, IEnumerable<string> closes, double strategicAlignment, double effort, IEnumerable<string>? dependsOn = null, string? description = null)
    {
        Id = Guard.Against.InvalidIdentifier(id, "initiative");
        Title = Guard.Against.NullOrWhiteSpace(title);
        Phase = Guard.Against.UndefinedEnum(phase);
        StrategicAlignment = Guard.Against.OutsideRange(strategicAlignment, 0d, 1d);
        Effort = Guard.Against.OutsideRange(effort, MinEffort, MaxEffort);
        Closes = UniqueIds(Guard.Against.Null(closes), id, "criterion", nameof(closes));
        DependsOn = UniqueIds(dependsOn ?? [], id, "dependency", nameof(dependsOn));
        if (DependsOn.Contains(id, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Initiative '{id}' depends on itself.", nameof(dependsOn));
        }

        Description = description ?? string.Empty;
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>What it does (may be empty).</summary>
    public string Description { get; }

    /// <summary>The roadmap phase it belongs to.</summary>
    public RoadmapPhase Phase { get; }

    /// <summary>The criteria it raises to target.</summary>
    public ImmutableArray<string> Closes { get; }

    /// <summary>Strategic alignment in [0, 1].</summary>
    public double StrategicAlignment { get; }

    /// <summary>Relative effort in [1, 5].</summary>
    public double Effort { get; }

    /// <summary>The initiatives that must come first.</summary>
    public ImmutableArray<string> DependsOn { get; }

    /// <summary>The CRM objectives (customer value, satisfaction, interaction, service) the initiative serves; distinct,
    /// in enum order; empty when not stated (<see cref="WithObjectives"/>).</summary>
    public ImmutableArray<CrmObjective> Objectives { get; private init; } = [];

    /// <summary>The elements of the marketing mix (the 4 Ps) the initiative works on; distinct, in enum order; empty
    /// when not stated (<see cref="WithMarketingMix"/>).</summary>
    public ImmutableArray<MarketingMixElement> MarketingMix { get; private init; } = [];

    /// <summary>A copy that serves <paramref name="objectives"/> (duplicates dropped, order does not matter).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="objectives"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An objective is <see cref="CrmObjective.Unknown"/> or undefined.</exception>
    public Initiative WithObjectives(IEnumerable<CrmObjective> objectives) =>
        new(Id, Title, Phase, Closes, StrategicAlignment, Effort, DependsOn, Description) { Objectives = Tags(objectives, nameof(objectives)), MarketingMix = MarketingMix };

    /// <summary>A copy that works on <paramref name="elements"/> of the 4 Ps (duplicates dropped, order does not matter).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="elements"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An element is <see cref="MarketingMixElement.Unknown"/> or undefined.</exception>
    public Initiative WithMarketingMix(IEnumerable<MarketingMixElement> elements) =>
        new(Id, Title, Phase, Closes, StrategicAlignment, Effort, DependsOn, Description) { Objectives = Objectives, MarketingMix = Tags(elements, nameof(elements)) };

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Title}, {Phase})";

    // Planning tags: each a defined member other than Unknown; distinct and in enum order whatever the input order.
    private static ImmutableArray<T> Tags<T>(IEnumerable<T> tags, string parameterName)
        where T : struct, Enum
    {
        Guard.Against.Null(tags, parameterName);
        var result = tags.Distinct().Order().ToImmutableArray();
        foreach (var tag in result)
        {
            Guard.Against.UndefinedEnum(tag, parameterName: parameterName);
        }

        return result;
    }

    private static ImmutableArray<string> UniqueIds(IEnumerable<string> ids, string initiative, string what, string parameterName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var raw in ids)
        {
            var value = Guard.Against.InvalidIdentifier(raw, what, parameterName);
            if (!seen.Add(value))
            {
                throw new ArgumentException($"Initiative '{initiative}' lists {what} '{value}' twice.", parameterName);
            }

            result.Add(value);
        }

        return result.ToImmutable();
    }
}
