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
/// Consent is read as of the instant given to <see cref="Create"/>; record new consent or contacts on the customer
/// and compile a new profile. Channels needing a contact point: e-mail (a usable e-mail), phone and SMS (a usable
/// number), mail (a usable address); other channels need none. Immutable and thread-safe.
/// </remarks>
public sealed class ContactProfile
{
    private readonly long _zoneFrom;
    private readonly long _zoneTo;

    private ContactProfile(CustomerId id, ConsentPurpose purpose, bool erased, int granted, int withdrawn, int reachable, int preferred, DateTimeZone zone, long[] contactTicks, Channel[] contactChannels, Instant compiledAt)
    {
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

    /// <summary>The number of outbound contacts known.</summary>
    public int OutboundContacts => ContactTicks.Length;

    internal int Granted { get; }

    internal int Withdrawn { get; }

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

    /// <summary>Compiles the profile of <paramref name="customer"/> for <paramref name="purpose"/>, consent as of <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentException">Null customer or default purpose.</exception>
    public static ContactProfile Create(Customer customer, ConsentPurpose purpose, Instant asOf)
    {
        Guard.Against.Null(customer);
        Guard.Against.Uninitialized(purpose, !purpose.IsDefault);

        int granted = 0, withdrawn = 0;
        foreach (var channel in Enum.GetValues<Channel>())
        {
            if (channel == Channel.Unknown)
            {
                continue;
            }

            var status = customer.Consents.StatusOf(channel, purpose, asOf);
            granted |= status == ConsentStatus.Granted ? 1 << (int)channel : 0;
            withdrawn |= status == ConsentStatus.Withdrawn ? 1 << (int)channel : 0;
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
            [.. outbound.Select(i => i.At.ToUnixTimeTicks())], [.. outbound.Select(i => i.Channel)], asOf);
    }

    /// <inheritdoc />
    public override string ToString() => $"Contact profile of {CustomerId} for {Purpose}";
}
