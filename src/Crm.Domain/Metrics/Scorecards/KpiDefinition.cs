using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics.Scorecards;

/// <summary>A named KPI of a <see cref="Scorecard"/>: its unit, its target and at-risk threshold, and a description.</summary>
/// <remarks>Equality compares every member (names ordinally). Immutable and thread-safe.</remarks>
public sealed class KpiDefinition : IEquatable<KpiDefinition>
{
    /// <summary>The longest accepted name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Creates a KPI definition serving no stated objective (same rules as <see cref="Create"/>).</summary>
    /// <exception cref="ArgumentException">The name is blank or too long, the unit is undefined, or the target is <c>default</c>.</exception>
    public KpiDefinition(string name, KpiUnit unit, KpiTarget target, string? description)
        : this(name, unit, target, description, null)
    {
    }

    /// <summary>Creates a KPI definition with the CRM objective it serves (the JSON constructor; older JSON without an
    /// objective reads with none).</summary>
    /// <param name="name">The name (not blank, at most <see cref="MaxNameLength"/> characters).</param>
    /// <param name="unit">The unit.</param>
    /// <param name="target">The target (not <c>default</c>).</param>
    /// <param name="description">What the KPI measures; null when not given.</param>
    /// <param name="objective">The CRM objective (scorecard perspective) the KPI serves; null for none.</param>
    /// <exception cref="ArgumentException">As the other constructor, or <paramref name="objective"/> is
    /// <see cref="CrmObjective.Unknown"/> or undefined.</exception>
    [JsonConstructor]
    public KpiDefinition(string name, KpiUnit unit, KpiTarget target, string? description, CrmObjective? objective = null)
    {
        if (objective is { } o)
        {
            Guard.Against.UndefinedEnum(o, parameterName: nameof(objective));
        }

        Objective = objective;
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.OutsideRange(name.Length, 1, MaxNameLength, nameof(name) + ".Length");
        Guard.Against.UndefinedEnum(unit, allowDefault: true);

        Guard.Against.Uninitialized(target, target.IsInitialized);
        Name = name;
        Unit = unit;
        Target = target;
        Description = description;
    }

    /// <summary>The KPI's name, unique within its scorecard (compared ordinally).</summary>
    public string Name { get; }

    /// <summary>The unit of values and targets.</summary>
    public KpiUnit Unit { get; }

    /// <summary>The target, at-risk threshold and direction.</summary>
    public KpiTarget Target { get; }

    /// <summary>What the KPI measures and where its formula comes from; null when not given.</summary>
    public string? Description { get; }

    /// <summary>The CRM objective (customer value, satisfaction, interaction, service) the KPI serves: the scorecard
    /// perspective it reports under (<see cref="ScorecardReport.Serving"/>); null when not stated.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CrmObjective? Objective { get; }

    /// <summary>Creates a KPI definition.</summary>
    /// <exception cref="ArgumentException">The name is blank or longer than <see cref="MaxNameLength"/>, the unit is
    /// undefined, or the target is <c>default</c>.</exception>
    public static KpiDefinition Create(string name, KpiUnit unit, KpiTarget target, string? description = null) =>
        new(name, unit, target, description);

    /// <summary>A copy serving <paramref name="objective"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> is <see cref="CrmObjective.Unknown"/> or undefined.</exception>
    public KpiDefinition WithObjective(CrmObjective objective) => new(Name, Unit, Target, Description, objective);

    /// <summary>The status of <paramref name="value"/> against the target.</summary>
    public KpiStatus Assess(KpiValue value) => Target.Assess(value.Value);

    /// <summary>Formats a value or target in this KPI's unit, invariantly: <c>82.4 %</c>, <c>+35 pts</c>, <c>4.2 h</c>.</summary>
    public string Format(double? value) => value is not { } v ? "no data" : Unit switch
    {
        KpiUnit.Fraction => string.Create(CultureInfo.InvariantCulture, $"{v * 100:0.#} %"),
        KpiUnit.Points => string.Create(CultureInfo.InvariantCulture, $"{v:+0.#;-0.#;0} pts"),
        KpiUnit.Hours => string.Create(CultureInfo.InvariantCulture, $"{v:0.#} h"),
        KpiUnit.Days => string.Create(CultureInfo.InvariantCulture, $"{v:0.#} d"),
        KpiUnit.Money => string.Create(CultureInfo.InvariantCulture, $"{v:#,0.00}"),
        KpiUnit.Count => string.Create(CultureInfo.InvariantCulture, $"{v:#,0.##}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{v:0.###}"),
    };

    /// <inheritdoc />
    public bool Equals(KpiDefinition? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Unit == other.Unit &&
        Target == other.Target && string.Equals(Description, other.Description, StringComparison.Ordinal) && Objective == other.Objective;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as KpiDefinition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Unit, Target);

    /// <summary>Text such as <c>Same-day closure: &gt;= 0.8 (at risk from 0.7)</c>.</summary>
    public override string ToString() => $"{Name}: {Target}";

    /// <summary>Equality (see <see cref="Equals(KpiDefinition)"/>); two nulls are equal.</summary>
    public static bool operator ==(KpiDefinition? left, KpiDefinition? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(KpiDefinition? left, KpiDefinition? right) => !(left == right);
}
