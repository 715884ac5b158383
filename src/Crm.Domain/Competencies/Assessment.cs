using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Competencies.Json;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// An assessment of one organisation against one <see cref="CompetencyFramework"/>: the ratings of one or several
/// assessors on one business date. Criteria nobody rated are allowed and show as <see cref="Coverage"/>; several
/// assessors' ratings of the same criterion combine into a mean and a spread (<see cref="Score"/>).
/// </summary>
/// <remarks>
/// <para>Every rating must name a criterion of the framework, and an assessor has at most one rating per criterion
/// (a later rating by the same assessor replaces the earlier one).</para>
/// <para>A process (<see cref="IProcess{TEvent}"/>): the state is the replay of <see cref="History"/>, an
/// <see cref="AssessmentStarted"/> followed by <see cref="AssessmentCriterionRated"/> events. Commands
/// (<see cref="Rate"/>, <see cref="WithRating"/>) return a new assessment. <see cref="FromHistory"/> and
/// <see cref="FromSnapshot"/> take the framework as an argument, as <c>Customer.FromSnapshot</c> takes its policy:
/// a framework is configuration, and events and snapshots name it by id only (for a built-in framework pass it from
/// <see cref="CompetencyFrameworks"/>). They refuse a framework whose id differs from the one the assessment was
/// started against.</para>
/// <para>Instants: <see cref="Start"/> and <see cref="Rate"/> take them. The constructor and <see cref="Combine"/>,
/// which have no clock, stamp every event they write with one instant (the start of <c>assessedOn</c> in UTC for the
/// constructor, the latest instant of the combined histories for <see cref="Combine"/>); <see cref="WithRating"/>
/// stamps its event with the instant of the last event.</para>
/// <para>JSON (<c>CrmJson</c>): the assessment embeds its framework, its state and its history, so it is
/// self-contained and reads back with its <see cref="Version"/>; <see cref="ToSnapshot"/> is the lighter stored form
/// that names the framework by id.</para>
/// <para>Equality is by reference. Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(AssessmentJsonConverter))]
public sealed class Assessment : IProcess<AssessmentEvent>, IHasEventLog<AssessmentEvent>
{
    private readonly int[] _ordinals;

    /// <summary>Creates an assessment with all its ratings at once: one <see cref="AssessmentStarted"/> and one
    /// <see cref="AssessmentCriterionRated"/> per rating, all stamped at the start of <paramref name="assessedOn"/>
    /// (UTC).</summary>
    /// <param name="framework">The framework assessed against.</param>
    /// <param name="organisation">The organisation assessed, not blank.</param>
    /// <param name="assessedOn">The business date of the assessment (ratings keep their own dates).</param>
    /// <param name="ratings">The ratings; may be empty (coverage 0).</param>
    /// <exception cref="ArgumentException">A null rating, a rating of a criterion the framework lacks, or two ratings
    /// of one criterion by one assessor; the message names the criterion (and assessor).</exception>
    public Assessment(CompetencyFramework framework, string organisation, LocalDate assessedOn, IEnumerable<CriterionRating> ratings)
        : this(Build(framework, organisation, assessedOn, ratings, null))
    {
    }

    // The history as a persistent append-only log: a command appends in amortised O(1) (see EventLog).
    private readonly EventLog<AssessmentEvent> _log;

    private Assessment(Assessment built)
        : this(built.Framework, built.Organisation, built.AssessedOn, built.Ratings, built._ordinals, built._log)
    {
    }

    private Assessment(CompetencyFramework framework, string organisation, LocalDate assessedOn,
        ImmutableArray<CriterionRating> ratings, int[] ordinals, EventLog<AssessmentEvent> history)
    {
        Framework = framework;
        Organisation = organisation;
        AssessedOn = assessedOn;
        Ratings = ratings;
        _ordinals = ordinals;
        _log = history;
    }

    /// <summary>Starts an assessment with no ratings yet (the <see cref="AssessmentStarted"/> event).</summary>
    /// <param name="framework">The framework assessed against.</param>
    /// <param name="organisation">The organisation assessed, not blank.</param>
    /// <param name="assessedOn">The business date of the assessment.</param>
    /// <param name="at">When the assessment is started.</param>
    /// <exception cref="ArgumentException">A null framework or a blank organisation.</exception>
    public static Assessment Start(CompetencyFramework framework, string organisation, LocalDate assessedOn, Instant at)
    {
        Guard.Against.Null(framework);
        return Create(new AssessmentStarted(at, framework.Id, organisation, assessedOn), framework);
    }

    /// <summary>Rebuilds an assessment from its events (see <see cref="IProcess{TEvent}"/>).</summary>
    /// <param name="history">The events, oldest first, starting with <see cref="AssessmentStarted"/>.</param>
    /// <param name="framework">The framework the assessment was started against (same id).</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or <paramref name="framework"/> is null.</exception>
    /// <exception cref="ArgumentException">A history that could not have happened: empty, not starting with
    /// <see cref="AssessmentStarted"/>, a second start, another framework id, a blank organisation, a null rating, a
    /// criterion the framework lacks, or an instant before the previous one; the message names the event's
    /// index.</exception>
    public static Assessment FromHistory(IEnumerable<AssessmentEvent> history, CompetencyFramework framework)
    {
        Guard.Against.Null(framework);
        return ProcessHistory.Replay(history,
            e => e is AssessmentStarted started
                ? Create(started, framework)
                : throw new ArgumentException($"An assessment's history starts with {nameof(AssessmentStarted)}; it started with {e.GetType().Name}.", nameof(history)),
            (assessment, e) => assessment.Apply(e));
    }

    /// <summary>Rebuilds an assessment from its snapshot, checking the snapshot's state against its history.</summary>
    /// <param name="snapshot">The snapshot, as written by <see cref="ToSnapshot"/>.</param>
    /// <param name="framework">The framework the assessment was started against (same id).</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or <paramref name="framework"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A schema version other than 1.</exception>
    /// <exception cref="ArgumentException">A history refused as by <see cref="FromHistory"/>, a missing array, or a
    /// version, framework id, organisation, date or ratings that disagree with the history.</exception>
    public static Assessment FromSnapshot(AssessmentSnapshot snapshot, CompetencyFramework framework)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(framework);
        var assessment = ProcessHistory.FromSnapshot(snapshot, s => (s.SchemaVersion, s.Version, s.History), h => FromHistory(h, framework),
            s => !s.Ratings.IsDefault, "history and ratings");
        const string type = nameof(AssessmentSnapshot);
        ProcessHistory.RequireConsistent(string.Equals(snapshot.FrameworkId, framework.Id, StringComparison.Ordinal), type, "framework id");
        ProcessHistory.RequireConsistent(string.Equals(snapshot.Organisation, assessment.Organisation, StringComparison.Ordinal), type, "organisation");
        ProcessHistory.RequireConsistent(snapshot.AssessedOn == assessment.AssessedOn, type, "assessment date");
        ProcessHistory.RequireConsistent(snapshot.Ratings.SequenceEqual(assessment.Ratings), type, "ratings");
        return assessment;
    }

    /// <summary>The stored form: schema version 1, <see cref="Version"/>, framework id, state and history.</summary>
    public AssessmentSnapshot ToSnapshot() =>
        new(ProcessHistory.SchemaVersion, Version, Framework.Id, Organisation, AssessedOn, Ratings, History);

    /// <summary>Every event so far, oldest first: one <see cref="AssessmentStarted"/>, then the ratings as given.</summary>
    public ImmutableArray<AssessmentEvent> History => _log.Events;

    /// <inheritdoc />
    EventLog<AssessmentEvent> IHasEventLog<AssessmentEvent>.Log => _log;

    /// <summary>The number of events (1 after the start, one more per rating command).</summary>
    public int Version => _log.Length;

    /// <summary>The framework assessed against.</summary>
    public CompetencyFramework Framework { get; }

    /// <summary>The organisation assessed.</summary>
    public string Organisation { get; }

    /// <summary>The business date of the assessment.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>The ratings, in the order given.</summary>
    public ImmutableArray<CriterionRating> Ratings { get; }

    /// <summary>The distinct assessors, in ordinal order.</summary>
    public ImmutableArray<string> Assessors => [.. Ratings.Select(r => r.Assessor).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Criteria with at least one rating, over all criteria of the framework.</summary>
    public Ratio Coverage
    {
        get
        {
            var rated = new bool[Framework.CriterionCount];
            foreach (var ordinal in _ordinals)
            {
                rated[ordinal] = true;
            }

            return Ratio.Rate(rated.Count(r => r), Framework.CriterionCount);
        }
    }

    /// <summary>
    /// Scores the assessment: per criterion the mean level of its ratings and their spread (with a disagreement flag),
    /// per block and overall a weighted index 0–100, and cuts by <see cref="CrmType"/>. See <see cref="MaturityProfile"/>
    /// for the formulas.
    /// </summary>
    /// <param name="disagreementThreshold">Spread (highest − lowest level, in levels) from which assessors are said to
    /// disagree on a criterion; 1–4, default 2.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="disagreementThreshold"/> is outside [1, 4].</exception>
    public MaturityProfile Score(int disagreementThreshold = 2) => MaturityProfile.Of(this, disagreementThreshold);

    /// <summary>
    /// The overall index alone (0–100), or null when nothing is rated: equal to <see cref="MaturityProfile.Overall"/>
    /// but without building the profile (no allocation for frameworks of up to 256 criteria).
    /// </summary>
    public double? OverallIndex() => AssessmentScoring.OverallIndex(this);

    /// <summary>Records a rating (an <see cref="AssessmentCriterionRated"/> event): it replaces the same assessor's
    /// rating of the same criterion (moved to the end of <see cref="Ratings"/>) or is added.</summary>
    /// <param name="rating">The rating; its criterion must be in the framework.</param>
    /// <param name="at">When the rating is recorded; not before the last event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rating"/> is null.</exception>
    /// <exception cref="ArgumentException">The framework lacks the criterion.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    public Assessment Rate(CriterionRating rating, Instant at)
    {
        Guard.Against.Null(rating);
        return Apply(new AssessmentCriterionRated(at, rating));
    }

    /// <summary>A copy in which <paramref name="rating"/> replaces the same assessor's rating of the same criterion (or
    /// is added): <see cref="Rate"/> at the instant of the last event.</summary>
    /// <exception cref="ArgumentException">The framework lacks the criterion.</exception>
    public Assessment WithRating(CriterionRating rating) => Rate(rating, ProcessHistory.LastAt(_log));

    /// <summary>The ratings of one assessor, as an assessment of its own (empty if the assessor rated nothing): the
    /// start and that assessor's rating events, with their instants.</summary>
    public Assessment ByAssessor(string assessor)
    {
        Guard.Against.NullOrWhiteSpace(assessor);
        return FromHistory(History.Where(e => e is not AssessmentCriterionRated rated
                                              || string.Equals(rated.Rating.Assessor, assessor, StringComparison.Ordinal)), Framework);
    }

    /// <summary>
    /// Combines several assessors' assessments of one organisation against one framework into one assessment holding
    /// all their ratings, dated on the latest of their dates. Its history is new: a start and one rating event per
    /// rating, all stamped with the latest instant of the combined histories.
    /// </summary>
    /// <exception cref="ArgumentException">No assessments, different frameworks (by id) or organisations, or one
    /// assessor rating a criterion in two of them.</exception>
    public static Assessment Combine(IEnumerable<Assessment> assessments)
    {
        Guard.Against.Null(assessments);
        var list = assessments.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("Nothing to combine: at least one assessment is needed.", nameof(assessments));
        }

        var first = Guard.Against.Null(list[0], nameof(assessments));
        foreach (var other in list)
        {
            Guard.Against.Null(other, nameof(assessments));
            if (!string.Equals(other.Framework.Id, first.Framework.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Cannot combine assessments against frameworks '{first.Framework.Id}' and '{other.Framework.Id}'.", nameof(assessments));
            }

            if (!string.Equals(other.Organisation, first.Organisation, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Cannot combine assessments of '{first.Organisation}' and '{other.Organisation}'.", nameof(assessments));
            }
        }

        return Build(first.Framework, first.Organisation, list.Max(a => a.AssessedOn), list.SelectMany(a => a.Ratings),
            list.Max(a => ProcessHistory.LastAt(a.History)));
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"Assessment of {Organisation} against {Framework.Id} ({Ratings.Length} ratings)";

    internal ReadOnlySpan<int> Ordinals => _ordinals;

    private string ProcessName => $"Assessment of '{Organisation}'";

    /// <summary>Start and ratings in one go, stamped at <paramref name="at"/> (default: the start of
    /// <paramref name="assessedOn"/> in UTC); refuses duplicates, which <see cref="Rate"/> would replace.</summary>
    private static Assessment Build(CompetencyFramework framework, string organisation, LocalDate assessedOn,
        IEnumerable<CriterionRating> ratings, Instant? at)
    {
        Guard.Against.Null(framework);
        Guard.Against.Null(ratings);
        var stamp = at ?? assessedOn.AtMidnight().InUtc().ToInstant();
        var assessment = Start(framework, organisation, assessedOn, stamp);
        var seen = new HashSet<(string Criterion, string Assessor)>();
        var i = 0;
        foreach (var rating in ratings)
        {
            if (rating is null)
            {
                throw new ArgumentException($"Rating #{i} of the assessment of '{organisation}' is null.", nameof(ratings));
            }

            if (!seen.Add((rating.CriterionId, rating.Assessor)) && framework.TryGetOrdinal(rating.CriterionId, out _))
            {
                throw new ArgumentException(
                    $"Assessor '{rating.Assessor}' rated criterion '{rating.CriterionId}' twice in the assessment of '{organisation}'; one rating per assessor and criterion.",
                    nameof(ratings));
            }

            assessment = assessment.Apply(new AssessmentCriterionRated(stamp, rating));
            i++;
        }

        return assessment;
    }

    /// <summary>The assessment an <see cref="AssessmentStarted"/> event creates.</summary>
    private static Assessment Create(AssessmentStarted started, CompetencyFramework framework)
    {
        if (!string.Equals(started.FrameworkId, framework.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The assessment was started against framework '{started.FrameworkId}', but framework '{framework.Id}' was given.", nameof(framework));
        }

        var organisation = Guard.Against.NullOrWhiteSpace(started.Organisation, "organisation");
        return new Assessment(framework, organisation, started.AssessedOn, [], [], ProcessHistory.Append(EventLog<AssessmentEvent>.Empty, (AssessmentEvent)started, $"Assessment of '{organisation}'"));
    }

    /// <summary>Every check of an event against the current state, and the next state: commands and replay both come
    /// through here.</summary>
    private Assessment Apply(AssessmentEvent e)
    {
        switch (e)
        {
            case AssessmentCriterionRated rated:
                return ApplyRated(rated);
            case AssessmentStarted:
                ProcessHistory.Require(false, ProcessName, "started", "started", "an assessment has one start");
                return this;
            default:
                Guard.Against.Null(e);
                throw new ArgumentException($"{ProcessName}: unknown event type {e.GetType().Name}.", nameof(e));
        }
    }

    private Assessment ApplyRated(AssessmentCriterionRated rated)
    {
        var rating = rated.Rating ?? throw new ArgumentNullException(nameof(rated), $"{ProcessName}: a rating event without its rating.");
        if (!Framework.TryGetOrdinal(rating.CriterionId, out var ordinal))
        {
            throw new ArgumentException(
                $"The assessment of '{Organisation}' rates criterion '{rating.CriterionId}', which framework '{Framework.Id}' lacks.", nameof(rated));
        }

        var history = ProcessHistory.Append(_log, (AssessmentEvent)rated, ProcessName);
        var replaced = -1;
        for (var i = 0; i < Ratings.Length && replaced < 0; i++)
        {
            if (_ordinals[i] == ordinal && string.Equals(Ratings[i].Assessor, rating.Assessor, StringComparison.Ordinal))
            {
                replaced = i;
            }
        }

        var ratings = (replaced < 0 ? Ratings : Ratings.RemoveAt(replaced)).Add(rating);
        int[] ordinals = replaced < 0 ? [.. _ordinals, ordinal] : [.. _ordinals[..replaced], .. _ordinals[(replaced + 1)..], ordinal];
        return new Assessment(Framework, Organisation, AssessedOn, ratings, ordinals, history);
    }
}
