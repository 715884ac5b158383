using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Scoring;

/// <summary>A score with the contribution of every rule that produced it: the explanation is part of the result.</summary>
/// <remarks>Immutable and thread-safe. The contributions sum to <see cref="Total"/> (up to floating-point rounding).</remarks>
[JsonConverter(typeof(ScoreBreakdownJsonConverter))]
public sealed class ScoreBreakdown
{
    internal ScoreBreakdown(Score total, ImmutableArray<ScoreContribution> contributions)
    {
        Total = total;
        Contributions = contributions;
    }

    /// <summary>
    /// Rebuilds a breakdown (for example one read back from storage), checking that each contribution is
    /// weight × points and that the total is their sum, or that sum clamped by the model's bounds (so it may be lower
    /// or higher than the sum only if clamped: a total further from zero than the sum is refused).
    /// </summary>
    /// <exception cref="ArgumentException">A contribution or the total does not add up.</exception>
    public static ScoreBreakdown Create(Score total, ImmutableArray<ScoreContribution> contributions)
    {
        Guard.Against.Uninitialized(contributions, !contributions.IsDefault);
        var sum = 0d;
        foreach (var c in contributions)
        {
            Guard.Against.NullOrWhiteSpace(c.Rule, nameof(contributions));
            if (!double.IsFinite(c.Weight) || !double.IsFinite(c.Points) || !AddsUp(c.Weight * c.Points, c.Contribution))
            {
                throw new ArgumentException($"Contribution '{c.Rule}' is not weight x points: {c.Weight} x {c.Points} != {c.Contribution}.", nameof(contributions));
            }

            sum += c.Contribution;
        }

        if (!AddsUp(sum, total.Value) && Math.Abs(total.Value) > Math.Abs(sum))
        {
            throw new ArgumentException($"total {total} is not the sum of the contributions ({sum}) nor a clamp of it.", nameof(total));
        }

        return new ScoreBreakdown(total, contributions);
    }

    /// <summary>The total score.</summary>
    public Score Total { get; }

    /// <summary>Each rule's contribution, in the model's rule order.</summary>
    public ImmutableArray<ScoreContribution> Contributions { get; }

    /// <summary>The contributions ordered by absolute size, largest first: the main reasons for the score.</summary>
    public IEnumerable<ScoreContribution> TopFactors(int count) =>
        Contributions.OrderByDescending(c => Math.Abs(c.Contribution)).ThenBy(c => c.Rule, StringComparer.Ordinal).Take(Math.Max(0, count));

    /// <summary>A one-line explanation such as <c>42 = size 20 + visits 30 + recency -8</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(Total.ToString()).Append(" =");
        for (var i = 0; i < Contributions.Length; i++)
        {
            var c = Contributions[i];
            sb.Append(i == 0 ? " " : " + ").Append(c.Rule).Append(' ').Append(c.Contribution.ToString("0.###", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    private static bool AddsUp(double expected, double actual) =>
        Math.Abs(expected - actual) <= 1e-9 * Math.Max(1d, Math.Abs(expected));
}
