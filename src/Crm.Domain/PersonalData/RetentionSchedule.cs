using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Accounts;
using Crm.Domain.Acquisition;
using Crm.Domain.Campaigns;
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
/// <remarks>Categories without a rule are kept (no clock). Erased aggregates (and a journal party's erased entries,
/// a household under the erasure marker) are never due again; a campaign keeps its links after erasure, so a host
/// that deleted them drops the campaign from the holders. Immutable and thread-safe.</remarks>
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
    /// relationship ended, a lead or an opportunity closed, a case resolved, a complaint decided, a party's last entry
    /// in a sales journal with none of its follow-ups open, a campaign completed, a household's last member's
    /// relationship ended) and whose due date (the clock's start date plus the category's period) is on or before
    /// <paramref name="now"/>'s date in <see cref="Zone"/>. In the order of <paramref name="holders"/>; a sales
    /// journal gives one item per party due, ordered by the party's kind, then its identifier (ordinal). Accounts are never due (see
    /// <see cref="DataCategory"/>).
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
            foreach (var (category, started, party) in Clocks(holder.Aggregate, relationshipEnds))
            {
                if (RuleFor(category) is { } rule && rule.DueDate(started) is var dueDate && dueDate <= today)
                {
                    due.Add(new RetentionDue(holder.Kind, holder.Id, party, rule, started, dueDate));
                }
            }
        }

        return due.ToImmutable();
    }

    /// <inheritdoc />
    public override string ToString() => $"Retention schedule ({Zone.Id}): {string.Join("; ", Rules)}";

    // The categories of an aggregate with the dates their clocks started (and the party, per party); none when not
    // started, erased, holding nothing personal, or not an aggregate of the library.
    private IEnumerable<(DataCategory Category, LocalDate Started, SalesParty? Party)> Clocks(object aggregate, IReadOnlyDictionary<CustomerId, LocalDate> ends)
    {
        switch (aggregate)
        {
            case Customer { IsErased: false } c when ends.TryGetValue(c.Id, out var end):
                return [(DataCategory.CustomerProfile, end, null)];
            case Lead { IsErased: false, IsOpen: false } l:
                return [(DataCategory.Leads, Date(l.StageEnteredAt), null)];
            case ServiceCase { IsErased: false, ResolvedAt: { } resolved }:
                return [(DataCategory.ServiceCases, Date(resolved), null)];
            case Complaint { IsErased: false, DecidedAt: { } decided }:
                return [(DataCategory.Complaints, Date(decided), null)];
            case Opportunity { IsErased: false, IsOpen: false } o:
                return [(DataCategory.SalesOpportunities, Date(o.History[^1].At), null)];
            case SalesJournal journal:
                return JournalClocks(journal);
            case Campaign campaign when CampaignClock(campaign) is { } completed:
                return [(DataCategory.CampaignResponses, Date(completed), null)];
            case Household household when !Redaction.IsRedacted(household.Name) && HouseholdClock(household, ends) is { } lastEnd:
                return [(DataCategory.Households, lastEnd, null)];
            default:
                return [];
        }
    }

    // Per party that still has free text in the journal and no open follow-up: its last activity or completion.
    private IEnumerable<(DataCategory, LocalDate, SalesParty?)> JournalClocks(SalesJournal journal)
    {
        var parties = journal.Activities.Select(a => a.Party).Concat(journal.FollowUps.Select(f => f.Party)).Distinct()
            .OrderBy(p => p.Kind).ThenBy(p => p.Id, StringComparer.Ordinal);
        foreach (var party in parties)
        {
            if (!journal.HoldsTextOf(party) || journal.FollowUps.Any(f => f.Party == party && f.IsOpen))
            {
                continue;
            }

            var last = journal.Activities.Where(a => a.Party == party).Select(a => a.At)
                .Concat(journal.FollowUps.Where(f => f.Party == party).Select(f => f.CompletedAt!.Value))
                .Max();
            yield return (DataCategory.SalesJournalEntries, Date(last), party);
        }
    }

    // The completion, or the last responses recorded after it; null while the campaign runs or when it links nobody.
    private static Instant? CampaignClock(Campaign campaign)
    {
        if (campaign.State is not (CampaignState.Completed or CampaignState.Analysed) || (campaign.Responses.Count == 0 && campaign.Audience is null))
        {
            return null;
        }

        var completed = campaign.History.OfType<CampaignCompleted>().Last().At;
        return campaign.History.OfType<CampaignResponsesRecorded>().Select(e => e.At).Append(completed).Max();
    }

    // The latest member's relationship end; null while any member's relationship is ongoing.
    private static LocalDate? HouseholdClock(Household household, IReadOnlyDictionary<CustomerId, LocalDate> ends)
    {
        LocalDate? last = null;
        foreach (var member in household.Members)
        {
            if (!ends.TryGetValue(member.Customer, out var end))
            {
                return null;
            }

            last = last is { } l && l >= end ? l : end;
        }

        return last;
    }

    private LocalDate Date(Instant at) => at.InZone(Zone).Date;
}
