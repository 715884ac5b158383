using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace Crm.Domain.Metrics.Scorecards;

/// <summary>
/// A KPI scorecard (Gartner CRM competency model, metrics block): named KPIs with targets and at-risk thresholds.
/// <see cref="Evaluate"/> turns KPI values — any accumulator's result, through <see cref="KpiValue"/> — into a
/// <see cref="ScorecardReport"/> that says met / at risk / missed / no data for each KPI.
/// </summary>
/// <remarks>
/// <para>KPI names are unique (ordinal comparison) and keep their order. The definition is plain data: it
/// round-trips through JSON, so targets can live in configuration.</para>
/// <para>Equality compares the name and every KPI in order. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Scorecard : IEquatable<Scorecard>
{
    /// <summary>Creates a scorecard (the JSON constructor; same rules as <see cref="Create"/>).</summary>
    /// <exception cref="ArgumentException">The name is blank, the list is default or holds a null, or two KPIs share a name.</exception>
    [JsonConstructor]
    public Scorecard(string name, ImmutableArray<KpiDefinition> kpis)
    {
        Guard.Against.NullOrWhiteSpace(name);
        if (kpis.IsDefault)
        {
            throw new ArgumentException("kpis must not be a default ImmutableArray.", nameof(kpis));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kpi in kpis)
        {
            Guard.Against.Null(kpi, nameof(kpis));
            if (!seen.Add(kpi.Name))
            {
                throw new ArgumentException($"kpis must have unique names; '{kpi.Name}' appears twice.", nameof(kpis));
            }
        }

        Name = name;
        Kpis = kpis;
    }

    /// <summary>The scorecard's name.</summary>
    public string Name { get; }

    /// <summary>The KPIs, in display order.</summary>
    public ImmutableArray<KpiDefinition> Kpis { get; }

    /// <summary>Creates a scorecard.</summary>
    /// <exception cref="ArgumentException">The name is blank, a KPI is null, or two KPIs share a name.</exception>
    public static Scorecard Create(string name, IEnumerable<KpiDefinition> kpis)
    {
        Guard.Against.Null(kpis);
        return new Scorecard(name, [.. kpis]);
    }

    /// <summary>
    /// Assesses each KPI against its target. KPIs without a value in <paramref name="values"/> are reported as
    /// <see cref="KpiStatus.NoData"/>; a value for a name the scorecard does not have is refused (a typo would
    /// otherwise silently drop a KPI).
    /// </summary>
    /// <param name="values">KPI values by KPI name (ordinal).</param>
    /// <exception cref="ArgumentException">A name is not a KPI of this scorecard, or appears twice.</exception>
    public ScorecardReport Evaluate(IEnumerable<KeyValuePair<string, KpiValue>> values)
    {
        Guard.Against.Null(values);
        var byName = new Dictionary<string, KpiValue>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (!Kpis.Any(k => string.Equals(k.Name, name, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"'{name}' is not a KPI of scorecard '{Name}'; its KPIs are: {string.Join(", ", Kpis.Select(k => $"'{k.Name}'"))}.", nameof(values));
            }

            if (!byName.TryAdd(name, value))
            {
                throw new ArgumentException($"'{name}' has two values.", nameof(values));
            }
        }

        var outcomes = Kpis.Select(k =>
        {
            var value = byName.GetValueOrDefault(k.Name);
            return new KpiOutcome(k, value, k.Assess(value));
        });
        return new ScorecardReport(Name, [.. outcomes]);
    }

    /// <inheritdoc />
    public bool Equals(Scorecard? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Kpis.SequenceEqual(other.Kpis);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Scorecard);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Kpis.Length);

    /// <summary>Text such as <c>Service desk (5 KPIs)</c>.</summary>
    public override string ToString() => $"{Name} ({Kpis.Length} KPIs)";

    /// <summary>Equality (see <see cref="Equals(Scorecard)"/>); two nulls are equal.</summary>
    public static bool operator ==(Scorecard? left, Scorecard? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Scorecard? left, Scorecard? right) => !(left == right);
}
