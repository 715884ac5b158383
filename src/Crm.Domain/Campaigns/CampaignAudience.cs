using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>
/// The result of an audience selection: the treated members (who receive the campaign), the control members (held
/// out, only observed), and how many customers each filter removed.
/// </summary>
/// <remarks>
/// <para>Treated and control are disjoint by construction. Select one with <see cref="AudienceDefinition.Select(ReadOnlySpan{CampaignCustomer}, Instant)"/>;
/// the public constructor restores a stored one (JSON, a campaign's history) and accepts only an audience the
/// selection could have produced.</para>
/// <para>Immutable and thread-safe (the member index is built once and only read). Equality is reference equality.</para>
/// </remarks>
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

    /// <summary>
    /// Restores a selected audience (as stored in JSON or in a campaign's history), checking that
    /// <see cref="AudienceDefinition.Select(ReadOnlySpan{CampaignCustomer}, Instant)"/> could have produced it: members
    /// distinct across both groups, counts that agree with the members and add up, a control group of
    /// round(<paramref name="requestedControlShare"/> × members) members, and those members the ones with the smallest
    /// <see cref="ControlGroupHash"/> under <paramref name="seed"/> (ties by ordinal identifier).
    /// </summary>
    /// <param name="name">The audience definition's name (non-blank).</param>
    /// <param name="channel">The channel (not <see cref="Channel.Unknown"/>).</param>
    /// <param name="selectedAt">When the audience was selected.</param>
    /// <param name="requestedControlShare">The requested control share, strictly between 0 and 1.</param>
    /// <param name="seed">The seed of the control-group hash.</param>
    /// <param name="treated">The treated members, in input order.</param>
    /// <param name="control">The control members, in input order.</param>
    /// <param name="counts">The selection funnel.</param>
    /// <exception cref="ArgumentException">Any of the rules above is broken, a member is <c>default</c>, or an array is
    /// missing.</exception>
    /// <remarks>Linear in the number of members (one hash per member).</remarks>
    [JsonConstructor]
    public CampaignAudience(string name, Channel channel, Instant selectedAt, double requestedControlShare, ulong seed, ImmutableArray<CampaignCustomer> treated, ImmutableArray<CampaignCustomer> control, AudienceCounts counts)
        : this(Guard.Against.NullOrWhiteSpace(name), Guard.Against.UndefinedEnum(channel), selectedAt, Guard.Against.OutsideOpenRange(requestedControlShare, 0d, 1d), seed, treated, control, counts, IndexOf(treated, control))
    {
        EnsureCounts(counts, treated.Length, control.Length);
        EnsureControlDraw(requestedControlShare, seed, treated, control);
    }

    /// <summary>The audience definition's name.</summary>
    [NotPersonal("the marketer's name for a selection rule")]
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
    [JsonIgnore]
    public int MemberCount => Treated.Length + Control.Length;

    /// <summary>The realised control share, control / (treated + control); 0 for an empty audience.</summary>
    [JsonIgnore]
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

        return new CampaignAudience(definition.Name, definition.Channel, at, definition.ControlShare, definition.Seed, treated.MoveToImmutable(), control.MoveToImmutable(), counts, index)
        {
            SelectedWithoutContactPolicy = ReferenceEquals(definition.Permission, ContactEligibility.AllowAll),
        };
    }

    // True when this instance was selected with ContactEligibility.AllowAll (no contact policy asked): a campaign takes
    // it only through Campaign.WithUncheckedAudience. Not stored: an audience restored from JSON or a history was
    // accepted when it was set.
    internal bool SelectedWithoutContactPolicy { get; private init; }

    private static Dictionary<CustomerId, (AudienceGroup, int)> IndexOf(ImmutableArray<CampaignCustomer> treated, ImmutableArray<CampaignCustomer> control)
    {
        if (treated.IsDefault)
        {
            throw new ArgumentNullException(nameof(treated));
        }

        if (control.IsDefault)
        {
            throw new ArgumentNullException(nameof(control));
        }

        var index = new Dictionary<CustomerId, (AudienceGroup, int)>(treated.Length + control.Length);
        Add(treated, AudienceGroup.Treated, nameof(treated));
        Add(control, AudienceGroup.Control, nameof(control));
        return index;

        void Add(ImmutableArray<CampaignCustomer> members, AudienceGroup group, string paramName)
        {
            for (var i = 0; i < members.Length; i++)
            {
                var c = members[i];
                Guard.Against.Uninitialized(c, !c.Id.IsDefault, paramName);
                if (!index.TryAdd(c.Id, (group, i)))
                {
                    throw new ArgumentException($"{paramName}: members must be distinct across treated and control; '{c.Id}' appears more than once.", paramName);
                }
            }
        }
    }

    private static void EnsureCounts(AudienceCounts counts, int treated, int control)
    {
        // AudienceCounts itself checks the counts are >= 0 and add up; here they must agree with the members.
        if (counts.Treated != treated || counts.Control != control)
        {
            throw new ArgumentException($"counts must agree with the members ({treated} treated, {control} control); it was {counts}.", nameof(counts));
        }
    }

    // The selection holds out the members with the smallest (hash, ordinal id): every control key sorts before every
    // treated key. Checking the extremes is enough, and linear.
    private static void EnsureControlDraw(double requestedControlShare, ulong seed, ImmutableArray<CampaignCustomer> treated, ImmutableArray<CampaignCustomer> control)
    {
        var expected = AudienceDefinition.ControlSize(requestedControlShare, treated.Length + control.Length);
        if (control.Length != expected)
        {
            throw new ArgumentException($"control must hold round(requestedControlShare {requestedControlShare} × {treated.Length + control.Length} members) = {expected} members; it holds {control.Length}.", nameof(control));
        }

        if (control.IsEmpty || treated.IsEmpty)
        {
            return;
        }

        var lastControl = Extreme(control, seed, last: true);
        var firstTreated = Extreme(treated, seed, last: false);
        if (Compare(lastControl, firstTreated) >= 0)
        {
            throw new ArgumentException($"control must be the members with the smallest control-group hash under seed {seed}; '{lastControl.Id}' is held out but '{firstTreated.Id}', treated, comes before it.", nameof(control));
        }
    }

    private static (ulong Hash, string Id) Extreme(ImmutableArray<CampaignCustomer> members, ulong seed, bool last)
    {
        var best = (ControlGroupHash.Of(seed, members[0].Id), members[0].Id.Value);
        for (var i = 1; i < members.Length; i++)
        {
            var key = (ControlGroupHash.Of(seed, members[i].Id), members[i].Id.Value);
            var c = Compare(key, best);
            if (last ? c > 0 : c < 0)
            {
                best = key;
            }
        }

        return best;
    }

    private static int Compare((ulong Hash, string Id) a, (ulong Hash, string Id) b) =>
        a.Hash != b.Hash ? a.Hash.CompareTo(b.Hash) : string.CompareOrdinal(a.Id, b.Id);
}
