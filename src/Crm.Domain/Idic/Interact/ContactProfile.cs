using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Idic.Interact;

/// <summary>
/// A customer's contact facts for one purpose, compiled once for fast decisions: consent per channel, usable contact
/// points per channel, preferred channels, time zone, and the outbound contacts of the timeline.
/// </summary>
/// <remarks>
/// Consent is read as of the instant given to <see cref="Create(Customer, ConsentPurpose, Instant, IJurisdictionRules)"/>; record new consent or contacts on the customer
/// and compile a new profile. Channels needing a contact point: e-mail (a usable e-mail), phone and SMS (a usable
/// number), mail (a usable address); other channels need none. Immutable and thread-safe.
/// </remarks>
public sealed class ContactProfile
{
    private readonly long _zoneFrom;
    private readonly long _zoneTo;

    private ContactProfile(CustomerId id, ConsentPurpose purpose, bool erased, int granted, int withdrawn, int reachable, int preferred, DateTimeZone zone, long[] contactTicks, Channel[] contactChannels, Instant compiledAt,
        LawfulFacts lawful)
    {
        (Rules, Expired, NotAccepted, RestrictedFor, HasObjected) = (lawful.Rules, lawful.Expired, lawful.NotAccepted, lawful.RestrictedFor, lawful.Objected);
        CustomerId = id;
        Purpose = purpose;
        IsErased = erased;
        Granted = granted;
        Withdrawn = withdrawn;
        Reachable = reachable;
        Preferred = preferred;
        TimeZone = zone;
        ContactTicks = contactTicks;
        ContactChannels = contactChannels;

        // The zone's offsets from a year before to two years after compilation, so that deciding needs no zone lookup
        // (NodaTime's tail-rule intervals are computed, and may allocate, on cache misses).
        var year = 366 * NodaConstants.TicksPerDay;
        var at = compiledAt.ToUnixTimeTicks();
        var range = new Interval(
            Instant.FromUnixTimeTicks(Math.Max(Instant.MinValue.ToUnixTimeTicks() + year, at) - year),
            Instant.FromUnixTimeTicks(Math.Min(Instant.MaxValue.ToUnixTimeTicks() - (2 * year), at) + (2 * year)));
        var intervals = zone.GetZoneIntervals(range).ToArray();
        ZoneStarts = [.. intervals.Select(i => i.HasStart ? i.Start.ToUnixTimeTicks() : long.MinValue)];
        ZoneOffsets = [.. intervals.Select(i => i.WallOffset.Ticks)];
        _zoneFrom = range.Start.ToUnixTimeTicks();
        _zoneTo = range.End.ToUnixTimeTicks();
    }

    /// <summary>The customer.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>The purpose the consent was read for.</summary>
    public ConsentPurpose Purpose { get; }

    /// <summary>True when the customer is erased.</summary>
    public bool IsErased { get; }

    /// <summary>The customer's time zone.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>The jurisdiction rules the customer's lawful bases were checked against.</summary>
    public IJurisdictionRules Rules { get; }

    /// <summary>Why processing was restricted as of compilation; null if it was not.</summary>
    public RestrictionGround? RestrictedFor { get; }

    /// <summary>True when the customer had objected to direct marketing as of compilation.</summary>
    public bool HasObjected { get; }

    /// <summary>The number of outbound contacts known.</summary>
    public int OutboundContacts => ContactTicks.Length;

    internal int Granted { get; }

    internal int Withdrawn { get; }

    internal int Expired { get; }

    internal int NotAccepted { get; }

    internal int Reachable { get; }

    internal int Preferred { get; }

    internal long[] ContactTicks { get; }

    internal Channel[] ContactChannels { get; }

    internal long[] ZoneStarts { get; }

    internal long[] ZoneOffsets { get; }

    /// <summary>The zone's UTC offset at <paramref name="utcTicks"/> (Unix ticks), from the precomputed table when in range.</summary>
    internal long OffsetTicks(long utcTicks)
    {
        if (utcTicks < _zoneFrom || utcTicks >= _zoneTo)
        {
            return TimeZone.GetUtcOffset(Instant.FromUnixTimeTicks(utcTicks)).Ticks;
        }

        var i = ZoneStarts.Length - 1;
        while (i > 0 && ZoneStarts[i] > utcTicks)
        {
            i--;
        }

        return ZoneOffsets[i];
    }

    /// <summary>Compiles the profile of <paramref name="customer"/> for <paramref name="purpose"/>, consent as of
    /// <paramref name="asOf"/>, under <see cref="JurisdictionRules.Default"/>.</summary>
    /// <exception cref="ArgumentException">Null customer or default purpose.</exception>
    public static ContactProfile Create(Customer customer, ConsentPurpose purpose, Instant asOf) =>
        Create(customer, purpose, asOf, JurisdictionRules.Default);

    /// <summary>
    /// Compiles the profile of <paramref name="customer"/> for <paramref name="purpose"/> as of <paramref name="asOf"/>:
    /// per channel, the latest grant counts when it has not lapsed and <paramref name="rules"/> accept its lawful basis
    /// (the customer is an existing customer when it holds a <see cref="LawfulBasis.Contract"/>); a restriction or an
    /// objection recorded at or before <paramref name="asOf"/> is kept for the policy to refuse.
    /// </summary>
    /// <exception cref="ArgumentException">Null customer or rules, or default purpose.</exception>
    public static ContactProfile Create(Customer customer, ConsentPurpose purpose, Instant asOf, IJurisdictionRules rules)
    {
        Guard.Against.Null(customer);
        Guard.Against.Uninitialized(purpose, !purpose.IsDefault);
        Guard.Against.Null(rules);

        int granted = 0, withdrawn = 0, expired = 0, notAccepted = 0;
        var existingCustomer = customer.Consents.HoldsBasis(LawfulBasis.Contract, asOf);
        foreach (var channel in Enum.GetValues<Channel>())
        {
            if (channel == Channel.Unknown)
            {
                continue;
            }

            var bit = 1 << (int)channel;
            var record = customer.Consents.LatestFor(channel, purpose, asOf);
            switch (customer.Consents.StatusOf(channel, purpose, asOf))
            {
                case ConsentStatus.Granted when rules.Accepts(new LawfulBasisQuestion(customer.Id, purpose, channel, record!.Basis, existingCustomer)):
                    granted |= bit;
                    break;
                case ConsentStatus.Granted:
                    notAccepted |= bit;
                    break;
                case ConsentStatus.Withdrawn:
                    withdrawn |= bit;
                    break;
                case ConsentStatus.Expired:
                    expired |= bit;
                    break;
            }
        }

        var reachable = ~((1 << (int)Channel.Email) | (1 << (int)Channel.Phone) | (1 << (int)Channel.Sms) | (1 << (int)Channel.Mail));
        foreach (var p in customer.ContactPointsHeld)
        {
            if (!p.IsUsable)
            {
                continue;
            }

            reachable |= p.Kind switch
            {
                ContactPointKind.Email => 1 << (int)Channel.Email,
                ContactPointKind.Phone => (1 << (int)Channel.Phone) | (1 << (int)Channel.Sms),
                _ => 1 << (int)Channel.Mail,
            };
        }

        var preferred = 0;
        foreach (var c in customer.PreferredChannelsHeld)
        {
            preferred |= 1 << (int)c;
        }

        var outbound = customer.Timeline.Interactions.Where(i => i.Direction == InteractionDirection.Outbound).ToArray();
        return new ContactProfile(customer.Id, purpose, customer.IsErased, granted, withdrawn, reachable, preferred, customer.TimeZoneHeld,
            [.. outbound.Select(i => i.At.ToUnixTimeTicks())], [.. outbound.Select(i => i.Channel)], asOf,
            new LawfulFacts(rules, expired, notAccepted, customer.RestrictedSince <= asOf ? customer.RestrictedFor : null, customer.MarketingObjectedAt <= asOf));
    }

    /// <inheritdoc />
    public override string ToString() => $"Contact profile of {CustomerId} for {Purpose}";

    /// <summary>The lawful-basis facts of a profile, compiled together.</summary>
    private readonly record struct LawfulFacts(IJurisdictionRules Rules, int Expired, int NotAccepted, RestrictionGround? RestrictedFor, bool Objected);
}
