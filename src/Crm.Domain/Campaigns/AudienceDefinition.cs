using System.Buffers;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Specifications;
using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>
/// Who a campaign targets: customers meeting the <see cref="Criteria"/>, minus the <see cref="Suppression"/> list,
/// minus those the contact <see cref="Permission"/> forbids on the <see cref="Channel"/> at the selection instant;
/// of those eligible, a random hold-out share becomes the control group.
/// </summary>
/// <remarks>
/// <para><b>Control group method.</b> Among the n eligible customers, exactly k = round(<see cref="ControlShare"/> × n)
/// (midpoint away from zero) are held out, so the control group is within half a member of the requested share. The
/// k held out are those with the smallest <see cref="ControlGroupHash"/> of (<see cref="Seed"/>, customer id); the rare
/// ties on the 64-bit hash are broken by ordinal order of the identifier. The split is therefore reproducible (same
/// seed and same eligible set give the same groups on any machine, in any input order) and uses no shared random
/// state. The k-th smallest hash is found by quickselect, so selection is linear in n.</para>
/// <para>Order of the filters: criteria, suppression, contact permission (the policy is asked only about customers
/// that would otherwise be contacted). Immutable and thread-safe if the criteria and permission are.</para>
/// </remarks>
public sealed class AudienceDefinition
{
    private AudienceDefinition(string name, Specification<CampaignCustomer> criteria, Channel channel, double controlShare, ulong seed, SuppressionList suppression, IContactEligibility permission)
    {
        Name = name;
        Criteria = criteria;
        Channel = channel;
        ControlShare = controlShare;
        Seed = seed;
        Suppression = suppression;
        Permission = permission;
    }

    /// <summary>The audience's name, as shown in reports.</summary>
    [NotPersonal("the marketer's name for a selection rule")]
    public string Name { get; }

    /// <summary>The criteria a customer must meet (segment, RFM, value tier, ...).</summary>
    public Specification<CampaignCustomer> Criteria { get; }

    /// <summary>The channel the campaign is sent on; contact permission is asked for this channel.</summary>
    public Channel Channel { get; }

    /// <summary>The requested hold-out share, strictly between 0 and 1.</summary>
    public double ControlShare { get; }

    /// <summary>The seed of the control-group hash; change it to draw a different control group.</summary>
    public ulong Seed { get; }

    /// <summary>Customers excluded whatever else holds.</summary>
    public SuppressionList Suppression { get; }

    /// <summary>The contact policy.</summary>
    public IContactEligibility Permission { get; }

    /// <summary>Creates an audience definition.</summary>
    /// <exception cref="ArgumentException">The name is blank, the channel <see cref="Channel.Unknown"/> or undefined, or
    /// <paramref name="controlShare"/> is not strictly between 0 and 1.</exception>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static AudienceDefinition Create(string name, Specification<CampaignCustomer> criteria, Channel channel, double controlShare, ulong seed, IContactEligibility permission, SuppressionList? suppression = null)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(criteria);
        Guard.Against.UndefinedEnum(channel);
        Guard.Against.OutsideOpenRange(controlShare, 0d, 1d);
        Guard.Against.Null(permission);
        return new AudienceDefinition(name, criteria, channel, controlShare, seed, suppression ?? SuppressionList.Empty, permission);
    }

    /// <summary>The number of control members for <paramref name="eligible"/> eligible customers: round(share × n), midpoint away from zero.</summary>
    public int ControlSizeFor(int eligible) => ControlSize(ControlShare, Guard.Against.NegativeValue(eligible));

    /// <summary>round(<paramref name="share"/> × <paramref name="eligible"/>), midpoint away from zero: the one rule for the control size, also checked when an audience is read back.</summary>
    internal static int ControlSize(double share, int eligible) =>
        (int)Math.Round(share * eligible, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Classifies every customer of <paramref name="customers"/> into <paramref name="destination"/> (same index): the
    /// allocation-light path for large bases. Identifiers are assumed distinct (<c>Select</c> checks it).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="customers"/>, or a customer is <c>default</c>.</exception>
    public AudienceCounts Classify(ReadOnlySpan<CampaignCustomer> customers, Instant at, Span<AudienceAssignment> destination)
    {
        if (destination.Length < customers.Length)
        {
            throw new ArgumentException($"destination must hold at least {customers.Length} items (one per customer); it holds {destination.Length}.", nameof(destination));
        }

        long notMatched = 0, suppressed = 0, notPermitted = 0;
        var eligible = 0;
        for (var i = 0; i < customers.Length; i++)
        {
            ref readonly var c = ref customers[i];
            Guard.Against.Uninitialized(c, !c.Id.IsDefault, nameof(customers));
            AudienceAssignment a;
            if (!Criteria.IsSatisfiedBy(c))
            {
                a = AudienceAssignment.NotMatched;
                notMatched++;
            }
            else if (Suppression.Contains(c.Id))
            {
                a = AudienceAssignment.Suppressed;
                suppressed++;
            }
            else if (!Permission.MayContact(c.Id, Channel, at))
            {
                a = AudienceAssignment.NotPermitted;
                notPermitted++;
            }
            else
            {
                a = AudienceAssignment.Treated;
                eligible++;
            }

            destination[i] = a;
        }

        var control = ControlSizeFor(eligible);
        AssignControl(customers, destination[..customers.Length], eligible, control);
        return new AudienceCounts(customers.Length, notMatched, suppressed, notPermitted, eligible - control, control);
    }

    /// <summary>Selects the audience: the treated and control members with the counts of every exclusion.</summary>
    /// <exception cref="ArgumentException">A customer is <c>default</c> or appears twice.</exception>
    public CampaignAudience Select(ReadOnlySpan<CampaignCustomer> customers, Instant at)
    {
        var assignments = new AudienceAssignment[customers.Length];
        var counts = Classify(customers, at, assignments);
        return CampaignAudience.FromAssignments(this, at, customers, assignments, counts);
    }

    /// <summary>Selects the audience from any sequence (see <see cref="Select(ReadOnlySpan{CampaignCustomer}, Instant)"/>).</summary>
    public CampaignAudience Select(IEnumerable<CampaignCustomer> customers, Instant at) =>
        Select(Guard.Against.Null(customers).ToArray(), at);

    /// <summary>The same as <see cref="Select(ReadOnlySpan{CampaignCustomer}, Instant)"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is <see langword="null"/>.</exception>
    public CampaignAudience Select(CampaignCustomer[] customers, Instant at) =>
        Select(new ReadOnlySpan<CampaignCustomer>(Guard.Against.Null(customers)), at);

    private void AssignControl(ReadOnlySpan<CampaignCustomer> customers, Span<AudienceAssignment> assignments, int eligible, int control)
    {
        if (control == 0)
        {
            return;
        }

        var hashes = ArrayPool<ulong>.Shared.Rent(eligible);
        var scratch = ArrayPool<ulong>.Shared.Rent(eligible);
        try
        {
            var n = 0;
            for (var i = 0; i < customers.Length; i++)
            {
                if (assignments[i] == AudienceAssignment.Treated)
                {
                    hashes[n++] = ControlGroupHash.Of(Seed, customers[i].Id);
                }
            }

            hashes.AsSpan(0, n).CopyTo(scratch);
            var threshold = HashSelection.NthSmallestInplace(scratch.AsSpan(0, n), control - 1);
            var below = 0;
            var ties = 0;
            for (var j = 0; j < n; j++)
            {
                below += hashes[j] < threshold ? 1 : 0;
                ties += hashes[j] == threshold ? 1 : 0;
            }

            var tiesToControl = control - below;
            var tied = new List<int>(ties);
            n = 0;
            for (var i = 0; i < customers.Length; i++)
            {
                if (assignments[i] != AudienceAssignment.Treated)
                {
                    continue;
                }

                var h = hashes[n++];
                if (h < threshold)
                {
                    assignments[i] = AudienceAssignment.Control;
                }
                else if (h == threshold)
                {
                    tied.Add(i);
                }
            }

            var tiedIndices = tied.ToArray();
            if (tiedIndices.Length > tiesToControl)
            {
                // Order-independent tie break: ordinal order of the identifier.
                var tiedIds = new string[tiedIndices.Length];
                for (var t = 0; t < tiedIndices.Length; t++)
                {
                    tiedIds[t] = customers[tiedIndices[t]].Id.Value;
                }

                Array.Sort(tiedIds, tiedIndices, StringComparer.Ordinal);
            }

            for (var t = 0; t < tiesToControl; t++)
            {
                assignments[tiedIndices[t]] = AudienceAssignment.Control;
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(hashes);
            ArrayPool<ulong>.Shared.Return(scratch);
        }
    }
}
