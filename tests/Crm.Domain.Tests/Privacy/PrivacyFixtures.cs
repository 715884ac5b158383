using Crm.Domain.Primitives;
using Crm.Domain.Privacy;
using Crm.Domain.Service;
using NodaTime;

namespace Crm.Domain.Tests.Privacy;

/// <summary>A UK controller's calendar (Europe/London, Monday to Friday, England's bank holidays of late 2026 and
/// 2027–2028 that the hand-worked cases touch) and a request built through every state.</summary>
internal static class PrivacyFixtures
{
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    // gov.uk bank holidays (England and Wales): Christmas Day (Fri 25 Dec 2026), Boxing Day substitute (Mon 28 Dec
    // 2026), Good Friday 2027 (26 Mar), Easter Monday 2027 (29 Mar), Early May 2027 (3 May).
    public static readonly LocalDate[] Holidays =
    [
        new(2026, 12, 25), new(2026, 12, 28), new(2027, 3, 26), new(2027, 3, 29), new(2027, 5, 3),
    ];

    public static readonly BusinessCalendar Uk = BusinessCalendar.Create(
        London, WorkingHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)), Holidays);

    public static readonly CustomerId Ana = CustomerId.Of("C-ana");

    /// <summary>Noon in London on a date.</summary>
    public static Instant Noon(int y, int m, int d) => new LocalDateTime(y, m, d, 12, 0).InZoneLeniently(London).ToInstant();

    /// <summary>An erasure request: received, proof asked for, verified, worked, extended, fulfilled.</summary>
    public static DataSubjectRequest Sample() =>
        DataSubjectRequest.Receive("DSR-2026-0042", Ana, DataSubjectRequestKind.Erasure, Noon(2026, 9, 3), Uk)
            .RequestIdentity(Noon(2026, 9, 4))
            .VerifyIdentity(Noon(2026, 9, 10), "signed-in account")
            .StartWork(Noon(2026, 9, 11))
            .Extend(Noon(2026, 10, 1), "data held in three systems")
            .Fulfil(Noon(2026, 11, 20), "erased from all aggregates");
}
