using Crm.Domain.Primitives;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Idic.Identify;

namespace Crm.Domain.Accounts;

/// <summary>
/// Account deduplication by legal name, registry identifier and web domain, explained with the evidence types of the
/// IDIC customer deduplication (<see cref="FieldEvidence"/>, <see cref="MatchDecision"/>, <see cref="MatchThresholds"/>).
/// </summary>
/// <remarks>
/// <para>Fields, each compared only when both accounts have it: <b>identifier</b>, exact on the normalised values of
/// the kinds both hold (weight 5 when one agrees, 1 when none does: a company has several numbers); <b>web domain</b>,
/// exact (3 agreeing, 1 disagreeing: groups share domains less often than people share addresses); <b>legal name</b>,
/// Jaro–Winkler on the matching keys with legal-form words removed ("Acme Ltd" ~ "ACME Limited"), weight 3. The score
/// is the weighted mean. As in <see cref="RecordMatcher"/>, a "same" verdict from one field alone is lowered to
/// review.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class AccountMatcher
{
    private const double IdAgree = 5, IdDisagree = 1, DomainAgree = 3, DomainDisagree = 1, NameWeight = 3;

    // Legal-form words dropped from name keys (English, German, French, Dutch, Italian, Spanish, Nordic forms).
    private static readonly FrozenSet<string> LegalForms = FrozenSet.ToFrozenSet(
        ["ltd", "limited", "plc", "llp", "llc", "inc", "incorporated", "corp", "corporation", "co", "company", "gmbh", "ag", "kg",
         "ug", "se", "sa", "sas", "sarl", "bv", "nv", "spa", "srl", "sl", "ab", "as", "oy", "the"],
        StringComparer.Ordinal);

    /// <summary>Creates a matcher with the given thresholds (<see cref="MatchThresholds.Default"/> if null).</summary>
    public AccountMatcher(MatchThresholds? thresholds = null) => Thresholds = thresholds ?? MatchThresholds.Default;

    /// <summary>The thresholds.</summary>
    public MatchThresholds Thresholds { get; }

    /// <summary>The legal name as a matching key: lower case, no diacritics or punctuation, legal-form words removed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="legalName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="legalName"/> is not well-formed Unicode (a lone surrogate).</exception>
    public static string NameKey(string legalName)
    {
        Guard.Against.Null(legalName);
        Guard.Against.InvalidUnicode(legalName);
        return string.Join(' ', TextNormalization.MatchKey(legalName).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !LegalForms.Contains(w)));
    }

    /// <summary>Compares two accounts and explains the score field by field.</summary>
    /// <exception cref="ArgumentNullException">An account is null.</exception>
    public AccountMatchResult Compare(Account a, Account b)
    {
        Guard.Against.Null(a);
        Guard.Against.Null(b);
        if (a.Id.CompareTo(b.Id) > 0)
        {
            (a, b) = (b, a);
        }

        var evidence = ImmutableArray.CreateBuilder<FieldEvidence>(3);
        double sum = 0, weights = 0;
        void Add(MatchField field, string method, double similarity, double weight)
        {
            evidence.Add(new FieldEvidence(field, method, similarity, weight));
            sum += similarity * weight;
            weights += weight;
        }

        if (SharedKinds(a, b) is { } agree)
        {
            Add(MatchField.Identifier, "exact", agree ? 1 : 0, agree ? IdAgree : IdDisagree);
        }

        if (a.WebDomain is { } da && b.WebDomain is { } db)
        {
            var same = string.Equals(da, db, StringComparison.Ordinal);
            Add(MatchField.WebDomain, "exact", same ? 1 : 0, same ? DomainAgree : DomainDisagree);
        }

        var ka = NameKey(a.LegalName);
        var kb = NameKey(b.LegalName);
        if (ka.Length > 0 && kb.Length > 0)
        {
            Add(MatchField.Name, "jaro-winkler", JaroWinkler.Similarity(ka, kb), NameWeight);
        }

        var score = weights == 0 ? 0d : Math.Clamp(sum / weights, 0d, 1d);
        var decision = Thresholds.Decide(score);
        decision = decision == MatchDecision.Same && evidence.Count < 2 ? MatchDecision.Review : decision;
        return new AccountMatchResult(a.Id, b.Id, score, decision, evidence.ToImmutable());
    }

    /// <summary>The best match of <paramref name="account"/> among <paramref name="candidates"/> (itself skipped): the
    /// highest score, ties to the smaller id; null when there is no candidate.</summary>
    /// <exception cref="ArgumentNullException">An argument or a candidate is null.</exception>
    public AccountMatchResult? BestMatch(Account account, IEnumerable<Account> candidates)
    {
        Guard.Against.Null(account);
        Guard.Against.Null(candidates);
        AccountMatchResult? best = null;
        AccountId bestId = default;
        foreach (var c in candidates)
        {
            Guard.Against.NullElement(c, nameof(candidates));
            if (c.Id == account.Id)
            {
                continue;
            }

            var r = Compare(account, c);
            if (best is null || r.Score > best.Score || (r.Score == best.Score && c.Id.CompareTo(bestId) < 0))
            {
                (best, bestId) = (r, c.Id);
            }
        }

        return best;
    }

    // Null when the accounts share no identifier kind; else whether a value of a shared kind agrees.
    private static bool? SharedKinds(Account a, Account b)
    {
        bool? result = null;
        foreach (var x in a.Identifiers)
        {
            foreach (var y in b.Identifiers)
            {
                if (x.Kind == y.Kind)
                {
                    result = result == true || x == y;
                }
            }
        }

        return result;
    }
}
