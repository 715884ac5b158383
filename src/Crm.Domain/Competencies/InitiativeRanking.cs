using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Scoring;

namespace Crm.Domain.Competencies;

/// <summary>
/// Ranks initiatives by a documented formula of weighted gap, strategic alignment and effort, built on a
/// <see cref="ScoringModel{T}"/> so every priority comes with its breakdown.
/// </summary>
/// <remarks>
/// <para>priority = g × G + a × A − e × E, where</para>
/// <list type="bullet">
/// <item>G = 100 × Σ weighted gap of the criteria the initiative closes / total weighted gap of the analysis
/// (0–100; 0 when there is no gap): the share of the way to target the initiative covers;</item>
/// <item>A = 100 × strategic alignment (0–100);</item>
/// <item>E = 25 × (effort − 1) (0–100: weeks 0, several years 100);</item>
/// <item>default weights g = 0.5, a = 0.3, e = 0.2, so priority lies in [−20, 80].</item>
/// </list>
/// <para>Two initiatives that close the same criterion both get credit for it. Ranks are unique: ties go to the
/// smaller id (ordinal), so the ranking is deterministic. Immutable and thread-safe.</para>
/// </remarks>
public sealed class InitiativeRanking
{
    /// <summary>The breakdown label of G.</summary>
    public const string GapFactor = "weighted gap";

    /// <summary>The breakdown label of A.</summary>
    public const string AlignmentFactor = "strategic alignment";

    /// <summary>The breakdown label of E.</summary>
    public const string EffortFactor = "effort";

    private readonly ScoringModel<Factors> _model;

    /// <summary>Creates a ranking with the given weights (each finite and ≥ 0, not all 0).</summary>
    /// <exception cref="ArgumentException">A weight that is negative or not finite, or all weights 0.</exception>
    public InitiativeRanking(double gapWeight = 0.5, double alignmentWeight = 0.3, double effortWeight = 0.2)
    {
        GapWeight = NonNegative(gapWeight, nameof(gapWeight));
        AlignmentWeight = NonNegative(alignmentWeight, nameof(alignmentWeight));
        EffortWeight = NonNegative(effortWeight, nameof(effortWeight));
        if (gapWeight + alignmentWeight + effortWeight <= 0)
        {
            throw new ArgumentException("At least one ranking weight must be > 0; all were 0.", nameof(gapWeight));
        }

        _model = ScoringModel<Factors>.Create(
        [
            (ScoringRule<Factors>.Create(GapFactor, f => f.GapShare), GapWeight),
            (ScoringRule<Factors>.Create(AlignmentFactor, f => 100d * f.Alignment), AlignmentWeight),
            (ScoringRule<Factors>.Create(EffortFactor, f => 25d * (f.Effort - Initiative.MinEffort)), -EffortWeight),
        ]);
    }

    /// <summary>The default ranking: g = 0.5, a = 0.3, e = 0.2.</summary>
    public static InitiativeRanking Default { get; } = new();

    /// <summary>The weight g of the weighted gap share G.</summary>
    public double GapWeight { get; }

    /// <summary>The weight a of strategic alignment A.</summary>
    public double AlignmentWeight { get; }

    /// <summary>The weight e of effort E (subtracted).</summary>
    public double EffortWeight { get; }

    /// <summary>Ranks initiatives against a gap analysis, highest priority first.</summary>
    /// <exception cref="ArgumentException">A null initiative, two initiatives with one id, or an initiative closing a
    /// criterion the framework lacks; the message names the initiative and criterion.</exception>
    public ImmutableArray<RankedInitiative> Rank(GapAnalysis gaps, IEnumerable<Initiative> initiatives)
    {
        Guard.Against.Null(gaps);
        Guard.Against.Null(initiatives);
        var list = initiatives.ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var scored = new List<(Initiative Initiative, double Share, ScoreBreakdown Breakdown)>(list.Count);
        foreach (var initiative in list)
        {
            if (initiative is null)
            {
                throw new ArgumentException("The initiatives contain a null.", nameof(initiatives));
            }

            if (!ids.Add(initiative.Id))
            {
                throw new ArgumentException($"Two initiatives have id '{initiative.Id}'; ids must be unique.", nameof(initiatives));
            }

            var closed = 0d;
            foreach (var criterionId in initiative.Closes)
            {
                if (!gaps.Framework.TryGetOrdinal(criterionId, out var ordinal))
                {
                    throw new ArgumentException($"Initiative '{initiative.Id}' closes criterion '{criterionId}', which framework '{gaps.Framework.Id}' lacks.", nameof(initiatives));
                }

                closed += gaps.Criteria[ordinal].WeightedGap;
            }

            var share = gaps.TotalWeightedGap > 0 ? Math.Clamp(100d * closed / gaps.TotalWeightedGap, 0d, 100d) : 0d;
            scored.Add((initiative, share, _model.Evaluate(new Factors(share, initiative.StrategicAlignment, initiative.Effort))));
        }

        var ordered = scored
            .OrderByDescending(s => s.Breakdown.Total.Value)
            .ThenBy(s => s.Initiative.Id, StringComparer.Ordinal)
            .Select((s, i) => new RankedInitiative(i + 1, s.Initiative, s.Share, s.Breakdown));
        return [.. ordered];
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"priority = {GapWeight} G + {AlignmentWeight} A - {EffortWeight} E");

    private static double NonNegative(double value, string name) => Guard.Against.NegativeValue(value, name);

    private readonly record struct Factors(double GapShare, double Alignment, double Effort);
}
