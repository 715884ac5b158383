using Crm.Domain.Scoring;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>Points per behaviour of one kind with exponential decay by age (see <see cref="LeadScoringRules.Behaviour"/>).</summary>
internal sealed class DecayingBehaviourRule : ScoringRule<LeadProfile>
{
    private readonly LeadBehaviourKind _kind;
    private readonly double _points;
    private readonly double _decayPerNanosecond;
    private readonly double _cap;

    public DecayingBehaviourRule(LeadBehaviourKind kind, double points, Duration halfLife, double cap)
        : base($"{kind} (half-life {halfLife.TotalDays:0.##} d)")
    {
        _kind = kind;
        _points = points;
        // In doubles: a half-life or an age past about 292 years has no 64-bit count of nanoseconds.
        _decayPerNanosecond = Math.Log(2d) / halfLife.TotalNanoseconds;
        _cap = cap;
    }

    public override double Points(LeadProfile candidate)
    {
        var total = 0d;
        var asOf = candidate.AsOf;
        foreach (var b in candidate.Behaviours.AsSpan())
        {
            if (b.Kind != _kind || b.At > asOf)
            {
                continue;
            }

            total += _points * Math.Exp(-_decayPerNanosecond * (asOf - b.At).TotalNanoseconds);
        }

        return Math.Clamp(total, -_cap, _cap);
    }
}
