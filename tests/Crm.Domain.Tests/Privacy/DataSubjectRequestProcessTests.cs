using System.Text.Json;
using Crm.Domain.Primitives;
using Crm.Domain.Privacy;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Processes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Crm.Domain.Tests.Privacy.PrivacyFixtures;

namespace Crm.Domain.Tests.Privacy;

/// <summary>A data-subject request as a process (issue 17, item 2): its states, its statutory deadline in the
/// controller's calendar, and the storage laws every aggregate keeps.</summary>
[ProcessLawsFor(typeof(DataSubjectRequest))]
public class DataSubjectRequestProcessTests
{
    private static DataSubjectRequest Received(DataSubjectRequestKind kind = DataSubjectRequestKind.Access) =>
        DataSubjectRequest.Receive("DSR-1", Ana, kind, Noon(2026, 9, 3), Uk);

    [Fact]
    public void Sample_WalksEveryState_WithTheDeadlineRestartedAndExtended()
    {
        var r = Sample();
        Assert.Equal(DataSubjectRequestState.Fulfilled, r.State);
        Assert.Equal(6, r.Version);

        // Received Thu 3 Sep 2026: due Mon 5 Oct (3 Oct is a Saturday).
        Assert.Equal(new LocalDate(2026, 10, 5), ((DataSubjectRequestReceived)r.History[0]).DueDate);
        // Proof asked for on 4 Sep, given on Thu 10 Sep: the clock restarts → 10 Oct is a Saturday → Mon 12 Oct.
        Assert.Equal(new LocalDate(2026, 10, 12), ((IdentityVerified)r.History[2]).DueDate);
        // Extended on 1 Oct: three months from 10 Sep → Thu 10 Dec 2026.
        Assert.Equal(new LocalDate(2026, 12, 10), r.DueDate);
        Assert.Equal(new LocalDate(2026, 9, 10), r.ClockStart);
        Assert.True(r.IsExtended);
        Assert.Equal(Noon(2026, 11, 20), r.ClosedAt);
        Assert.False(r.IsOverdue(Noon(2027, 6, 1))); // answered in time stays in time
    }

    [Fact]
    public void ClockStart_IsTheReceiptDateInTheControllersZone()
    {
        // 23:30 UTC on 30 April 2026 is 00:30 on 1 May in London (BST): the clock starts on 1 May → due Mon 1 June.
        var r = DataSubjectRequest.Receive("DSR-2", Ana, DataSubjectRequestKind.Access, Instant.FromUtc(2026, 4, 30, 23, 30), Uk);
        Assert.Equal(new LocalDate(2026, 5, 1), r.ClockStart);
        Assert.Equal(new LocalDate(2026, 6, 1), r.DueDate);
    }

    [Fact]
    public void IsOverdue_AfterTheDeadlineDay_NotWhileAwaitingIdentity()
    {
        var r = Received(); // due Mon 5 Oct 2026
        Assert.False(r.IsOverdue(new LocalDateTime(2026, 10, 5, 23, 59).InZoneLeniently(London).ToInstant()));
        Assert.True(r.IsOverdue(new LocalDateTime(2026, 10, 6, 0, 1).InZoneLeniently(London).ToInstant()));
        Assert.False(r.RequestIdentity(Noon(2026, 9, 4)).IsOverdue(Noon(2027, 1, 1)));

        var late = r.VerifyIdentity(Noon(2026, 9, 4), "account").StartWork(Noon(2026, 9, 5)).Fulfil(Noon(2026, 10, 7));
        Assert.True(late.IsOverdue(Noon(2026, 10, 8)));
        Assert.False(late.IsOverdue(Noon(2026, 10, 5))); // as of a day before it was late
    }

    [Fact]
    public void Objection_StopsMarketingOnReceipt()
    {
        Assert.Equal(Noon(2026, 9, 3), Received(DataSubjectRequestKind.Objection).MarketingStopsAt);
        Assert.Null(Received(DataSubjectRequestKind.Access).MarketingStopsAt);
    }

    [Fact]
    public void IllegalTransitions_NameTheState()
    {
        var r = Received();
        var ex = Assert.Throws<IllegalTransitionException>(() => r.StartWork(Noon(2026, 9, 4)));
        Assert.Contains("Received", ex.Message, StringComparison.Ordinal);
        Assert.Throws<IllegalTransitionException>(() => r.Fulfil(Noon(2026, 9, 4)));

        var verified = r.VerifyIdentity(Noon(2026, 9, 4), "account");
        Assert.Throws<IllegalTransitionException>(() => verified.RequestIdentity(Noon(2026, 9, 5)));
        Assert.Throws<IllegalTransitionException>(() => verified.VerifyIdentity(Noon(2026, 9, 5), "again"));
        Assert.Throws<IllegalTransitionException>(() => verified.Refuse(Noon(2026, 9, 5), RefusalReason.IdentityNotVerified, "already verified"));

        var done = verified.StartWork(Noon(2026, 9, 5)).Fulfil(Noon(2026, 9, 6));
        Assert.Throws<IllegalTransitionException>(() => done.Refuse(Noon(2026, 9, 7), RefusalReason.Excessive, "late"));
        Assert.Throws<IllegalTransitionException>(() => done.Extend(Noon(2026, 9, 7), "late"));

        var awaiting = Received().RequestIdentity(Noon(2026, 9, 4));
        Assert.Throws<IllegalTransitionException>(() => awaiting.Extend(Noon(2026, 9, 5), "clock is stopped"));
    }

    [Fact]
    public void LegalHold_RefusesErasureOrRestrictionOnly()
    {
        var erasure = Received(DataSubjectRequestKind.Erasure).Refuse(Noon(2026, 9, 4), RefusalReason.LegalHold, "invoice 2026-114 under dispute");
        Assert.Equal(DataSubjectRequestState.Refused, erasure.State);
        Assert.Equal(RefusalReason.LegalHold, erasure.Refusal!.Reason);
        Assert.Throws<IllegalTransitionException>(() => Received(DataSubjectRequestKind.Access).Refuse(Noon(2026, 9, 4), RefusalReason.LegalHold, "hold"));
    }

    [Fact]
    public void Extend_OnceAndNoLaterThanTheDeadline()
    {
        var r = Received().VerifyIdentity(Noon(2026, 9, 4), "account");
        var extended = r.Extend(Noon(2026, 10, 5), "complex"); // on the deadline day: allowed
        Assert.Equal(new LocalDate(2026, 12, 3), extended.DueDate); // 3 Dec 2026, a Thursday
        Assert.Throws<IllegalTransitionException>(() => extended.Extend(Noon(2026, 10, 6), "again"));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => r.Extend(Noon(2026, 10, 6), "too late"));
        Assert.Equal("at", ex.ParamName);
        Assert.Throws<ArgumentException>(() => r.Extend(Noon(2026, 9, 5), " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => r.Extend(Noon(2026, 9, 5), new string('x', DataSubjectRequest.MaxTextLength + 1)));
    }

    [Fact]
    public void BadValues_AreRefused_AndNothingChanges()
    {
        Assert.Throws<ArgumentException>(() => DataSubjectRequest.Receive("has space", Ana, DataSubjectRequestKind.Access, Noon(2026, 9, 3), Uk));
        Assert.Throws<ArgumentException>(() => DataSubjectRequest.Receive("DSR-1", default, DataSubjectRequestKind.Access, Noon(2026, 9, 3), Uk));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSubjectRequest.Receive("DSR-1", Ana, (DataSubjectRequestKind)99, Noon(2026, 9, 3), Uk));
        Assert.Throws<ArgumentNullException>(() => DataSubjectRequest.Receive("DSR-1", Ana, DataSubjectRequestKind.Access, Noon(2026, 9, 3), null!));
        var r = Received();
        Assert.Throws<ArgumentOutOfRangeException>(() => r.VerifyIdentity(Noon(2026, 9, 2), "before receipt"));
        Assert.Throws<ArgumentOutOfRangeException>(() => r.Refuse(Noon(2026, 9, 4), (RefusalReason)0, "x"));
        Assert.Equal(1, r.Version);
    }

    [Fact]
    public void ExtremeInstants_AreRefusedOrAnswered_NeverANodaTimeError()
    {
        // Found by the hostile-input suite: IsOverdue(Instant.MinValue) reached NodaTime's internal "daysSinceEpoch".
        var r = Received();
        Assert.False(r.IsOverdue(Instant.MinValue));
        Assert.True(r.IsOverdue(Instant.MaxValue));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DataSubjectRequest.Receive("DSR-9", Ana, DataSubjectRequestKind.Access, Instant.MaxValue, Uk));
        Assert.Equal("at", ex.ParamName);
        Assert.Contains("coverage", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => r.VerifyIdentity(Instant.MaxValue, "account"));
    }

    [Fact]
    public void TamperedDeadline_IsRefused_InHistoryAndSnapshot()
    {
        var r = Sample();
        var received = (DataSubjectRequestReceived)r.History[0];
        var tampered = r.History.SetItem(0, received with { DueDate = received.DueDate.PlusDays(30) });
        var ex = Assert.Throws<ArgumentException>(() => DataSubjectRequest.FromHistory(tampered, Uk));
        Assert.Contains("history[0]", ex.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => DataSubjectRequest.FromSnapshot(r.ToSnapshot() with { DueDate = new LocalDate(2027, 1, 1) }, Uk));
        Assert.Throws<ArgumentException>(() => DataSubjectRequest.FromSnapshot(r.ToSnapshot() with { State = DataSubjectRequestState.Refused }, Uk));

        // The same history read in another controller's calendar (no holidays, other zone) has other deadlines.
        var plain = Crm.Domain.Service.BusinessCalendar.Create(DateTimeZone.Utc, Crm.Domain.Service.WorkingHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)));
        Assert.Equal(new LocalDate(2026, 12, 29), ResponseDeadline.For(new LocalDate(2026, 11, 25), Uk));
        Assert.Throws<ArgumentException>(() => DataSubjectRequest.FromHistory(
            DataSubjectRequest.Receive("DSR-3", Ana, DataSubjectRequestKind.Access, Noon(2026, 11, 25), Uk).History, plain));
    }

    [Fact]
    public void Json_IsThePublishedShape_AndStrict()
    {
        var json = CrmJson.Serialize(Sample().History[0]);
        Assert.StartsWith("{\"type\":\"dsr.received.v1\",\"at\":\"2026-09-03T11:00:00Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"Erasure\"", json, StringComparison.Ordinal);
        Assert.Contains("\"dueDate\":\"2026-10-05\"", json, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<DataSubjectRequestEvent>(json.Replace("dsr.received.v1", "dsr.received.v9", StringComparison.Ordinal)));
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<DataSubjectRequestEvent>(json.Replace("\"Erasure\"", "\"Forget\"", StringComparison.Ordinal)));

        var snapshot = CrmJson.Serialize(Sample().ToSnapshot());
        var back = DataSubjectRequest.FromSnapshot(CrmJson.Deserialize<DataSubjectRequestSnapshot>(snapshot), Uk);
        Assert.Equal(snapshot, CrmJson.Serialize(back.ToSnapshot()));
    }

    [Property(MaxTest = 200)]
    public Property RandomCommandSequences_KeepTheProcessLaws() =>
        Prop.ForAll(Scripts(), script =>
            ProcessLaws.Hold<DataSubjectRequest, DataSubjectRequestEvent, DataSubjectRequestSnapshot>(Run(script),
                h => DataSubjectRequest.FromHistory(h, Uk), r => r.ToSnapshot(), s => DataSubjectRequest.FromSnapshot(s, Uk)));

    private static Arbitrary<(int Kind, int Day, (int Op, int Hours)[] Steps)> Scripts() =>
        (from kind in Gen.Choose(1, 6)
         from day in Gen.Choose(0, 700)
         from steps in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 6), Gen.Choose(0, 24 * 40)))
         select (kind, day, steps.Select(s => (s.Item1, s.Item2)).ToArray())).ToArbitrary();

    /// <summary>Runs random commands from a random receipt, skipping the ones the request refuses (so the result is a
    /// random valid history).</summary>
    private static DataSubjectRequest Run((int Kind, int Day, (int Op, int Hours)[] Steps) script)
    {
        var at = Noon(2026, 1, 1) + Duration.FromDays(script.Day);
        var r = DataSubjectRequest.Receive($"DSR-{script.Day}", Ana, (DataSubjectRequestKind)script.Kind, at, Uk);
        foreach (var (op, hours) in script.Steps)
        {
            at += Duration.FromHours(hours);
            try
            {
                r = op switch
                {
                    0 => r.RequestIdentity(at),
                    1 => r.VerifyIdentity(at, "account"),
                    2 => r.StartWork(at),
                    3 => r.Extend(at, "complex"),
                    4 => r.Fulfil(at, "done"),
                    5 => r.Refuse(at, RefusalReason.LegalHold, "invoice under dispute"),
                    _ => r.Refuse(at, RefusalReason.IdentityNotVerified, "no proof"),
                };
            }
            catch (Exception ex) when (ex is ArgumentException or IllegalTransitionException)
            {
                // A refused command changes nothing: the request stays as it was.
            }
        }

        return r;
    }
}
