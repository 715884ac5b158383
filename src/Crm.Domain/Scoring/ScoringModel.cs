using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Scoring;

/// <summary>
/// A weighted sum of scoring rules: total = Σ weightᵢ × pointsᵢ(candidate), optionally clamped to a range. Use
/// <see cref="Evaluate"/> for the explained result and <see cref="ScoreOf"/> on hot paths.
/// </summary>
/// <remarks>
/// Immutable and thread-safe once built. Rule names must be unique (they label the breakdown). A rule that returns
/// a non-finite number is a bug in the rule; it surfaces as an <see cref="InvalidOperationException"/> naming it.
/// </remarks>
/// <typeparam name="T">The type of candidate.</typeparam>
public sealed class ScoringModel<T>
{
    private readonly ImmutableArray<ScoringRule<T>> _rules;
    private readonly ImmutableArray<double> _weights;

    private ScoringModel(ImmutableArray<ScoringRule<T>> rules, ImmutableArray<double> weights, double min, double max)
    {
        _rules = rules;
        _weights = weights;
        Minimum = min;
        Maximum = max;
    }

    /// <summary>The lowest total the model returns (totals below are clamped); <see cref="double.MinValue"/> if unbounded.</summary>
    public double Minimum { get; }

    /// <summary>The highest total the model returns (totals above are clamped); <see cref="double.MaxValue"/> if unbounded.</summary>
    public double Maximum { get; }

    /// <summary>The rules, in order.</summary>
    public ImmutableArray<ScoringRule<T>> Rules => _rules;

    /// <summary>The weight of each rule, parallel to <see cref="Rules"/>.</summary>
    public ImmutableArray<double> Weights => _weights;

    /// <summary>Creates a model of rules with weight 1 each.</summary>
    public static ScoringModel<T> Of(params ScoringRule<T>[] rules)
    {
        Guard.Against.Null(rules);
        return Create(rules.Select(r => (r, 1d)));
    }

    /// <summary>Creates a model from rules and their weights, optionally clamped to [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    /// <exception cref="ArgumentException">No rules, duplicate rule names, a non-finite weight, or minimum &gt; maximum.</exception>
    public static ScoringModel<T> Create(IEnumerable<(ScoringRule<T> Rule, double Weight)> rules, double minimum = double.MinValue, double maximum = double.MaxValue)
    {
        Guard.Against.Null(rules);
        var list = rules.ToList();
        Guard.Against.NullOrEmpty(list, nameof(rules));
        Guard.Against.NonFinite(minimum);
        Guard.Against.NonFinite(maximum);
        Guard.Against.OutsideRange(minimum, double.MinValue, maximum);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rule, weight) in list)
        {
            Guard.Against.Null(rule, nameof(rules));
            Guard.Against.NonFinite(weight);
            if (!names.Add(rule.Name))
            {
                throw new ArgumentException($"Two scoring rules are named '{rule.Name}'; names must be unique.", nameof(rules));
            }
        }

        return new ScoringModel<T>([.. list.Select(x => x.Rule)], [.. list.Select(x => x.Weight)], minimum, maximum);
    }

    /// <summary>The total score of <paramref name="candidate"/>, without a breakdown (no allocation by the model).</summary>
    public Score ScoreOf(T candidate)
    {
        var total = 0d;
        for (var i = 0; i < _rules.Length; i++)
        {
            total += _weights[i] * PointsOf(i, candidate);
        }

        return Score.Of(Math.Clamp(total, Minimum, Maximum));
    }

    /// <summary>Scores a batch into <paramref name="destination"/>; equal to <see cref="ScoreOf"/> item by item.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="candidates"/>.</exception>
    public void ScoreBatch(ReadOnlySpan<T> candidates, Span<double> destination)
    {
        if (destination.Length < candidates.Length)
        {
            throw new ArgumentException($"destination has {destination.Length} slots for {candidates.Length} candidates.", nameof(destination));
        }

        for (var i = 0; i < candidates.Length; i++)
        {
            destination[i] = ScoreOf(candidates[i]).Value;
        }
    }

    /// <summary>The score of <paramref name="candidate"/> with every rule's contribution.</summary>
    public ScoreBreakdown Evaluate(T candidate)
    {
        var contributions = ImmutableArray.CreateBuilder<ScoreContribution>(_rules.Length);
        var total = 0d;
        for (var i = 0; i < _rules.Length; i++)
        {
            var points = PointsOf(i, candidate);
            var contribution = _weights[i] * points;
            total += contribution;
            contributions.Add(new ScoreContribution(_rules[i].Name, _weights[i], points, contribution));
        }

        return new ScoreBreakdown(Score.Of(Math.Clamp(total, Minimum, Maximum)), contributions.MoveToImmutable());
    }

    private double PointsOf(int i, T candidate)
    {
        var points = _rules[i].Points(candidate);
        return double.IsFinite(points)
            ? points
            : throw new InvalidOperationException($"Scoring rule '{_rules[i].Name}' returned {points}; rules must return finite points.");
    }
}
