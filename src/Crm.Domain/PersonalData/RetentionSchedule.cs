using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Acquisition;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Sales;
using Crm.Domain.Service;
using NodaTime;

namespace Crm.Domain.PersonalData;

/// <summary>
/// The controller's retention schedule: one <see cref="RetentionRule"/> per <see cref="DataCategory"/>, read in the
/// controller's time zone. <see cref="Due"/> is a pure function of the aggregates, the relationships' end dates and
/// <c>now</c>: it says which aggregates are due for erasure (deletion or anonymisation), each explained.
/// </summary>
/// <remarks>Categories without a rule are kept (no clock). Erased aggregates are never due again. Immutable and
/// thread-safe.</remarks>
public sealed class RetentionSchedule
{
    private RetentionSchedule(DateTimeZone zone, ImmutableArray<RetentionRule> rules)
    {
        Zone = zone;
        Rules = rules;
    }

    /// <summary>The zone in which instants become dates (the controller's).</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The rules, one per category at most, in the order given.</summary>
    public ImmutableArray<RetentionRule> Rules { get; }

    /// <summary>Creates a schedule.</summary>
    /// <exception cref="ArgumentException">A null zone, list or rule, or two rules for one category.</exception>
    public static RetentionSchedule Of(DateTimeZone zone, IEnumerable<RetentionRule> rules)
    {
        Guard.Against.Null(zone);
        Guard.Against.Null(rules);
        var list = rules.ToImmutableArray();
        var seen = new HashSet<DataCategory>();
        foreach (var rule in list)
        {
            Guard.Against.NullElement(rule, nameof(rules));
            if (!seen.Add(rule.Category))
            {
                throw new ArgumentException($"rules: {rule.Category} has two rules.", nameof(rules));
            }
        }

        return new RetentionSchedule(zone, list);
    }

    /// <summary>The rule for <paramref name="category"/>; null when it has none.</summary>
    public RetentionRule? RuleFor(DataCategory category) => Rules.FirstOrDefault(r => r.Category == category);

    /// <summary>
    /// The aggregates due for erasure at <paramref name="now"/>: those whose clock has started (a customer's
    /// relationship ended, a lead or an opportunity closed, a case resolved, a complaint decided) and whose due date
    /// (the clock's start date plus the category's period) is on or before <paramref name="now"/>'s date in
    /// <see cref="Zone"/>. In the order of <paramref name="holders"/>.
    /// </summary>
    /// <param name="holders">The aggregates (holders of the library's aggregates; others are skipped).</param>
    /// <param name="relationshipEnds">The date each ended customer relationship ended (no entry: ongoing).</param>
    /// <param name="now">The instant to judge at.</param>
    /// <exception cref="ArgumentException">A null argument or holder, a default customer key, or two holders with one kind and id.</exception>
    public ImmutableArray<RetentionDue> Due(IEnumerable<IPersonalDataHolder> holders, IReadOnlyDictionary<CustomerId, LocalDate> relationshipEnds, Instant now)
    {
        var given = PersonalDataHolders.Distinct(holders);
        Guard.Against.Null(relationshipEnds);
        foreach (var key in relationshipEnds.Keys)
        {
            Guard.Against.Uninitialized(key, !key.IsDefault, nameof(relationshipEnds));
        }

        var today = now.InZone(Zone).Date;
        var due = ImmutableArray.CreateBuilder<RetentionDue>();
        foreach (var holder in given)
        {
            if (Clock(holder.Aggregate, relationshipEnds) is not var (category, started) || RuleFor(category) is not { } rule)
            {
                continue;
            }

            var dueDate = rule.DueDate(started);
            if (dueDate <= today)
            {
                due.Add(new RetentionDue(holder.Kind, holder.Id, rule, started, dueDate));
            }
        }

        return due.ToImmutable();
    }

    /// <inheritdoc />
    public override string ToString() => $"Retention schedule ({Zone.Id}): {string.Join("; ", Rules)}";

    // The category of an aggregate and the date its clock started; null when not started, erased, or not an aggregate of the library.
    private (DataCategory, LocalDate)? Clock(object aggregate, IReadOnlyDictionary<CustomerId, LocalDate> ends) => aggregate switch
    {
        Customer { IsErased: false } c when ends.TryGetValue(c.Id, out var end) => (DataCategory.CustomerProfile, end),
        Lead { IsErased: false, IsOpen: false } l => (DataCategory.Leads, Date(l.StageEnteredAt)),
        ServiceCase { IsErased: false, ResolvedAt: { } resolved } => (DataCategory.ServiceCases, Date(resolved)),
        Complaint { IsErased: false, DecidedAt: { } decided } => (DataCategory.Complaints, Date(decided)),
        Opportunity { IsErased: false, IsOpen: false } o => (DataCategory.SalesOpportunities, Date(o.History[^1].At)),
        _ => null,
    };

    private LocalDate Date(Instant at) => at.InZone(Zone).Date;
}
