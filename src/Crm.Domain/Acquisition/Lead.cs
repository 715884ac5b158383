using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>
/// A lead in the acquisition funnel, as an immutable process: suspect → enquiry → qualified → opportunity → won, or
/// lost with a reason from any open stage; a lost lead can be recycled to suspect. Each transition returns a new lead
/// with the change appended to <see cref="History"/>; the original is never changed.
/// </summary>
/// <remarks>
/// <para>An illegal transition (skipping a stage, leaving Won, an undefined stage) throws
/// <see cref="IllegalTransitionException"/> naming both stages; an instant before the last change throws
/// <see cref="ArgumentOutOfRangeException"/>. Either way the lead is unchanged.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Lead
{
    private Lead(string id, LeadSource source, ProspectAttitude attitude, ImmutableArray<AcquisitionStrategy> strategies, ImmutableArray<StageChange> history)
    {
        Id = id;
        Source = source;
        Attitude = attitude;
        Strategies = strategies;
        History = history;
    }

    /// <summary>The lead's identifier.</summary>
    public string Id { get; }

    /// <summary>Where the lead came from.</summary>
    public LeadSource Source { get; }

    /// <summary>The prospect's attitude.</summary>
    public ProspectAttitude Attitude { get; }

    /// <summary>The acquisition strategies used on this lead (tags to cut funnel metrics by); distinct, sorted.</summary>
    public ImmutableArray<AcquisitionStrategy> Strategies { get; }

    /// <summary>Every stage change, oldest first; the first entry is the creation.</summary>
    public ImmutableArray<StageChange> History { get; }

    /// <summary>The current stage.</summary>
    public FunnelStage Stage => History[^1].To;

    /// <summary>When the lead was created.</summary>
    public Instant CreatedAt => History[0].At;

    /// <summary>When the lead entered its current stage.</summary>
    public Instant StageEnteredAt => History[^1].At;

    /// <summary>True while the lead is neither won nor lost.</summary>
    public bool IsOpen => Stage is not (FunnelStage.Won or FunnelStage.Lost);

    /// <summary>Creates a lead in <paramref name="initialStage"/> (an open stage; an enquiry usually starts at <see cref="FunnelStage.Enquiry"/>).</summary>
    /// <exception cref="ArgumentException">A blank id, an unknown source or attitude, an unknown strategy, or a closed initial stage.</exception>
    public static Lead Create(string id, LeadSource source, Instant createdAt, ProspectAttitude attitude = ProspectAttitude.Unknown,
        IEnumerable<AcquisitionStrategy>? strategies = null, FunnelStage initialStage = FunnelStage.Suspect)
    {
        Guard.Against.NullOrWhiteSpace(id);
        if (source == LeadSource.Unknown || !Enum.IsDefined(source))
        {
            throw new ArgumentOutOfRangeException(nameof(source), source, $"source must be one of the ten acquisition inputs; it was {source}.");
        }

        if (!Enum.IsDefined(attitude))
        {
            throw new ArgumentOutOfRangeException(nameof(attitude), attitude, $"attitude must be a defined ProspectAttitude; it was {attitude}.");
        }

        if (initialStage is not (FunnelStage.Suspect or FunnelStage.Enquiry or FunnelStage.Qualified or FunnelStage.Opportunity))
        {
            throw new ArgumentOutOfRangeException(nameof(initialStage), initialStage, $"initialStage must be an open stage (Suspect to Opportunity); it was {initialStage}.");
        }

        var tags = (strategies ?? []).Distinct().Order().ToImmutableArray();
        foreach (var s in tags)
        {
            if (s == AcquisitionStrategy.Unknown || !Enum.IsDefined(s))
            {
                throw new ArgumentOutOfRangeException(nameof(strategies), s, $"strategies must hold defined acquisition strategies; it held {s}.");
            }
        }

        return new Lead(id, source, attitude, tags, [new StageChange(initialStage, initialStage, createdAt)]);
    }

    /// <summary>The next stage of an open stage in the funnel's order (Opportunity → Won); null for Won and Lost.</summary>
    public static FunnelStage? NextStage(FunnelStage stage) => stage switch
    {
        FunnelStage.Suspect => FunnelStage.Enquiry,
        FunnelStage.Enquiry => FunnelStage.Qualified,
        FunnelStage.Qualified => FunnelStage.Opportunity,
        FunnelStage.Opportunity => FunnelStage.Won,
        _ => null,
    };

    /// <summary>True if the funnel allows going from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool IsLegal(FunnelStage from, FunnelStage to) =>
        (NextStage(from) is { } next && next == to)
        || (to == FunnelStage.Lost && from is FunnelStage.Suspect or FunnelStage.Enquiry or FunnelStage.Qualified or FunnelStage.Opportunity)
        || (from == FunnelStage.Lost && to == FunnelStage.Suspect);

    /// <summary>Moves the lead one stage down the funnel.</summary>
    /// <exception cref="IllegalTransitionException">The lead is won or lost.</exception>
    public Lead Advance(Instant at, string? note = null) =>
        MoveTo(NextStage(Stage) ?? throw new IllegalTransitionException($"Lead {Id}", Stage.ToString(), "the next stage", "a closed lead has no next stage"), at, note);

    /// <summary>Marks the lead lost with a reason.</summary>
    public Lead Lose(LossReason reason, Instant at, string? note = null)
    {
        if (!Enum.IsDefined(reason))
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, $"reason must be a defined LossReason; it was {reason}.");
        }

        Check(FunnelStage.Lost, at);
        return Append(new StageChange(Stage, FunnelStage.Lost, at, reason, note));
    }

    /// <summary>Recycles a lost lead back to <see cref="FunnelStage.Suspect"/> for nurturing.</summary>
    public Lead Recycle(Instant at, string? note = null) => MoveTo(FunnelStage.Suspect, at, note);

    /// <summary>Moves the lead to <paramref name="to"/> if the funnel allows it (use <see cref="Lose"/> to record a reason).</summary>
    /// <exception cref="IllegalTransitionException">The funnel does not allow the move; the message names both stages.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last change.</exception>
    public Lead MoveTo(FunnelStage to, Instant at, string? note = null)
    {
        Check(to, at);
        return Append(new StageChange(Stage, to, at, to == FunnelStage.Lost ? LossReason.Unspecified : null, note));
    }

    /// <summary>The lead with its tags replaced (the history is kept).</summary>
    public Lead WithStrategies(IEnumerable<AcquisitionStrategy> strategies)
    {
        var copy = Create(Id, Source, CreatedAt, Attitude, strategies, History[0].To);
        return new Lead(Id, Source, Attitude, copy.Strategies, History);
    }

    private void Check(FunnelStage to, Instant at)
    {
        if (!IsLegal(Stage, to))
        {
            throw new IllegalTransitionException($"Lead {Id}", Stage.ToString(), to.ToString(),
                Enum.IsDefined(to) ? "not a transition of the funnel" : "not a funnel stage");
        }

        if (at < StageEnteredAt)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"at must not be before the lead's last stage change ({StageEnteredAt}); it was {at}.");
        }
    }

    private Lead Append(StageChange change) => new(Id, Source, Attitude, Strategies, History.Add(change));
}
