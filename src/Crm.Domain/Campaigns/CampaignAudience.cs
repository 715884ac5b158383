using System.Collections.Immutable;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>
/// The result of an audience selection: the treated members (who receive the campaign), the control members (held
/// out, only observed), and how many customers each filter removed.
/// </summary>
/// <remarks>Treated and control are disjoint by construction. Immutable and thread-safe (the member index is built
/// once and only read).</remarks>
public sealed class CampaignAudience
{
    private readonly Dictionary<CustomerId, (AudienceGroup Group, int Index)> _index;

    private CampaignAudience(string name, Channel channel, Instant selectedAt, double requestedControlShare, ulong seed, ImmutableArray<CampaignCustomer> treated, ImmutableArray<CampaignCustomer> control, AudienceCounts counts, Dictionary<CustomerId, (AudienceGroup, int)> index)
    {
        Name = name;
        Channel = channel;
        SelectedAt = selectedAt;
        RequestedControlShare = requestedControlShare;
        Seed = seed;
        Treated = treated;
        Control = control;
        Counts = counts;
        _index = index;
    }

    /// <summary>The audience definition's name.</summary>
    public string Name { get; }

    /// <summary>The channel the campaign is sent on.</summary>
    public Channel Channel { get; }

    /// <summary>When the audience was selected (the instant contact permission was asked for).</summary>
    public Instant SelectedAt { get; }

    /// <summary>The control share that was requested.</summary>
    public double RequestedControlShare { get; }

    /// <summary>The seed of the control-group hash.</summary>
    public ulong Seed { get; }

    /// <summary>Members who receive the campaign, in input order.</summary>
    public ImmutableArray<CampaignCustomer> Treated { get; }

    /// <summary>Members held out as the control group, in input order.</summary>
    public ImmutableArray<CampaignCustomer> Control { get; }

    /// <summary>The selection funnel.</summary>
    public AudienceCounts Counts { get; }

    /// <summary>Treated plus control.</summary>
    public int MemberCount => Treated.Length + Control.Length;

    /// <summary>The realised control share, control / (treated + control); 0 for an empty audience.</summary>
    public double ActualControlShare => MemberCount == 0 ? 0d : (double)Control.Length / MemberCount;

    /// <summary>The group <paramref name="customer"/> belongs to, or <see cref="AudienceGroup.NotMember"/>.</summary>
    public AudienceGroup GroupOf(CustomerId customer) =>
        _index.TryGetValue(customer, out var e) ? e.Group : AudienceGroup.NotMember;

    /// <summary>True when <paramref name="customer"/> is a treated or control member.</summary>
    public bool IsMember(CustomerId customer) => _index.ContainsKey(customer);

    /// <summary>Finds a member and their group; false for a non-member.</summary>
    public bool TryGetMember(CustomerId customer, out CampaignCustomer member, out AudienceGroup group)
    {
        if (_index.TryGetValue(customer, out var e))
        {
            group = e.Group;
            member = e.Group == AudienceGroup.Treated ? Treated[e.Index] : Control[e.Index];
            return true;
        }

        member = default;
        group = AudienceGroup.NotMember;
        return false;
    }

    internal static CampaignAudience FromAssignments(AudienceDefinition definition, Instant at, ReadOnlySpan<CampaignCustomer> customers, ReadOnlySpan<AudienceAssignment> assignments, AudienceCounts counts)
    {
        var treated = ImmutableArray.CreateBuilder<CampaignCustomer>((int)counts.Treated);
        var control = ImmutableArray.CreateBuilder<CampaignCustomer>((int)counts.Control);
        var index = new Dictionary<CustomerId, (AudienceGroup, int)>((int)counts.Eligible);
        var seen = new HashSet<CustomerId>(customers.Length);
        for (var i = 0; i < customers.Length; i++)
        {
            var c = customers[i];
            if (!seen.Add(c.Id))
            {
                throw new ArgumentException($"customers must have distinct identifiers; '{c.Id}' appears more than once.", nameof(customers));
            }

            switch (assignments[i])
            {
                case AudienceAssignment.Treated:
                    index.Add(c.Id, (AudienceGroup.Treated, treated.Count));
                    treated.Add(c);
                    break;
                case AudienceAssignment.Control:
                    index.Add(c.Id, (AudienceGroup.Control, control.Count));
                    control.Add(c);
                    break;
            }
        }

        return new CampaignAudience(definition.Name, definition.Channel, at, definition.ControlShare, definition.Seed, treated.MoveToImmutable(), control.MoveToImmutable(), counts, index);
    }
}
