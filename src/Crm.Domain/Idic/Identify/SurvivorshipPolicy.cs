using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Idic.Identify;

/// <summary>
/// The survivorship rules of a merge: a default <see cref="SurvivorshipRule"/>, optional rules per field group, and
/// the source priority (most trusted first) used by <see cref="SurvivorshipRule.SourcePriority"/> and to break ties.
/// </summary>
/// <remarks>Consent records and interactions are never chosen: both records' are kept. Contact points are united.
/// Immutable and thread-safe.</remarks>
public sealed class SurvivorshipPolicy
{
    private readonly ImmutableDictionary<FieldGroup, SurvivorshipRule> _rules;

    private SurvivorshipPolicy(SurvivorshipRule defaultRule, ImmutableDictionary<FieldGroup, SurvivorshipRule> rules, ImmutableArray<string> sourcePriority)
    {
        DefaultRule = defaultRule;
        _rules = rules;
        SourcePriority = sourcePriority;
    }

    /// <summary>Most recent for every group, no source priority.</summary>
    public static SurvivorshipPolicy Default { get; } = new(SurvivorshipRule.MostRecent, ImmutableDictionary<FieldGroup, SurvivorshipRule>.Empty, []);

    /// <summary>The rule for groups without their own.</summary>
    public SurvivorshipRule DefaultRule { get; }

    /// <summary>Sources, most trusted first; a source not listed ranks after all listed ones.</summary>
    [NotPersonal("channel names (e.g. crm, web), as on Customer.Source")]
    public ImmutableArray<string> SourcePriority { get; }

    /// <summary>Creates a policy.</summary>
    /// <exception cref="ArgumentException">An undefined rule, an unknown group, a blank or repeated source.</exception>
    public static SurvivorshipPolicy Create(SurvivorshipRule defaultRule, IEnumerable<string>? sourcePriority = null, IEnumerable<KeyValuePair<FieldGroup, SurvivorshipRule>>? rules = null)
    {
        Guard.Against.UndefinedEnum(defaultRule, allowDefault: true);
        ImmutableArray<string> sources = [.. sourcePriority ?? []];
        if (sources.Any(string.IsNullOrWhiteSpace) || sources.Distinct(StringComparer.Ordinal).Count() != sources.Length)
        {
            throw new ArgumentException("sourcePriority must list distinct, non-blank sources.", nameof(sourcePriority));
        }

        var map = ImmutableDictionary.CreateBuilder<FieldGroup, SurvivorshipRule>();
        foreach (var (group, rule) in rules ?? [])
        {
            Guard.Against.UndefinedEnum(group, parameterName: nameof(rules));
            Guard.Against.UndefinedEnum(rule, allowDefault: true, parameterName: nameof(rules));
            map[group] = rule;
        }

        return new SurvivorshipPolicy(defaultRule, map.ToImmutable(), sources);
    }

    /// <summary>The rule for <paramref name="group"/>.</summary>
    public SurvivorshipRule RuleFor(FieldGroup group) => _rules.TryGetValue(group, out var rule) ? rule : DefaultRule;

    /// <summary>The rank of <paramref name="source"/> (0 = most trusted); unlisted sources rank last.</summary>
    public int RankOf(string source)
    {
        var i = SourcePriority.IndexOf(source, StringComparer.Ordinal);
        return i < 0 ? SourcePriority.Length : i;
    }

    /// <inheritdoc />
    public override string ToString() => $"Survivorship: {DefaultRule} by default, {_rules.Count} group rules, {SourcePriority.Length} ranked sources";
}
