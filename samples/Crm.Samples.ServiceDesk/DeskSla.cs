using Crm.Domain.Primitives;
using Crm.Domain.Service;
using NodaTime;

namespace Crm.Samples.ServiceDesk;

/// <summary>
/// The desk's SLA policy in its business calendar: configuration <c>Desk:TimeZone</c> (a TZDB id, default
/// <c>Europe/London</c>), weekdays 09:00–17:30, targets by priority (first response / resolution in business time:
/// Low 8 h / 40 h, Normal 4 h / 16 h, High 1 h / 8 h, Urgent 30 min / 4 h), warning at 80 % of a target.
/// </summary>
/// <remarks>Immutable; registered as a singleton.</remarks>
public sealed class DeskSla
{
    /// <summary>The policy for <paramref name="zone"/>.</summary>
    public DeskSla(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var calendar = BusinessCalendar.Create(zone, WorkingHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 30)));
        Policy = SlaPolicy.Create("desk", calendar, new Dictionary<CasePriority, SlaTargets>
        {
            [CasePriority.Low] = SlaTargets.Of(Duration.FromHours(8), Duration.FromHours(40)),
            [CasePriority.Normal] = SlaTargets.Of(Duration.FromHours(4), Duration.FromHours(16)),
            [CasePriority.High] = SlaTargets.Of(Duration.FromHours(1), Duration.FromHours(8)),
            [CasePriority.Urgent] = SlaTargets.Of(Duration.FromMinutes(30), Duration.FromHours(4)),
        }, Probability.Of(0.8));
    }

    /// <summary>The SLA policy.</summary>
    public SlaPolicy Policy { get; }

    /// <summary>The desk's policy from configuration.</summary>
    /// <exception cref="ArgumentException"><c>Desk:TimeZone</c> is not a TZDB id.</exception>
    public static DeskSla From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var id = configuration["Desk:TimeZone"] ?? "Europe/London";
        return new DeskSla(DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? throw new ArgumentException($"Desk:TimeZone '{id}' is not a TZDB zone.", nameof(configuration)));
    }
}
