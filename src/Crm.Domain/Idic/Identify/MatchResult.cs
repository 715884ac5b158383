using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Crm.Domain.Primitives;

namespace Crm.Domain.Idic.Identify;

/// <summary>
/// The comparison of two records: their ids in canonical order (<see cref="First"/> &lt; <see cref="Second"/>), the
/// match score in [0, 1], the decision, and the evidence of every field compared.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is by reference.</remarks>
public sealed class MatchResult
{
    internal MatchResult(CustomerId first, CustomerId second, double score, MatchDecision decision, ImmutableArray<FieldEvidence> evidence)
    {
        First = first;
        Second = second;
        Score = score;
        Decision = decision;
        Evidence = evidence;
    }

    /// <summary>The smaller id (ordinal).</summary>
    public CustomerId First { get; }

    /// <summary>The larger id (ordinal).</summary>
    public CustomerId Second { get; }

    /// <summary>The weighted mean of the field similarities, in [0, 1]; 0 when no field could be compared.</summary>
    public double Score { get; }

    /// <summary>Same, review or different.</summary>
    public MatchDecision Decision { get; }

    /// <summary>The evidence of each field present in both records.</summary>
    public ImmutableArray<FieldEvidence> Evidence { get; }

    /// <summary>A readable explanation: the score, the decision and each field's evidence.</summary>
    public string Explain() => Explain(First.Value, Second.Value, Score, Decision, Evidence);

    /// <summary>The one explanation text of a pairwise match (customers here, accounts in <c>AccountMatchResult</c>).</summary>
    internal static string Explain(string first, string second, double score, MatchDecision decision, ImmutableArray<FieldEvidence> evidence)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{first} ~ {second}: score {score:0.###} -> {decision}");
        foreach (var e in evidence)
        {
            sb.Append("\n  ").Append(e.ToString());
        }

        return sb.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{First} ~ {Second}: {Score:0.###} ({Decision})");
}
