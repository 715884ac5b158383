using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Acquisition;
using Crm.Domain.Primitives;
using Crm.Domain.Sales;

namespace Crm.Domain.Campaigns.Attribution;

/// <summary>
/// Collaborative CRM's partner attribution (issue 16 item 5): per partner (agent, broker, OEM, distributor, dealer,
/// reseller, retailer), the leads attributed to it (<see cref="Lead.Partner"/>) and how far they went, the opportunities
/// attributed to it (<see cref="Opportunity.Partner"/>) and the value won. A pure report over the aggregates as they stand.
/// </summary>
/// <remarks>One row per (partner id, kind), ordered by partner id (ordinal) then kind. Records without a partner are
/// counted as unattributed. Won value is summed in one currency: opportunities won in two currencies are refused.
/// Equality is by reference. Immutable and thread-safe.</remarks>
public sealed class PartnerAttributionReport
{
    private PartnerAttributionReport(ImmutableArray<PartnerPerformance> partners, int unattributedLeads, int unattributedOpportunities)
    {
        Partners = partners;
        UnattributedLeads = unattributedLeads;
        UnattributedOpportunities = unattributedOpportunities;
    }

    /// <summary>One row per partner, ordered by partner id (ordinal) then kind.</summary>
    public ImmutableArray<PartnerPerformance> Partners { get; }

    /// <summary>The leads attributed to no partner.</summary>
    public int UnattributedLeads { get; }

    /// <summary>The opportunities attributed to no partner.</summary>
    public int UnattributedOpportunities { get; }

    /// <summary>The report over <paramref name="leads"/> and <paramref name="opportunities"/>.</summary>
    /// <exception cref="ArgumentNullException">A sequence or an element is null.</exception>
    /// <exception cref="ArgumentException">Won opportunities of one partner are in different currencies.</exception>
    public static PartnerAttributionReport Of(IEnumerable<Lead> leads, IEnumerable<Opportunity> opportunities)
    {
        Guard.Against.Null(leads);
        Guard.Against.Null(opportunities);
        var rows = new SortedDictionary<(string Id, PartnerKind Kind), Tally>(Comparer<(string Id, PartnerKind Kind)>.Create(
            (a, b) => string.CompareOrdinal(a.Id, b.Id) is var c and not 0 ? c : a.Kind.CompareTo(b.Kind)));
        var unattributedLeads = 0;
        foreach (var lead in leads)
        {
            Guard.Against.Null(lead, nameof(leads));
            if (lead.Partner is not { } p)
            {
                unattributedLeads++;
                continue;
            }

            var t = TallyOf(rows, p.PartnerId, p.Kind);
            t.Leads++;
            t.Converted += lead.Conversion is null ? 0 : 1;
            t.Won += lead.Stage == FunnelStage.Won ? 1 : 0;
        }

        var unattributedOpportunities = 0;
        foreach (var opportunity in opportunities)
        {
            Guard.Against.Null(opportunity, nameof(opportunities));
            if (opportunity.Partner is not { } p)
            {
                unattributedOpportunities++;
                continue;
            }

            var t = TallyOf(rows, p.PartnerId, p.Kind);
            t.Opportunities++;
            if (opportunity.Stage == OpportunityStage.ClosedWon)
            {
                t.OpportunitiesWon++;
                var value = opportunity.ForecastAmount;
                if (t.WonValue is { } sum && sum.Currency != value.Currency)
                {
                    throw new ArgumentException($"opportunities won for partner {p.PartnerId} must be in one currency; {sum.Currency} and {value.Currency} were found.", nameof(opportunities));
                }

                t.WonValue = t.WonValue is { } s ? s + value : value;
            }
        }

        return new PartnerAttributionReport(
            [.. rows.Select(r => new PartnerPerformance(r.Key.Id, r.Key.Kind, r.Value.Leads, r.Value.Converted, r.Value.Won, r.Value.Opportunities, r.Value.OpportunitiesWon, r.Value.WonValue))],
            unattributedLeads, unattributedOpportunities);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"Partner attribution: {Partners.Length} partners, {UnattributedLeads} unattributed leads, {UnattributedOpportunities} unattributed opportunities";

    private static Tally TallyOf(SortedDictionary<(string Id, PartnerKind Kind), Tally> rows, string id, PartnerKind kind)
    {
        if (!rows.TryGetValue((id, kind), out var t))
        {
            t = new Tally();
            rows.Add((id, kind), t);
        }

        return t;
    }

    // A row while it is counted.
    private sealed class Tally
    {
        public int Leads { get; set; }

        public int Converted { get; set; }

        public int Won { get; set; }

        public int Opportunities { get; set; }

        public int OpportunitiesWon { get; set; }

        public Money? WonValue { get; set; }
    }
}
