using Crm.Domain.Competencies;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Processes;
using Crm.Domain.Tests.Serialization;
using FsCheck.Xunit;
using NodaTime;
using static Crm.Domain.Tests.Competencies.TinyFramework;

namespace Crm.Domain.Tests.Competencies;

[ProcessLawsFor(typeof(AssessmentHistory))]
public class AssessmentHistoryProcessTests
{
    private static readonly Instant T0 = Instant.FromUtc(2025, 1, 10, 9, 0);

    [Property(Arbitrary = [typeof(AssessmentProcessArbitraries)], MaxTest = 100)]
    public void RandomCommandSequences_KeepTheProcessLaws(AssessmentHistoryProcessCase c) =>
        ProcessLaws.Hold<AssessmentHistory, AssessmentHistoryEvent, AssessmentHistorySnapshot>(c.History,
            h => AssessmentHistory.FromHistory(h, c.Framework), x => x.ToSnapshot(), s => AssessmentHistory.FromSnapshot(s, c.Framework));

    [Property(Arbitrary = [typeof(AssessmentProcessArbitraries)], MaxTest = 100)]
    public void RandomHistories_KeepTheirAssessmentsInDateOrder(AssessmentHistoryProcessCase c)
    {
        var dates = c.History.Assessments.Select(a => a.AssessedOn).ToList();
        Assert.Equal(dates.Order(), dates);
        Assert.Equal(dates.Count, dates.Distinct().Count());
        Assert.Equal(c.History.Version, c.History.Assessments.Length);
    }

    private static Assessment On(LocalDate day, int a1, Instant at, string organisation = "Acme") =>
        Assessment.Start(Create(), organisation, day, at).Rate(new CriterionRating("a1", MaturityLevel.Of(a1), "alice", day), at);

    private static readonly LocalDate Y1 = new(2025, 1, 1);
    private static readonly LocalDate Y2 = new(2026, 1, 1);

    [Fact]
    public void Commands_AppendOneEventEach_AndKeepDateOrder()
    {
        var history = AssessmentHistory.Create(On(Y2, 3, T0), T0 + Duration.FromHours(1));
        Assert.Equal(1, history.Version);
        var created = Assert.IsType<AssessmentHistoryCreated>(history.History[0]);
        Assert.Equal(T0 + Duration.FromHours(1), created.At);
        Assert.Equal(2, created.Assessment.Length);

        // An earlier assessment recorded later is placed first.
        var longer = history.Record(On(Y1, 1, T0 + Duration.FromHours(2)), T0 + Duration.FromHours(3));
        Assert.Equal(2, longer.Version);
        Assert.IsType<AssessmentHistoryAssessmentRecorded>(Assert.Single(longer.EventsSince(history.Version)));
        Assert.Equal([Y1, Y2], longer.Assessments.Select(a => a.AssessedOn));
        Assert.Equal(50d, longer.Trend("A").Change);
        Assert.Single(history.Assessments);
    }

    [Fact]
    public void Constructor_AndAdd_StampEachAssessmentWithItsLastInstant()
    {
        var first = On(Y1, 1, T0 + Duration.FromHours(5));
        var second = On(Y2, 3, T0);
        var history = new AssessmentHistory([second, first]);
        Assert.Equal(2, history.Version);
        // Y1 first (date order), at its own last instant; Y2 recorded no earlier than that.
        Assert.Equal([T0 + Duration.FromHours(5), T0 + Duration.FromHours(5)], history.History.Select(e => e.At));

        var added = history.Add(On(new LocalDate(2027, 1, 1), 4, T0 + Duration.FromHours(9)));
        Assert.Equal(T0 + Duration.FromHours(9), added.History[^1].At);
    }

    [Fact]
    public void Record_RefusesWhatTheConstructorRefuses_AndEarlyInstants()
    {
        var history = AssessmentHistory.Create(On(Y1, 1, T0), T0);
        var sameDay = Assert.Throws<ArgumentException>(() => history.Record(On(Y1, 2, T0), T0));
        Assert.Contains("2025-01-01", sameDay.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => history.Record(On(Y2, 2, T0, "Other"), T0));
        Assert.Throws<ArgumentException>(() => history.Record(new Assessment(CompetencyFrameworks.Idic, "Acme", Y2, []), T0));
        var beforeAssessment = Assert.Throws<ArgumentOutOfRangeException>(() => history.Record(On(Y2, 2, T0 + Duration.FromHours(1)), T0));
        Assert.Equal("at", beforeAssessment.ParamName);
        var later = history.Record(On(Y2, 2, T0 + Duration.FromHours(2)), T0 + Duration.FromHours(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => later.Record(On(new LocalDate(2027, 1, 1), 2, T0), T0 + Duration.FromHours(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => AssessmentHistory.Create(On(Y1, 1, T0 + Duration.FromHours(1)), T0));
    }

    [Fact]
    public void FromHistory_TamperedHistories_AreRefused()
    {
        var f = Create();
        var a1 = On(Y1, 1, T0).History;
        var a2 = On(Y2, 3, T0).History;
        var later = T0 + Duration.FromHours(1);

        var sameDate = Assert.Throws<ArgumentException>(() => AssessmentHistory.FromHistory(
            [new AssessmentHistoryCreated(T0, a1), new AssessmentHistoryAssessmentRecorded(later, a1)], f));
        Assert.Contains("history[1]", sameDate.Message, StringComparison.Ordinal);

        var secondCreation = Assert.Throws<ArgumentException>(() => AssessmentHistory.FromHistory(
            [new AssessmentHistoryCreated(T0, a1), new AssessmentHistoryCreated(later, a2)], f));
        Assert.IsType<IllegalTransitionException>(secondCreation.InnerException);

        Assert.Throws<ArgumentException>(() => AssessmentHistory.FromHistory(
            [new AssessmentHistoryCreated(later, a1), new AssessmentHistoryAssessmentRecorded(T0, a2)], f));
        Assert.Throws<ArgumentException>(() => AssessmentHistory.FromHistory(
            [new AssessmentHistoryCreated(T0, a1), new AssessmentHistoryAssessmentRecorded(later, On(Y2, 3, T0, "Other").History)], f));
        Assert.Throws<ArgumentException>(() => AssessmentHistory.FromHistory([new AssessmentHistoryCreated(T0, default)], f));
        Assert.Throws<ArgumentException>(() => AssessmentHistory.FromHistory([new AssessmentHistoryAssessmentRecorded(T0, a1)], f));

        // An assessment recorded before its own last event, and a tampered assessment inside an event.
        Assert.Throws<ArgumentException>(() => AssessmentHistory.FromHistory([new AssessmentHistoryCreated(T0 - Duration.FromHours(1), a1)], f));
        var unknownCriterion = a1.SetItem(1, new AssessmentCriterionRated(T0, R("zz", 3)));
        var inner = Assert.Throws<ArgumentException>(() => AssessmentHistory.FromHistory([new AssessmentHistoryCreated(T0, unknownCriterion)], f));
        Assert.Contains("'zz'", inner.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => AssessmentHistory.FromHistory([new AssessmentHistoryCreated(T0, a1)], CompetencyFrameworks.Idic));
    }

    [Fact]
    public void FromSnapshot_StateDisagreeingWithHistory_IsRefused()
    {
        var f = Create();
        var snapshot = AssessmentHistory.Create(On(Y1, 1, T0), T0).Record(On(Y2, 3, T0), T0).ToSnapshot();
        Assert.Equal([Y1, Y2], snapshot.AssessmentDates.ToArray());
        Assert.Equal(2, AssessmentHistory.FromSnapshot(snapshot, f).Version);

        Assert.Throws<ArgumentException>(() => AssessmentHistory.FromSnapshot(snapshot with { AssessmentDates = [Y2, Y1] }, f));
        Assert.Throws<ArgumentException>(() => AssessmentHistory.FromSnapshot(snapshot with { Organisation = "Other" }, f));
        Assert.Throws<ArgumentException>(() => AssessmentHistory.FromSnapshot(snapshot with { Version = 1 }, f));
        Assert.Throws<ArgumentException>(() => AssessmentHistory.FromSnapshot(snapshot with { FrameworkId = "other" }, f));
        Assert.Throws<ArgumentException>(() => AssessmentHistory.FromSnapshot(snapshot with { AssessmentDates = default }, f));
        Assert.Throws<ArgumentException>(() => AssessmentHistory.FromSnapshot(snapshot with { History = snapshot.History.RemoveAt(1) }, f));
        Assert.Throws<ArgumentOutOfRangeException>(() => AssessmentHistory.FromSnapshot(snapshot with { SchemaVersion = 2 }, f));
    }

    [Fact]
    public void Json_HasTheDiscriminators_AndRefusesUnknownTypesAndBadValues()
    {
        var history = AssessmentHistory.Create(On(Y1, 1, T0), T0).Record(On(Y2, 3, T0), T0);
        var json = CrmJson.Serialize(history.ToSnapshot());
        Assert.Contains("\"history\":[{\"type\":\"assessmentHistory.created.v1\",\"assessment\":[{\"type\":\"assessment.started.v1\",", json, StringComparison.Ordinal);
        Assert.Contains("\"at\":\"2025-01-10T09:00:00Z\"", json, StringComparison.Ordinal);
        Assert.Contains("{\"type\":\"assessmentHistory.assessmentRecorded.v1\",", json, StringComparison.Ordinal);
        Assert.Equal(json, CrmJson.Serialize(CrmJson.Deserialize<AssessmentHistorySnapshot>(json)));

        JsonAssert.Invalid<AssessmentHistorySnapshot>(json.Replace("assessmentHistory.assessmentRecorded.v1", "assessmentHistory.assessmentDeleted.v1", StringComparison.Ordinal));
#if NET9_0_OR_GREATER // net8.0 lacks RespectRequiredConstructorParameters: a missing member reads as its default there (CrmJson remarks).
        JsonAssert.Invalid<System.Collections.Immutable.ImmutableArray<AssessmentHistoryEvent>>("""[{"type":"assessmentHistory.created.v1","at":"2025-01-10T09:00:00Z"}]""");
#endif
        JsonAssert.Invalid<AssessmentHistorySnapshot>(json.Replace("\"level\":3", "\"level\":0", StringComparison.Ordinal));
    }
}
