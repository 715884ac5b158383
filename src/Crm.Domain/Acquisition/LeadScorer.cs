using Ardalis.GuardClauses;
using Crm.Domain.Scoring;

namespace Crm.Domain.Acquisition;

/// <summary>Scores leads with a <see cref="ScoringModel{T}"/> and sorts them into cold, warm and hot.</summary>
/// <remarks>Immutable and thread-safe. Use <see cref="Evaluate"/> to explain one lead, <see cref="ScoreBatch"/> for many.</remarks>
public sealed class LeadScorer
{
    private LeadScorer(ScoringModel<LeadProfile> model, LeadTemperatureThresholds thresholds)
    {
        Model = model;
        Thresholds = thresholds;
    }

    /// <summary>The scoring model.</summary>
    public ScoringModel<LeadProfile> Model { get; }

    /// <summary>The thresholds.</summary>
    public LeadTemperatureThresholds Thresholds { get; }

    /// <summary>Creates a scorer.</summary>
    public static LeadScorer Create(ScoringModel<LeadProfile> model, LeadTemperatureThresholds thresholds) =>
        new(Guard.Against.Null(model), thresholds);

    /// <summary>The score of one lead, with every factor's contribution and its temperature.</summary>
    public LeadScore Evaluate(LeadProfile lead)
    {
        var breakdown = Model.Evaluate(lead);
        return new LeadScore(breakdown, Thresholds.Classify(breakdown.Total));
    }

    /// <summary>The temperature of one lead (no breakdown).</summary>
    public LeadTemperature Classify(LeadProfile lead) => Thresholds.Classify(Model.ScoreOf(lead));

    /// <summary>Scores many leads into <paramref name="scores"/> (same length or longer); equal to scoring one by one.</summary>
    /// <exception cref="ArgumentException"><paramref name="scores"/> is too short.</exception>
    public void ScoreBatch(ReadOnlySpan<LeadProfile> leads, Span<double> scores) => Model.ScoreBatch(leads, scores);

    /// <summary>Scores and classifies many leads; both destinations must be at least as long as <paramref name="leads"/>.</summary>
    /// <exception cref="ArgumentException">A destination is too short.</exception>
    public void ClassifyBatch(ReadOnlySpan<LeadProfile> leads, Span<double> scores, Span<LeadTemperature> temperatures)
    {
        if (temperatures.Length < leads.Length)
        {
            throw new ArgumentException($"temperatures has {temperatures.Length} slots for {leads.Length} leads.", nameof(temperatures));
        }

        Model.ScoreBatch(leads, scores);
        for (var i = 0; i < leads.Length; i++)
        {
            temperatures[i] = Thresholds.Classify(scores[i]);
        }
    }
}
