using Crm.Domain.Primitives;
using System.Collections.Immutable;
using System.Globalization;
using Crm.Domain.Idic.Identify;

namespace Crm.Domain.Accounts;

/// <summary>
/// The comparison of two accounts by <see cref="AccountMatcher"/>, in the evidence shape of the IDIC customer
/// deduplication (<see cref="MatchResult"/>): ids in canonical order, the score in [0, 1], the decision, and the
/// <see cref="FieldEvidence"/> of every field compared.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is by reference.</remarks>
public sealed class AccountMatchResult
{
    internal AccountMatchResult(AccountId first, AccountId second, double score, MatchDecision decision, ImmutableArray<FieldEvidence> evidence)
    {
        First = first;
        Second = second;
        Score = score;
        Decision = decision;
        Evidence = evidence;
    }

    /// <summary>The smaller id (ordinal).</summary>
    public AccountId First { get; }

    /// <summary>The larger id (ordinal).</summary>
    public AccountId Second { get; }

    /// <summary>The weighted mean of the field similarities, in [0, 1]; 0 when no field could be compared.</summary>
    public double Score { get; }

    /// <summary>Same, review or different.</summary>
    public MatchDecision Decision { get; }

    /// <summary>The evidence of each field present in both accounts (<see cref="MatchField.Name"/> for the legal name,
    /// <see cref="MatchField.Identifier"/>, <see cref="MatchField.WebDomain"/>).</summary>
    public ImmutableArray<FieldEvidence> Evidence { get; }

    /// <summary>A readable explanation: the score, the decision and each field's evidence.</summary>
    public string Explain() => MatchResult.Explain(First.Value, Second.Value, Score, Decision, Evidence);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{First} ~ {Second}: {Score:0.###} ({Decision})");
}
