using Crm.Domain.Campaigns;
using NodaTime;

namespace Crm.Domain.Benchmarks.Baselines;

/// <summary>The audience selection written the obvious way: LINQ filters, then sort the eligible by hash and take k.</summary>
public static class NaiveAudience
{
    public static (int Treated, int Control) Select(AudienceDefinition d, CampaignCustomer[] customers, Instant at)
    {
        var eligible = customers
            .Where(c => d.Criteria.IsSatisfiedBy(c))
            .Where(c => !d.Suppression.Contains(c.Id))
            .Where(c => d.Permission.MayContact(c.Id, d.Channel, at))
            .ToList();
        var k = d.ControlSizeFor(eligible.Count);
        var control = eligible.OrderBy(c => ControlGroupHash.Of(d.Seed, c.Id)).Take(k).Select(c => c.Id).ToHashSet();
        var treated = eligible.Where(c => !control.Contains(c.Id)).ToList();
        return (treated.Count, control.Count);
    }
}
