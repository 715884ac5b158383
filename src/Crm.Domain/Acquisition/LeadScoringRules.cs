using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Scoring;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>
/// Building blocks of a lead-scoring <see cref="ScoringModel{T}"/>: points per attribute and points per behaviour
/// with exponential time decay. Compose them with <see cref="ScoringModel{T}.Create"/>; every rule's contribution
/// shows in <see cref="ScoringModel{T}.Evaluate"/>.
/// </summary>
/// <remarks>All rules are immutable and thread-safe.</remarks>
public static class LeadScoringRules
{
    /// <summary>Points when the lead came from <paramref name="source"/>.</summary>
    public static ScoringRule<LeadProfile> Source(LeadSource source, double points)
    {
        var p = CheckedPoints(points);
        return ScoringRule<LeadProfile>.Create($"source is {source}", s => s.Source == source ? p : 0d);
    }

    /// <summary>Points when the prospect's attitude is <paramref name="attitude"/>.</summary>
    public static ScoringRule<LeadProfile> Attitude(ProspectAttitude attitude, double points)
    {
        var p = CheckedPoints(points);
        return ScoringRule<LeadProfile>.Create($"attitude is {attitude}", s => s.Attitude == attitude ? p : 0d);
    }

    /// <summary>Points when the organisation has at least <paramref name="minimumEmployees"/> employees.</summary>
    public static ScoringRule<LeadProfile> CompanySize(int minimumEmployees, double points)
    {
        Guard.Against.NegativeValue(minimumEmployees);
        var p = CheckedPoints(points);
        return ScoringRule<LeadProfile>.Create($"employees >= {minimumEmployees}", s => s.Employees >= minimumEmployees ? p : 0d);
    }

    /// <summary>Points when the contact is the decision maker.</summary>
    public static ScoringRule<LeadProfile> DecisionMaker(double points)
    {
        var p = CheckedPoints(points);
        return ScoringRule<LeadProfile>.Create("decision maker", s => s.IsDecisionMaker ? p : 0d);
    }

    /// <summary>Points for any attribute the caller can test.</summary>
    public static ScoringRule<LeadProfile> Attribute(string name, Func<LeadProfile, bool> predicate, double points) =>
        ScoringRule<LeadProfile>.When(name, predicate, CheckedPoints(points));

    /// <summary>
    /// <paramref name="pointsPerEvent"/> for each behaviour of <paramref name="kind"/>, halved every
    /// <paramref name="halfLife"/> of age at the profile's instant, the total capped at <paramref name="cap"/> in
    /// absolute value. Behaviours after the profile's instant count nothing. Negative points (an unsubscribe) are allowed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Non-finite points, a half-life that is not positive, or a negative cap.</exception>
    public static ScoringRule<LeadProfile> Behaviour(LeadBehaviourKind kind, double pointsPerEvent, Duration halfLife, double cap)
    {
        var p = CheckedPoints(pointsPerEvent);
        Guard.Against.NotPositiveDuration(halfLife);

        Guard.Against.NegativeValue(cap);
        return new DecayingBehaviourRule(kind, p, halfLife, cap);
    }

    private static double CheckedPoints(double points) => Guard.Against.NonFinite(points);
}
