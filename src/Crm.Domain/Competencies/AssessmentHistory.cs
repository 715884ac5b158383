using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// A series of assessments of one organisation against one framework, oldest first: trends per block and overall,
/// and comparisons between any two.
/// </summary>
/// <remarks>
/// <para>Dates must be distinct (combine same-day assessors first with <see cref="Assessment.Combine"/>).</para>
/// <para>A process (<see cref="IProcess{TEvent}"/>): the state is the replay of <see cref="History"/>, an
/// <see cref="AssessmentHistoryCreated"/> with the first assessment followed by
/// <see cref="AssessmentHistoryAssessmentRecorded"/> events, each carrying its assessment's own events. The history's
/// <see cref="Framework"/> is configuration: every assessment is read (and scored) against it, and
/// <see cref="FromHistory"/> and <see cref="FromSnapshot"/> take it as an argument, as <c>Customer.FromSnapshot</c>
/// takes its policy (for a built-in framework pass it from <see cref="CompetencyFrameworks"/>).</para>
/// <para>Instants: <see cref="Create"/> and <see cref="Record"/> take them; an assessment is never recorded before its
/// own last event. The constructor and <see cref="Add"/>, which have no clock, stamp each assessment with its last
/// event's instant, or the history's last instant if that is later.</para>
/// <para>Equality is by reference. Immutable and thread-safe; commands return a new history.</para>
/// </remarks>
public sealed class AssessmentHistory : IProcess<AssessmentHistoryEvent>, IHasEventLog<AssessmentHistoryEvent>
{
    private readonly ImmutableArray<MaturityProfile> _profiles;

    /// <summary>Creates a history from assessments in any order. Its framework is the latest assessment's; the others
    /// must have the same framework id and criteria.</summary>
    /// <exception cref="ArgumentException">No assessments, a null, different organisations or frameworks, or two
    /// assessments on one date.</exception>
    public AssessmentHistory(IEnumerable<Assessment> assessments)
        : this(Build(assessments))
    {
    }

    // The history as a persistent append-only log: a command appends in amortised O(1) (see EventLog).
    private readonly EventLog<AssessmentHistoryEvent> _log;

    private AssessmentHistory(AssessmentHistory built)
        : this(built.Framework, built.Assessments, built._profiles, built._log)
    {
    }

    private AssessmentHistory(CompetencyFramework framework, ImmutableArray<Assessment> assessments,
        ImmutableArray<MaturityProfile> profiles, EventLog<AssessmentHistoryEvent> history)
    {
        Framework = framework;
        Assessments = assessments;
        _profiles = profiles;
        _log = history;
    }

    /// <summary>Creates a history with its first assessment (the <see cref="AssessmentHistoryCreated"/> event); the
    /// history's framework is that assessment's.</summary>
    /// <param name="first">The first assessment.</param>
    /// <param name="at">When the history is created; not before the assessment's last event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the assessment's last event.</exception>
    public static AssessmentHistory Create(Assessment first, Instant at)
    {
        Guard.Against.Null(first);
        return FromCreated(new AssessmentHistoryCreated(at, first.History), first.Framework);
    }

    /// <summary>Rebuilds a history from its events (see <see cref="IProcess{TEvent}"/>).</summary>
    /// <param name="history">The events, oldest first, starting with <see cref="AssessmentHistoryCreated"/>.</param>
    /// <param name="framework">The history's framework; every assessment must have been started against its id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or <paramref name="framework"/> is null.</exception>
    /// <exception cref="ArgumentException">A history that could not have happened: empty, not starting with
    /// <see cref="AssessmentHistoryCreated"/>, a second creation, an assessment history refused by
    /// <see cref="Assessment.FromHistory"/>, another organisation, a date already in the history, an assessment
    /// recorded before its own last event, or an instant before the previous one; the message names the event's
    /// index.</exception>
    public static AssessmentHistory FromHistory(IEnumerable<AssessmentHistoryEvent> history, CompetencyFramework framework)
    {
        Guard.Against.Null(framework);
        return ProcessHistory.Replay(history,
            e => e is AssessmentHistoryCreated created
                ? FromCreated(created, framework)
                : throw new ArgumentException($"An assessment history starts with {nameof(AssessmentHistoryCreated)}; it started with {e.GetType().Name}.", nameof(history)),
            (series, e) => series.Apply(e));
    }

    /// <summary>Rebuilds a history from its snapshot, checking the snapshot's state against its history.</summary>
    /// <param name="snapshot">The snapshot, as written by <see cref="ToSnapshot"/>.</param>
    /// <param name="framework">The history's framework (same id as the snapshot's).</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or <paramref name="framework"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A schema version other than 1.</exception>
    /// <exception cref="ArgumentException">A history refused as by <see cref="FromHistory"/>, a missing array, or a
    /// version, framework id, organisation or dates that disagree with the history.</exception>
    public static AssessmentHistory FromSnapshot(AssessmentHistorySnapshot snapshot, CompetencyFramework framework)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(framework);
        var series = ProcessHistory.FromSnapshot(snapshot, s => (s.SchemaVersion, s.Version, s.History), h => FromHistory(h, framework),
            s => !s.AssessmentDates.IsDefault, "history and assessment dates");
        const string type = nameof(AssessmentHistorySnapshot);
        ProcessHistory.RequireConsistent(string.Equals(snapshot.FrameworkId, framework.Id, StringComparison.Ordinal), type, "framework id");
        ProcessHistory.RequireConsistent(string.Equals(snapshot.Organisation, series.Organisation, StringComparison.Ordinal), type, "organisation");
        ProcessHistory.RequireConsistent(snapshot.AssessmentDates.SequenceEqual(series.Assessments.Select(a => a.AssessedOn)), type, "assessment dates");
        return series;
    }

    /// <summary>The stored form: schema version 1, <see cref="Version"/>, framework id, organisation, dates and
    /// history.</summary>
    public AssessmentHistorySnapshot ToSnapshot() =>
        new(ProcessHistory.SchemaVersion, Version, Framework.Id, Organisation, [.. Assessments.Select(a => a.AssessedOn)], History);

    /// <summary>Every event so far, oldest first: the creation, then one event per recorded assessment.</summary>
    public ImmutableArray<AssessmentHistoryEvent> History => _log.Events;

    /// <inheritdoc />
    EventLog<AssessmentHistoryEvent> IHasEventLog<AssessmentHistoryEvent>.Log => _log;

    /// <summary>The number of events (1 after creation, one more per recorded assessment).</summary>
    public int Version => _log.Length;

    /// <summary>The organisation.</summary>
    public string Organisation => Assessments[0].Organisation;

    /// <summary>The framework every assessment is read and scored against (configuration: the one the history was
    /// created or rebuilt with).</summary>
    public CompetencyFramework Framework { get; }

    /// <summary>The assessments, oldest first.</summary>
    public ImmutableArray<Assessment> Assessments { get; }

    /// <summary>The scored assessments, oldest first.</summary>
    public ImmutableArray<MaturityProfile> Profiles => _profiles;

    /// <summary>The latest assessment.</summary>
    public Assessment Latest => Assessments[^1];

    /// <summary>Records one more assessment (an <see cref="AssessmentHistoryAssessmentRecorded"/> event).</summary>
    /// <param name="assessment">The assessment: same organisation, same framework id and criteria, a new date.</param>
    /// <param name="at">When it is recorded; not before the history's last event nor the assessment's.</param>
    /// <exception cref="ArgumentException">As for the constructor.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event of the history or
    /// of the assessment.</exception>
    public AssessmentHistory Record(Assessment assessment, Instant at)
    {
        Guard.Against.Null(assessment);
        Framework.EnsureCompatible(assessment.Framework, nameof(assessment));
        return Apply(new AssessmentHistoryAssessmentRecorded(at, assessment.History));
    }

    /// <summary>A history with one more assessment: <see cref="Record"/> at the later of the history's and the
    /// assessment's last instants.</summary>
    /// <exception cref="ArgumentException">As for the constructor.</exception>
    public AssessmentHistory Add(Assessment assessment)
    {
        Guard.Against.Null(assessment);
        return Record(assessment, Later(ProcessHistory.LastAt(_log), ProcessHistory.LastAt(assessment.History)));
    }

    /// <summary>The trend of one block.</summary>
    /// <exception cref="ArgumentException">The framework has no such block.</exception>
    public MaturityTrend Trend(string blockId)
    {
        var b = Framework.BlockIndexOf(blockId, nameof(blockId));
        return new MaturityTrend(blockId, [.. _profiles.Select(p => new TrendPoint(p.AssessedOn, p.Blocks[b].Index))]);
    }

    /// <summary>The trend of every block, in framework order.</summary>
    public ImmutableArray<MaturityTrend> Trends => [.. Framework.Blocks.Select(b => Trend(b.Id))];

    /// <summary>The trend of the overall index.</summary>
    public MaturityTrend OverallTrend => new("overall", [.. _profiles.Select(p => new TrendPoint(p.AssessedOn, p.Overall))]);

    /// <summary>Compares the latest assessment with the one before; null with a single assessment.</summary>
    public AssessmentComparison? CompareLatest() =>
        Assessments.Length < 2 ? null : AssessmentComparison.Of(Assessments[^2], Assessments[^1]);

    private string ProcessName => $"Assessment history of '{Organisation}'";

    private static Instant Later(Instant a, Instant b) => a > b ? a : b;

    private static AssessmentHistory Build(IEnumerable<Assessment> assessments)
    {
        Guard.Against.Null(assessments);
        var list = assessments.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A history needs at least one assessment.", nameof(assessments));
        }

        var first = list[0] ?? throw new ArgumentException("The assessments contain a null.", nameof(assessments));
        foreach (var a in list)
        {
            Guard.Against.Null(a, nameof(assessments));
            first.Framework.EnsureCompatible(a.Framework, nameof(assessments));
        }

        var sorted = list.OrderBy(a => a.AssessedOn).ToList();
        var at = ProcessHistory.LastAt(sorted[0].History);
        var series = FromCreated(new AssessmentHistoryCreated(at, sorted[0].History), sorted[^1].Framework);
        foreach (var a in sorted.Skip(1))
        {
            at = Later(at, ProcessHistory.LastAt(a.History));
            series = series.Apply(new AssessmentHistoryAssessmentRecorded(at, a.History));
        }

        return series;
    }

    /// <summary>The history an <see cref="AssessmentHistoryCreated"/> event creates.</summary>
    private static AssessmentHistory FromCreated(AssessmentHistoryCreated created, CompetencyFramework framework)
    {
        var assessment = Read(created.Assessment, created.At, framework, "Assessment history");
        return new AssessmentHistory(framework, [assessment], [assessment.Score()],
            ProcessHistory.Append(EventLog<AssessmentHistoryEvent>.Empty, (AssessmentHistoryEvent)created, $"Assessment history of '{assessment.Organisation}'"));
    }

    /// <summary>The assessment an event carries, read against the history's framework; it must not be recorded before
    /// its own last event.</summary>
    private static Assessment Read(ImmutableArray<AssessmentEvent> events, Instant at, CompetencyFramework framework, string process)
    {
        if (events.IsDefault)
        {
            throw new ArgumentException($"{process}: an event without its assessment.", nameof(events));
        }

        var assessment = Assessment.FromHistory(events, framework);
        var last = ProcessHistory.LastAt(assessment.History);
        if (at < last)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at,
                $"{process}: the assessment of '{assessment.Organisation}' on {assessment.AssessedOn:uuuu-MM-dd} is recorded at {at}, before its own last change ({last}).");
        }

        return assessment;
    }

    /// <summary>Every check of an event against the current state, and the next state: commands and replay both come
    /// through here.</summary>
    private AssessmentHistory Apply(AssessmentHistoryEvent e)
    {
        switch (e)
        {
            case AssessmentHistoryAssessmentRecorded recorded:
                return ApplyRecorded(recorded);
            case AssessmentHistoryCreated:
                ProcessHistory.Require(false, ProcessName, "created", "created", "a history is created once");
                return this;
            default:
                Guard.Against.Null(e);
                throw new ArgumentException($"{ProcessName}: unknown event type {e.GetType().Name}.", nameof(e));
        }
    }

    private AssessmentHistory ApplyRecorded(AssessmentHistoryAssessmentRecorded recorded)
    {
        var assessment = Read(recorded.Assessment, recorded.At, Framework, ProcessName);
        if (!string.Equals(assessment.Organisation, Organisation, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A history is of one organisation; found '{Organisation}' and '{assessment.Organisation}'.", nameof(recorded));
        }

        if (Assessments.Any(a => a.AssessedOn == assessment.AssessedOn))
        {
            throw new ArgumentException($"Two assessments of '{Organisation}' are dated {assessment.AssessedOn:uuuu-MM-dd}; combine them first.", nameof(recorded));
        }

        var history = ProcessHistory.Append(_log, (AssessmentHistoryEvent)recorded, ProcessName);
        var index = 0;
        while (index < Assessments.Length && Assessments[index].AssessedOn < assessment.AssessedOn)
        {
            index++;
        }

        return new AssessmentHistory(Framework, Assessments.Insert(index, assessment), _profiles.Insert(index, assessment.Score()), history);
    }
}
