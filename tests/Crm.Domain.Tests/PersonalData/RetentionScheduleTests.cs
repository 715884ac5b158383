using System.Collections.Immutable;
using Crm.Domain.Acquisition;
using Crm.Domain.Customers;
using Crm.Domain.PersonalData;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using Crm.Domain.Service;
using NodaTime;
using static Crm.Domain.Tests.Customers.CustomerFixtures;
using static Crm.Domain.Tests.Privacy.PrivacyFixtures;

namespace Crm.Domain.Tests.PersonalData;

/// <summary>Issue 17, item 4: retention per data category, due dates by calendar arithmetic (worked by hand: a month
/// after 31 January is the last day of February; a year after 29 February is 28 February, four years after it
/// 29 February again), explained.</summary>
public class RetentionScheduleTests
{
    private static readonly RetentionSchedule Schedule = RetentionSchedule.Of(London,
    [
        new RetentionRule(DataCategory.CustomerProfile, Period.FromYears(6), "contract records: six years after the relationship (Limitation Act 1980 s.5)"),
        new RetentionRule(DataCategory.ServiceCases, Period.FromMonths(1), "service quality review"),
        new RetentionRule(DataCategory.Leads, Period.FromYears(1), "prospecting"),
        new RetentionRule(DataCategory.Complaints, Period.FromMonths(6), "FCA DISP 1.9: complaint records"),
    ]);

    [Theory]
    [InlineData("2025-01-31", "P1M", "2025-02-28")] // no 31 February: the month's last day
    [InlineData("2024-01-31", "P1M", "2024-02-29")] // leap year
    [InlineData("2024-02-29", "P1Y", "2025-02-28")] // no 29 February in 2025
    [InlineData("2024-02-29", "P4Y", "2028-02-29")]
    [InlineData("2023-08-31", "P6M", "2024-02-29")]
    [InlineData("2020-03-31", "P6Y", "2026-03-31")]
    [InlineData("2025-12-31", "P1M1D", "2026-02-01")] // months first (31 Jan), then the day
    public void DueDate_IsCalendarArithmetic(string start, string period, string expected)
    {
        var rule = new RetentionRule(DataCategory.Leads, NodaTime.Text.PeriodPattern.Roundtrip.Parse(period).Value, "test");
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value, rule.DueDate(NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value));
    }

    [Fact]
    public void Due_ListsWhatIsOver_EachExplained_InTheControllersZone()
    {
        // Resolved 31 Jan 2025 at 23:30 UTC = 31 Jan in London (GMT): due 28 Feb 2025.
        var resolved = ServiceCase.Open("K-1", CustomerId.Of("C-1"), "desk", CasePriority.Normal, Channel.Phone, Instant.FromUtc(2025, 1, 31, 9, 0))
            .Resolve(Instant.FromUtc(2025, 1, 31, 23, 30));
        // Resolved 31 Mar 2025 at 23:30 UTC = 1 Apr 00:30 in London (BST): the clock starts 1 Apr, due 1 May.
        var lateMarch = ServiceCase.Open("K-2", CustomerId.Of("C-1"), "desk", CasePriority.Normal, Channel.Phone, Instant.FromUtc(2025, 3, 31, 9, 0))
            .Resolve(Instant.FromUtc(2025, 3, 31, 23, 30));
        var open = ServiceCase.Open("K-3", CustomerId.Of("C-1"), "desk", CasePriority.Normal, Channel.Phone, Instant.FromUtc(2025, 1, 1, 9, 0));
        var lost = Lead.Create("L-1", LeadSource.Enquiry, Instant.FromUtc(2024, 2, 1, 9, 0)).Lose(LossReason.Unspecified, Instant.FromUtc(2024, 2, 29, 12, 0));
        var ended = New("C-1");
        var ongoing = New("C-2");
        ImmutableArray<IPersonalDataHolder> holders =
        [
            PersonalDataHolders.Of(resolved), PersonalDataHolders.Of(lateMarch), PersonalDataHolders.Of(open), PersonalDataHolders.Of(lost),
            PersonalDataHolders.Of(ended), PersonalDataHolders.Of(ongoing),
        ];
        var ends = new Dictionary<CustomerId, LocalDate> { [CustomerId.Of("C-1")] = new LocalDate(2019, 4, 30) };

        // 30 April 2025, noon in London: K-1 (due 28 Feb), L-1 (due 28 Feb 2025), C-1 (due 30 Apr 2025) are over; K-2 is due 1 May.
        var due = Schedule.Due(holders, ends, Noon(2025, 4, 30));
        Assert.Equal(["serviceCase K-1", "lead L-1", "customer C-1"], due.Select(d => $"{d.Kind} {d.Id}"));
        Assert.Equal([new LocalDate(2025, 2, 28), new LocalDate(2025, 2, 28), new LocalDate(2025, 4, 30)], due.Select(d => d.DueDate));
        Assert.Equal(
            "serviceCase K-1: ServiceCases kept P1M after the case was resolved (service quality review); clock started 2025-01-31, due 2025-02-28",
            due[0].Explanation);
        Assert.Equal(new LocalDate(2024, 2, 29), due[1].ClockStarted);

        // The next day K-2 falls due too (its clock started on 1 April, London time).
        var next = Schedule.Due(holders, ends, Noon(2025, 5, 1));
        Assert.Equal(new LocalDate(2025, 4, 1), next.Single(d => d.Id == "K-2").ClockStarted);

        // Erased aggregates are not due again.
        var erased = holders.SetItem(0, PersonalDataHolders.Of(resolved.Erase(Admin, Noon(2025, 5, 1))));
        Assert.DoesNotContain(Schedule.Due(erased, ends, Noon(2025, 5, 1)), d => d.Id == "K-1");
    }

    [Fact]
    public void Rules_RefuseNonsense_AndRoundTrip()
    {
        Assert.Throws<ArgumentException>(() => new RetentionRule(DataCategory.Leads, Period.Zero, "x"));
        Assert.Throws<ArgumentException>(() => new RetentionRule(DataCategory.Leads, Period.FromHours(5), "x"));
        Assert.Throws<ArgumentException>(() => new RetentionRule(DataCategory.Leads, Period.FromDays(-1), "x"));
        Assert.Throws<ArgumentException>(() => RetentionSchedule.Of(London, [Schedule.Rules[0], Schedule.Rules[0]]));
        var json = CrmJson.Serialize(Schedule.Rules[0]);
        Assert.Equal("{\"category\":\"CustomerProfile\",\"keepFor\":\"P6Y\",\"basis\":\"contract records: six years after the relationship (Limitation Act 1980 s.5)\"}", json);
        Assert.Throws<System.Text.Json.JsonException>(() => CrmJson.Deserialize<RetentionRule>(json.Replace("P6Y", "PT6H", StringComparison.Ordinal)));
    }
}
