using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>
/// What lead-scoring rules see: a lead's attributes and behaviours as of an instant (the instant time decay is
/// measured from). Build one per lead with <c>Of</c>.
/// </summary>
/// <remarks>Equality is not defined (behaviours are a sequence). <c>default</c> has no behaviours, unknown source and
/// attitude, and the Unix epoch as <see cref="AsOf"/>. Immutable and thread-safe.</remarks>
public readonly struct LeadProfile
{
    private readonly ImmutableArray<LeadBehaviour> _behaviours;

    private LeadProfile(LeadSource source, ProspectAttitude attitude, FunnelStage stage, int employees, bool isDecisionMaker, ImmutableArray<LeadBehaviour> behaviours, Instant asOf)
    {
        Source = source;
        Attitude = attitude;
        Stage = stage;
        Employees = employees;
        IsDecisionMaker = isDecisionMaker;
        _behaviours = behaviours;
        AsOf = asOf;
    }

    /// <summary>Where the lead came from.</summary>
    public LeadSource Source { get; }

    /// <summary>The prospect's attitude.</summary>
    public ProspectAttitude Attitude { get; }

    /// <summary>The lead's funnel stage.</summary>
    public FunnelStage Stage { get; }

    /// <summary>The prospect organisation's head count (0 when unknown or a private person).</summary>
    public int Employees { get; }

    /// <summary>True when the contact decides on the purchase.</summary>
    public bool IsDecisionMaker { get; }

    /// <summary>The lead's behaviours (any order).</summary>
    public ImmutableArray<LeadBehaviour> Behaviours => _behaviours.IsDefault ? [] : _behaviours;

    /// <summary>The instant the profile is taken at; behaviours decay with their age at this instant, later ones are ignored.</summary>
    public Instant AsOf { get; }

    /// <summary>Creates a profile.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="employees"/> is negative.</exception>
    public static LeadProfile Of(LeadSource source, ProspectAttitude attitude, FunnelStage stage, int employees, bool isDecisionMaker, IEnumerable<LeadBehaviour>? behaviours, Instant asOf)
    {
        Guard.Against.NegativeValue(employees);

        return new LeadProfile(source, attitude, stage, employees, isDecisionMaker, [.. behaviours ?? []], asOf);
    }

    /// <summary>A profile of <paramref name="lead"/> with extra attributes and behaviours.</summary>
    public static LeadProfile Of(Lead lead, int employees, bool isDecisionMaker, IEnumerable<LeadBehaviour>? behaviours, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return Of(lead.Source, lead.Attitude, lead.Stage, employees, isDecisionMaker, behaviours, asOf);
    }
}
