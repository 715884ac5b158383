using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Idic.Interact;

/// <summary>
/// The rules for contacting customers for one purpose: consent for the channel and purpose, a usable contact point,
/// the customer's channel preference (optional), quiet hours in the customer's own time zone, and frequency caps.
/// <see cref="Decide(ContactProfile, Channel, Instant)"/> answers "may we contact this customer on this channel at this
/// instant; if not, why, and when next".
/// </summary>
/// <remarks>
/// <para>Rules are checked in this order, and the first that fails is the reason: erased, restricted (Art. 18),
/// objected to direct marketing (Art. 21), consent (withdrawn, expired, a basis the <see cref="Rules"/> do not
/// accept, not given), contact point, preference, quiet hours, caps. Without a lawful basis the answer is always no:
/// no later rule can allow it. A restriction and an objection stop every purpose but <see cref="ConsentPurpose.Service"/>
/// (service messages the customer needs, such as about the request itself), whatever the lawful basis. For time-bound refusals the decision also gives the earliest later instant passing quiet hours and every
/// cap together, assuming no other contact in between.</para>
/// <para>Deciding allocates nothing. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ContactPolicy
{
    private const int MaxSearchSteps = 16;
    private readonly FrequencyCap[] _caps;
    private readonly long _quietStartTicks;
    private readonly long _quietEndTicks;

    private ContactPolicy(ConsentPurpose purpose, ImmutableArray<FrequencyCap> caps, QuietHours? quietHours, bool respectPreference, IJurisdictionRules rules)
    {
        Rules = rules;
        Purpose = purpose;
        Caps = caps;
        _caps = [.. caps];
        QuietHours = quietHours;
        RespectChannelPreference = respectPreference;
        _quietStartTicks = quietHours?.Start.TickOfDay ?? 0;
        _quietEndTicks = quietHours?.End.TickOfDay ?? 0;
    }

    /// <summary>The purpose contacts are for (consent is checked for it).</summary>
    public ConsentPurpose Purpose { get; }

    /// <summary>The frequency caps.</summary>
    public ImmutableArray<FrequencyCap> Caps { get; }

    /// <summary>The quiet hours; null if none.</summary>
    public QuietHours? QuietHours { get; }

    /// <summary>When true and the customer stated preferred channels, other channels are refused.</summary>
    public bool RespectChannelPreference { get; }

    /// <summary>Creates a policy.</summary>
    /// <exception cref="ArgumentException">Default purpose or a null cap.</exception>
    public static ContactPolicy Create(ConsentPurpose purpose, IEnumerable<FrequencyCap>? caps = null, QuietHours? quietHours = null, bool respectChannelPreference = true)
    {
        Guard.Against.Uninitialized(purpose, !purpose.IsDefault);

        ImmutableArray<FrequencyCap> list = [.. caps ?? []];
        if (list.Any(c => c is null))
        {
            throw new ArgumentException("caps must not contain null.", nameof(caps));
        }

        return new ContactPolicy(purpose, list, quietHours, respectChannelPreference, JurisdictionRules.Default);
    }

    /// <summary>The jurisdiction rules the customers' lawful bases are checked against (<see cref="JurisdictionRules.Default"/> unless set by <see cref="WithRules"/>).</summary>
    public IJurisdictionRules Rules { get; }

    /// <summary>This policy under other jurisdiction rules.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public ContactPolicy WithRules(IJurisdictionRules rules) =>
        new(Purpose, Caps, QuietHours, RespectChannelPreference, Guard.Against.Null(rules));

    /// <summary>Compiles <paramref name="customer"/>'s contact profile for this policy's purpose and rules, consent as of <paramref name="asOf"/>.</summary>
    public ContactProfile ProfileOf(Customer customer, Instant asOf) => ContactProfile.Create(customer, Purpose, asOf, Rules);

    /// <summary>Decides on a customer directly (compiles its profile as of <paramref name="at"/>; prefer profiles in loops).</summary>
    public ContactDecision Decide(Customer customer, Channel channel, Instant at) => Decide(ProfileOf(customer, at), channel, at);

    /// <summary>May we contact the customer of <paramref name="profile"/> on <paramref name="channel"/> at <paramref name="at"/>?</summary>
    /// <exception cref="ArgumentException">Null profile, a profile compiled for another purpose, or an unknown channel.</exception>
    public ContactDecision Decide(ContactProfile profile, Channel channel, Instant at)
    {
        Guard.Against.Null(profile);
        if ((uint)(channel - 1) >= (uint)Channel.InPerson)
        {
            Guard.Against.UndefinedEnum(channel);
        }

        if (profile.Purpose != Purpose)
        {
            throw new ArgumentException($"The profile was compiled for purpose '{profile.Purpose}', the policy is for '{Purpose}'.", nameof(profile));
        }

        if (!ReferenceEquals(profile.Rules, Rules))
        {
            throw new ArgumentException($"The profile was compiled under the rules '{profile.Rules.Name}', the policy applies '{Rules.Name}'.", nameof(profile));
        }

        var bit = 1 << (int)channel;
        var stopsHere = Purpose != ConsentPurpose.Service;
        var refusal =
            profile.IsErased ? ContactRefusal.Erased
            : stopsHere && profile.RestrictedFor is not null ? ContactRefusal.Restricted
            : stopsHere && profile.HasObjected ? ContactRefusal.Objected
            : (profile.Withdrawn & bit) != 0 ? ContactRefusal.ConsentWithdrawn
            : (profile.Expired & bit) != 0 ? ContactRefusal.ConsentExpired
            : (profile.NotAccepted & bit) != 0 ? ContactRefusal.BasisNotAccepted
            : (profile.Granted & bit) == 0 ? ContactRefusal.NoConsent
            : (profile.Reachable & bit) == 0 ? ContactRefusal.NoContactPoint
            : RespectChannelPreference && profile.Preferred != 0 && (profile.Preferred & bit) == 0 ? ContactRefusal.NotPreferredChannel
            : ContactRefusal.None;
        if (refusal != ContactRefusal.None)
        {
            return new ContactDecision(channel, at, refusal, null);
        }

        var timeBound = TimeBoundRefusal(profile, channel, at, out var next);
        if (timeBound == ContactRefusal.None)
        {
            return new ContactDecision(channel, at, ContactRefusal.None, at);
        }

        for (var step = 0; step < MaxSearchSteps && TimeBoundRefusal(profile, channel, next, out var later) != ContactRefusal.None; step++)
        {
            next = later;
        }

        return new ContactDecision(channel, at, timeBound, next);
    }

    /// <inheritdoc />
    public override string ToString() => $"Contact policy for {Purpose}: {Caps.Length} caps, {(QuietHours is null ? "no quiet hours" : QuietHours.ToString())}";

    private ContactRefusal TimeBoundRefusal(ContactProfile profile, Channel channel, Instant at, out Instant next)
    {
        next = at;
        if (QuietHours is not null && QuietHours.AppliesTo(channel))
        {
            var utc = at.ToUnixTimeTicks();
            var local = utc + profile.OffsetTicks(utc);
            var tickOfDay = local % NodaConstants.TicksPerDay;
            if (tickOfDay < 0)
            {
                tickOfDay += NodaConstants.TicksPerDay;
            }

            var quiet = _quietStartTicks < _quietEndTicks
                ? tickOfDay >= _quietStartTicks && tickOfDay < _quietEndTicks
                : tickOfDay >= _quietStartTicks || tickOfDay < _quietEndTicks;
            if (quiet)
            {
                next = QuietEnd(profile.TimeZone, at, tickOfDay);
                return ContactRefusal.QuietHours;
            }
        }

        var ticks = profile.ContactTicks;
        var at64 = at.ToUnixTimeTicks();
        foreach (var cap in _caps)
        {
            var from = at64 - cap.Window.BclCompatibleTicks;
            var lo = LowerBound(ticks, from);
            var count = 0;
            for (var i = lo; i < ticks.Length && ticks[i] < at64; i++)
            {
                if (cap.Channel == Channel.Unknown || profile.ContactChannels[i] == cap.Channel)
                {
                    count++;
                }
            }

            if (count >= cap.MaxContacts)
            {
                // The window frees up once the (count - max + 1)-th counted contact falls out of it.
                var skip = count - cap.MaxContacts;
                for (var i = lo; i < ticks.Length; i++)
                {
                    if (cap.Channel == Channel.Unknown || profile.ContactChannels[i] == cap.Channel)
                    {
                        if (skip-- == 0)
                        {
                            next = Instant.FromUnixTimeTicks(ticks[i] + cap.Window.BclCompatibleTicks + 1);
                            break;
                        }
                    }
                }

                return ContactRefusal.FrequencyCap;
            }
        }

        return ContactRefusal.None;
    }

    private Instant QuietEnd(DateTimeZone zone, Instant at, long tickOfDay)
    {
        var local = at.InZone(zone).LocalDateTime;
        var date = _quietStartTicks > _quietEndTicks && tickOfDay >= _quietStartTicks ? local.Date.PlusDays(1) : local.Date;
        var end = zone.AtLeniently(date + QuietHours!.End).ToInstant();
        return end > at ? end : at + Duration.FromTicks(1);
    }

    private static int LowerBound(long[] ticks, long value)
    {
        int lo = 0, hi = ticks.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ticks[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
