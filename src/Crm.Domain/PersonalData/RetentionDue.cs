using Crm.Domain.Primitives;
using Crm.Domain.Sales;
using NodaTime;
using NodaTime.Text;

namespace Crm.Domain.PersonalData;

/// <summary>One aggregate (or, for <see cref="DataCategory.SalesJournalEntries"/>, one party's entries in a sales
/// journal) whose retention period is over: to delete or anonymise (erase), explained.</summary>
/// <remarks>Immutable and thread-safe; its text names the aggregate, the rule and the dates, no personal data.</remarks>
public sealed class RetentionDue
{
    internal RetentionDue(string kind, string id, SalesParty? party, RetentionRule rule, LocalDate clockStarted, LocalDate dueDate)
    {
        Kind = kind;
        Id = id;
        Party = party;
        Rule = rule;
        ClockStarted = clockStarted;
        DueDate = dueDate;
    }

    /// <summary>The aggregate's kind (<see cref="IPersonalDataHolder.Kind"/>).</summary>
    public string Kind { get; }

    /// <summary>The aggregate's identifier.</summary>
    public string Id { get; }

    /// <summary>The party whose entries are due, for a per-party item (<see cref="DataCategory.SalesJournalEntries"/>:
    /// erase them with <see cref="SalesJournal.Erase"/>); null when the whole aggregate is due.</summary>
    public SalesParty? Party { get; }

    /// <summary>The category's rule that applies.</summary>
    public RetentionRule Rule { get; }

    /// <summary>The category.</summary>
    public DataCategory Category => Rule.Category;

    /// <summary>The date the clock started (relationship end, resolution, decision, close), in the schedule's zone.</summary>
    public LocalDate ClockStarted { get; }

    /// <summary>The date the data fell due: <see cref="ClockStarted"/> plus the rule's period.</summary>
    public LocalDate DueDate { get; }

    /// <summary>The explanation: what, which rule, since when, due when.</summary>
    [NotPersonal("the library's text: kinds, identifiers, rules and dates")]
    public string Explanation =>
        $"{Kind} {Id}{(Party is { } party ? $" ({party})" : string.Empty)}: {Category} kept {Rule.KeepFor} after {Clock(Category)} ({Rule.Basis}); clock started {LocalDatePattern.Iso.Format(ClockStarted)}, due {LocalDatePattern.Iso.Format(DueDate)}";

    /// <inheritdoc />
    public override string ToString() => Explanation;

    private static string Clock(DataCategory category) => category switch
    {
        DataCategory.CustomerProfile => "the relationship ended",
        DataCategory.Leads => "the lead closed",
        DataCategory.ServiceCases => "the case was resolved",
        DataCategory.Complaints => "the complaint was decided",
        DataCategory.SalesOpportunities => "the opportunity closed",
        DataCategory.SalesJournalEntries => "the party's last entry in the journal",
        DataCategory.CampaignResponses => "the campaign completed",
        _ => "the last member's relationship ended",
    };
}
