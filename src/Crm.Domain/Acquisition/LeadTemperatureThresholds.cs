using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Scoring;

namespace Crm.Domain.Acquisition;

/// <summary>The score thresholds that make a lead warm and hot.</summary>
/// <remarks>Both are finite and &gt;= 0, and hot &gt;= warm. Equality compares both. <c>default</c> (0, 0) makes every
/// lead hot. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(LeadTemperatureThresholdsJsonConverter))]
public readonly record struct LeadTemperatureThresholds
{
    private LeadTemperatureThresholds(double warm, double hot)
    {
        Warm = warm;
        Hot = hot;
    }

    /// <summary>The score at or above which a lead is warm.</summary>
    public double Warm { get; }

    /// <summary>The score at or above which a lead is hot.</summary>
    public double Hot { get; }

    /// <summary>Creates thresholds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is negative or not finite, or hot is below warm.</exception>
    public static LeadTemperatureThresholds Of(double warm, double hot)
    {
        Guard.Against.NegativeValue(warm);

        if (!double.IsFinite(hot) || hot < warm)
        {
            throw new ArgumentOutOfRangeException(nameof(hot), hot, FormattableString.Invariant($"hot must be a finite number >= warm ({warm}); it was {hot}."));
        }

        return new LeadTemperatureThresholds(warm, hot);
    }

    /// <summary>The temperature of a score.</summary>
    public LeadTemperature Classify(Score score) => Classify(score.Value);

    /// <summary>The temperature of a score value.</summary>
    public LeadTemperature Classify(double score) =>
        score >= Hot ? LeadTemperature.Hot : score >= Warm ? LeadTemperature.Warm : LeadTemperature.Cold;

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"warm >= {Warm}, hot >= {Hot}");
}
