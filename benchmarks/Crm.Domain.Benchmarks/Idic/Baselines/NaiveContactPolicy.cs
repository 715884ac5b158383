using Crm.Domain.Customers;
using NodaTime;

namespace Crm.Domain.Benchmarks.Idic.Baselines;

// The naive baseline reads the customer's raw fields, as code written before issue 17 did; the raw accessors are
// obsolete for hosts (personal data is read through an actor) but still the honest "before" in this comparison.
#pragma warning disable CS0618

/// <summary>The straightforward way to decide a contact: LINQ over the customer's consent records, contact points and
/// timeline for every question, zone conversion through ZonedDateTime. Same rules as the policy in the benchmark.</summary>
public static class NaiveContactPolicy
{
    public static bool MayContact(Customer c, Channel channel, Instant at, ConsentPurpose purpose, int maxContacts, Duration window, LocalTime quietStart, LocalTime quietEnd)
    {
        var latest = c.Consents.Records.Where(r => r.Channel == channel && r.Purpose == purpose && r.At <= at).OrderBy(r => r.At).LastOrDefault();
        if (c.IsErased || latest is null || latest.Status != ConsentStatus.Granted)
        {
            return false;
        }

        var kind = channel switch
        {
            Channel.Email => ContactPointKind.Email,
            Channel.Phone or Channel.Sms => ContactPointKind.Phone,
            Channel.Mail => ContactPointKind.Postal,
            _ => ContactPointKind.Unknown,
        };
        if (kind != ContactPointKind.Unknown && !c.ContactPoints.Any(p => p.Kind == kind && p.IsUsable))
        {
            return false;
        }

        if (c.PreferredChannels.Length > 0 && !c.PreferredChannels.Contains(channel))
        {
            return false;
        }

        var time = at.InZone(c.TimeZone).TimeOfDay;
        if (time >= quietStart || time < quietEnd)
        {
            return false;
        }

        return c.Timeline.Interactions.Count(i => i.Direction == InteractionDirection.Outbound && i.At >= at - window && i.At < at) < maxContacts;
    }
}
