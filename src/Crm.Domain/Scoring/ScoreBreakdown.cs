using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Crm.Domain.Scoring;

/// <summary>A score with the contribution of every rule that produced it: the explanation is part of the result.</summary>
/// <remarks>Immutable and thread-safe. The contributions sum to <see cref="Total"/> (up to floating-point rounding).</remarks>
public sealed class ScoreBreakdown
{
    internal ScoreBreakdown(Score total, ImmutableArray<ScoreContribution> contributions)
    {
        Total = total;
        Contributions = contributions;
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
}
