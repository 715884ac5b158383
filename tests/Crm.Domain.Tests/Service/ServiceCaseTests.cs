using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Service;
using NodaTime;

namespace Crm.Domain.Tests.Service;

public class ServiceCaseTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static Instant At(int d, int h, int min = 0) => London.AtStrictly(new LocalDateTime(2026, 11, d, h, min)).ToInstant();

    private static readonly BusinessCalendar Calendar = BusinessCalendar.Create(London,
        WorkingHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)), [new LocalDate(2026, 11, 25)],
        new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2027, 12, 31)));

    private static readonly SlaPolicy Policy = SlaPolicy.Create("standard", Calendar, new Dictionary<CasePriority, SlaTargets>
    {
        [CasePriority.Low] = SlaTargets.Of(Duration.FromHours(8), Duration.FromHours(40)),
        [CasePriority.Normal] = SlaTargets.Of(Duration.FromHours(4), Duration.FromHours(16)),
        [CasePriority.High] = SlaTargets.Of(Duration.FromHours(1), Duration.FromHours(8)),
        [CasePriority.Urgent] = SlaTargets.Of(Duration.FromMinutes(15), Duration.FromHours(4)),
    }, Probability.Of(0.75));

    // Monday 2026-11-23 10:00.
    private static ServiceCase NewCase(CasePriority p = CasePriority.High) =>
        ServiceCase.Open("C-1", CustomerId.Of("cust-1"), "Tier1", p, Channel.Phone, At(23, 10));

    [Fact]
    public void Resolve_BeforeOpened_ThrowsNamingBothInstants()
    {
        var c = NewCase();
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => c.Resolve(At(23, 9)));
        Assert.Contains("2026-11-23T10:00:00Z", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2026-11-23T09:00:00Z", ex.Message, StringComparison.Ordinal);
        Assert.Single(c.History);
        Assert.Equal(CaseState.Open, c.State);
    }

    [Fact]
    public void IllegalTransition_ThrowsNamingStates_AndLeavesCaseUnchanged()
    {
        var c = NewCase().Resolve(At(23, 11));
        var ex = Assert.Throws<IllegalTransitionException>(() => c.Resume(At(23, 12)));
        Assert.Equal("Resolved", ex.From);
        Assert.Equal("resume", ex.To);
        Assert.Equal(CaseState.Resolved, c.State);
        Assert.Equal(2, c.History.Length);
    }

    [Fact]
    public void Transitions_ReturnNewCases_WithAppendOnlyHistory()
    {
        var opened = NewCase();
        var waiting = opened.WaitOnCustomer(At(23, 10, 30));
        var resumed = waiting.Resume(At(24, 10));
        var resolved = resumed.Resolve(At(24, 12));
        Assert.Equal(CaseState.Open, opened.State);
        Assert.Single(opened.History);
        Assert.Equal([typeof(CaseOpened), typeof(CaseWaitingOnCustomer), typeof(CaseResumed), typeof(CaseResolved)], resolved.History.Select(e => e.GetType()));
        Assert.Equal(At(23, 10, 30), resolved.FirstResponseAt);
        Assert.Equal(new Interval(At(23, 10, 30), At(24, 10)), Assert.Single(resolved.Pauses));
        Assert.False(resolved.IsFirstContactResolution);
    }

    [Fact]
    public void FirstContactResolution_OnlyWhenResolvedInOneContact()
    {
        Assert.True(NewCase().Resolve(At(23, 10, 20)).IsFirstContactResolution);
        Assert.False(NewCase().Respond(At(23, 10, 5)).Resolve(At(23, 10, 20)).IsFirstContactResolution);
        Assert.False(NewCase().Escalate(At(23, 10, 5), "VIP").Resolve(At(23, 10, 20)).IsFirstContactResolution);
        Assert.False(NewCase().Resolve(At(23, 10, 20)).Reopen(At(23, 11)).Resolve(At(23, 12)).IsFirstContactResolution);
    }

    [Fact]
    public void Sla_PausedSpanIsNotCounted()
    {
        // High: 1 h first response, 8 h resolution. Opened Mon 10:00, asked the customer at 10:30 (first response
        // in 30 min), waited until Tue 10:00, resolved Tue 12:00. Resolution clock: 30 min + 2 h = 2.5 h business.
        var c = NewCase().WaitOnCustomer(At(23, 10, 30)).Resume(At(24, 10)).Resolve(At(24, 12));
        var e = Policy.Evaluate(c, At(26, 9));
        Assert.Equal(Duration.FromMinutes(30), e.FirstResponse.Elapsed);
        Assert.Equal(SlaStatus.Succeeded, e.FirstResponse.Status);
        Assert.Equal(Duration.FromMinutes(150), e.Resolution.Elapsed);
        Assert.Equal(SlaStatus.Succeeded, e.Resolution.Status);
        Assert.Equal(SlaStatus.Succeeded, e.Overall);
    }

    [Fact]
    public void Sla_RunningClock_GoesInProgressThenNearingThenNonCompliant()
    {
        var c = NewCase(CasePriority.Normal).Respond(At(23, 10, 10)); // resolution target 16 h; warning at 12 h
        Assert.Equal(SlaStatus.InProgress, Policy.Evaluate(c, At(23, 16)).Resolution.Status); // 6 h
        // Mon 10:00 + 12 h business = Tue 14:00 (7 h Monday, 5 h Tuesday).
        var nearing = Policy.Evaluate(c, At(24, 14));
        Assert.Equal(SlaStatus.NearingNonCompliance, nearing.Resolution.Status);
        Assert.True(nearing.ShouldEscalate);
        // Deadline: 16 h = 7 h Mon + 8 h Tue + 1 h Thu (Wed 25th is a holiday) = Thu 10:00.
        Assert.Equal(At(26, 10), nearing.Resolution.Deadline);
        Assert.Equal(SlaStatus.NonCompliant, Policy.Evaluate(c, At(26, 10, 1)).Resolution.Status);
        Assert.Equal(SlaStatus.Succeeded, Policy.Evaluate(c, At(26, 10, 1)).FirstResponse.Status);
    }

    [Fact]
    public void Sla_WhilePaused_DeadlineIsUnknownAndClockStands()
    {
        var c = NewCase().WaitOnCustomer(At(23, 10, 30));
        var e1 = Policy.Evaluate(c, At(23, 12));
        var e2 = Policy.Evaluate(c, At(24, 16));
        Assert.Null(e1.Resolution.Deadline);
        Assert.Equal(Duration.FromMinutes(30), e1.Resolution.Elapsed);
        Assert.Equal(e1.Resolution.Elapsed, e2.Resolution.Elapsed);
    }

    [Fact]
    public void Sla_LateFirstResponse_IsNonCompliant()
    {
        var c = NewCase(CasePriority.Urgent).Respond(At(23, 10, 16));
        Assert.Equal(SlaStatus.NonCompliant, Policy.Evaluate(c, At(23, 11)).FirstResponse.Status);
    }

    [Fact]
    public void Evaluate_AsOfBeforeOpened_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Policy.Evaluate(NewCase(), At(23, 9)));

    [Fact]
    public void Policy_MissingPriority_Throws() =>
        Assert.Throws<ArgumentException>(() => SlaPolicy.Create("x", Calendar,
            new Dictionary<CasePriority, SlaTargets> { [CasePriority.Low] = SlaTargets.Of(Duration.FromHours(1), Duration.FromHours(2)) }, Probability.Of(0.8)));

    [Fact]
    public void Complaint_OutcomeOnlyAfterResolution()
    {
        var complaint = Complaint.File(NewCase(), "late delivery");
        Assert.Throws<IllegalTransitionException>(() => complaint.RecordOutcome(ServiceRecoveryOutcome.Recovered, At(23, 12)));
        var done = complaint.WithCase(complaint.Case.Resolve(At(23, 11))).RecordOutcome(ServiceRecoveryOutcome.Recovered, At(23, 12), Money.Of(10m, "GBP"));
        Assert.Equal(ServiceRecoveryOutcome.Recovered, done.Outcome);
        Assert.Throws<IllegalTransitionException>(() => done.RecordOutcome(ServiceRecoveryOutcome.NotRecovered, At(23, 13)));
        var other = Complaint.File(NewCase(), "rude agent");
        Assert.Equal(Ratio.Rate(1, 1), SlaCompliance.RecoveryRate([done, other]));
    }

    [Fact]
    public void ComplianceByTeam_CountsDecidedClocksOnly()
    {
        var ok = NewCase().Resolve(At(23, 11));                                   // met
        var late = ServiceCase.Open("C-2", CustomerId.Of("c2"), "Tier1", CasePriority.Urgent, Channel.Email, At(23, 10)).Resolve(At(23, 15)); // 5 h > 4 h
        var running = ServiceCase.Open("C-3", CustomerId.Of("c3"), "Tier2", CasePriority.Low, Channel.Web, At(23, 10)); // undecided
        var byTeam = SlaCompliance.ByTeam([ok, late, running], Policy, At(23, 16));
        Assert.Equal(Ratio.Rate(1, 2), byTeam["Tier1"]);
        Assert.Equal(Ratio.Rate(0, 0), byTeam["Tier2"]);
    }
}
