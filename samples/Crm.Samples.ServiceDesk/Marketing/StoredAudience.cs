using Crm.Domain.Campaigns;
using Crm.Domain.Customers;
using Crm.Domain.CustomerValue.Rfm;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Idic.Interact;
using Crm.Domain.Primitives;
using Crm.Domain.Specifications;
using Crm.Samples.ServiceDesk.Storage;
using Crm.Samples.ServiceDesk.Value;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Marketing;

/// <summary>
/// Builds a campaign audience from the stored customers: each customer as a <see cref="CampaignCustomer"/> (segment =
/// the customer's source; RFM quintiles from the transaction table, fitted over every customer who bought, 1 for a
/// customer without purchases; value tier = 6 − monetary quintile), and contact permission from each customer's
/// consent ledger, contact points and preferences (<see cref="PolicyContactEligibility"/> over a
/// <see cref="ContactPolicy"/> for the campaign's consent purpose; erased customers are never contacted). The library's
/// <see cref="AudienceDefinition"/> then applies the criteria, suppression, permission and the hashed control group.
/// </summary>
/// <remarks>Scoped (one per request, like its <see cref="DeskDb"/>); not thread-safe. Reads every stored customer: a
/// sample's scale; a large base would page, or keep a projection table.</remarks>
public sealed class StoredAudience(DeskDb db)
{
    /// <summary>Selects the audience of <paramref name="request"/> at <paramref name="at"/>.</summary>
    public async Task<CampaignAudience> SelectAsync(SelectAudience request, Instant at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var purpose = ConsentPurpose.Of(request.Purpose ?? ConsentPurpose.Marketing.Name);
        var snapshots = await db.Streams.AsNoTracking().Where(s => s.Kind == AggregateKinds.Customer.Name)
            .Select(s => s.Snapshot).ToListAsync(ct).ConfigureAwait(false);
        var customers = snapshots.Select(AggregateKinds.Customer.Read).OrderBy(c => c.Id.Value, StringComparer.Ordinal).ToArray();
        var rfm = await RfmAsync(at, ct).ConfigureAwait(false);
        var members = customers.Select(c => rfm.TryGetValue(c.Id.Value, out var s)
            ? CampaignCustomer.Of(c.Id, c.Source, s.Recency, s.Frequency, s.Monetary, 6 - s.Monetary)
            : CampaignCustomer.Of(c.Id, c.Source, 1, 1, 1, 5)).ToArray();

        var criteria = Spec.All<CampaignCustomer>();
        if (request.Segments is { Count: > 0 } segments)
        {
            var wanted = segments.ToHashSet(StringComparer.Ordinal);
            criteria &= Spec.Where<CampaignCustomer>($"segment in {{{string.Join(", ", segments)}}}", c => wanted.Contains(c.Segment));
        }

        if (request.MinRfmTotal is { } min)
        {
            criteria &= Spec.Where<CampaignCustomer>($"RFM total >= {min}", c => c.RfmTotal >= min);
        }

        var permission = PolicyContactEligibility.Create(ContactPolicy.Create(purpose), customers, at);
        var suppression = SuppressionList.Of((request.Suppressed ?? []).Select(CustomerId.Of));
        var definition = AudienceDefinition.Create(request.Name, criteria, request.Channel, request.ControlShare, request.Seed, permission, suppression);
        return definition.Select(members, at);
    }

    /// <summary>RFM quintiles of every customer with purchases up to the day of <paramref name="at"/> (UTC).</summary>
    private async Task<Dictionary<string, RfmScore>> RfmAsync(Instant at, CancellationToken ct)
    {
        var today = at.InUtc().Date;
        var transactions = await StoredTransactions.UpToAsync(db, today, ct).ConfigureAwait(false);
        if (transactions.Length == 0)
        {
            return [];
        }

        var summaries = CustomerSummarizer.Summarize(transactions, SummaryOptions.Create(today));
        var observations = summaries.Summaries.Select(RfmObservation.FromSummary).ToArray();
        var scores = new RfmScore[observations.Length];
        RfmScorer.FitAndScore(observations, scores);
        return summaries.Customers.Select((customer, i) => (customer, scores[i])).ToDictionary(x => x.customer, x => x.Item2, StringComparer.Ordinal);
    }
}
