using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Crm.Domain.Idic.Identify;

/// <summary>
/// Scores a pair of <see cref="MatchCandidate"/>s: the weighted mean of the similarities of the fields present in both
/// (e-mail and phone exact, name and address by Jaro–Winkler), and decides same / review / different.
/// </summary>
/// <remarks>
/// <para>Weights (defaults): e-mail 4 when equal, 1 when different; phone 3 / 1; name 3; address 2. An exact key that
/// disagrees weighs less than one that agrees, because one person often has several addresses and numbers. Name
/// similarity is the mean of the given and family Jaro–Winkler similarities, or of the swapped pair (×0.95) when that
/// is higher; the family name alone when a given name is missing. Address similarity is 0.5·JW(street) (0 when both have house numbers and they differ) +
/// 0.3·[postal codes equal] + 0.2·JW(city).</para>
/// <para>Agreement on a single field is never enough for <see cref="MatchDecision.Same"/>: such a pair is at most
/// <see cref="MatchDecision.Review"/>. The score is symmetric: ScoreOf(a, b) == ScoreOf(b, a) exactly.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class RecordMatcher
{
    private const double EmailAgree = 4, EmailDisagree = 1, PhoneAgree = 3, PhoneDisagree = 1, NameWeight = 3, AddressWeight = 2;

    /// <summary>Creates a matcher with the given thresholds (<see cref="MatchThresholds.Default"/> if null).</summary>
    public RecordMatcher(MatchThresholds? thresholds = null) => Thresholds = thresholds ?? MatchThresholds.Default;

    /// <summary>The thresholds.</summary>
    public MatchThresholds Thresholds { get; }

    /// <summary>The match score of two candidates, in [0, 1] (no allocation).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Instance API: matchers may carry their own weights.")]
    public double ScoreOf(MatchCandidate a, MatchCandidate b)
    {
        Guard.Against.Null(a);
        Guard.Against.Null(b);
        return Score(a, b, out _);
    }

    /// <summary>The decision for two candidates.</summary>
    public MatchDecision DecisionOf(MatchCandidate a, MatchCandidate b)
    {
        Guard.Against.Null(a);
        Guard.Against.Null(b);
        var score = Score(a, b, out var fields);
        return Cap(Thresholds.Decide(score), fields);
    }

    /// <summary>Compares two candidates and explains the score field by field.</summary>
    public MatchResult Compare(MatchCandidate a, MatchCandidate b)
    {
        Guard.Against.Null(a);
        Guard.Against.Null(b);
        if (a.Id.CompareTo(b.Id) > 0)
        {
            (a, b) = (b, a);
        }

        var evidence = ImmutableArray.CreateBuilder<FieldEvidence>(4);
        if (a.Email.Length > 0 && b.Email.Length > 0)
        {
            var s = Exact(a.Email, b.Email);
            evidence.Add(new FieldEvidence(MatchField.Email, "exact", s, s == 1 ? EmailAgree : EmailDisagree));
        }

        if (a.Phone.Length > 0 && b.Phone.Length > 0)
        {
            var s = Exact(a.Phone, b.Phone);
            evidence.Add(new FieldEvidence(MatchField.Phone, "exact", s, s == 1 ? PhoneAgree : PhoneDisagree));
        }

        if (a.FamilyKey.Length > 0 && b.FamilyKey.Length > 0)
        {
            evidence.Add(new FieldEvidence(MatchField.Name, "jaro-winkler", NameSimilarity(a, b), NameWeight));
        }

        if (a.HasAddress && b.HasAddress)
        {
            evidence.Add(new FieldEvidence(MatchField.Address, "jaro-winkler", AddressSimilarity(a, b), AddressWeight));
        }

        var score = Score(a, b, out var fields);
        return new MatchResult(a.Id, b.Id, score, Cap(Thresholds.Decide(score), fields), evidence.ToImmutable());
    }

    internal MatchDecision Decide(double score, int fields) => Cap(Thresholds.Decide(score), fields);

    internal static double Score(MatchCandidate a, MatchCandidate b, out int fields)
    {
        double sum = 0, weights = 0;
        fields = 0;
        if (a.Email.Length > 0 && b.Email.Length > 0)
        {
            var s = Exact(a.Email, b.Email);
            var w = s == 1 ? EmailAgree : EmailDisagree;
            sum += w * s;
            weights += w;
            fields++;
        }

        if (a.Phone.Length > 0 && b.Phone.Length > 0)
        {
            var s = Exact(a.Phone, b.Phone);
            var w = s == 1 ? PhoneAgree : PhoneDisagree;
            sum += w * s;
            weights += w;
            fields++;
        }

        if (a.FamilyKey.Length > 0 && b.FamilyKey.Length > 0)
        {
            sum += NameWeight * NameSimilarity(a, b);
            weights += NameWeight;
            fields++;
        }

        if (a.HasAddress && b.HasAddress)
        {
            sum += AddressWeight * AddressSimilarity(a, b);
            weights += AddressWeight;
            fields++;
        }

        return weights == 0 ? 0d : Math.Clamp(sum / weights, 0d, 1d);
    }

    private static MatchDecision Cap(MatchDecision decision, int fields) =>
        decision == MatchDecision.Same && fields < 2 ? MatchDecision.Review : decision;

    private static double Exact(string a, string b) => string.Equals(a, b, StringComparison.Ordinal) ? 1d : 0d;

    private static double NameSimilarity(MatchCandidate a, MatchCandidate b)
    {
        var family = JaroWinkler.Similarity(a.FamilyKey, b.FamilyKey);
        if (a.GivenKey.Length == 0 || b.GivenKey.Length == 0)
        {
            return family;
        }

        var straight = (family + JaroWinkler.Similarity(a.GivenKey, b.GivenKey)) / 2d;
        if (straight >= 0.95)
        {
            return straight;
        }

        // Given and family names swapped (a common data-entry error); both cross terms are symmetric in (a, b).
        var swapped = 0.95 * (JaroWinkler.Similarity(a.FamilyKey, b.GivenKey) + JaroWinkler.Similarity(a.GivenKey, b.FamilyKey)) / 2d;
        return Math.Max(straight, swapped);
    }

    private static bool HouseNumbersAgree(string a, string b)
    {
        var na = FirstNumber(a);
        var nb = FirstNumber(b);
        return na.IsEmpty || nb.IsEmpty || na.SequenceEqual(nb);
    }

    private static ReadOnlySpan<char> FirstNumber(string s)
    {
        var start = s.AsSpan().IndexOfAnyInRange('0', '9');
        if (start < 0)
        {
            return [];
        }

        var rest = s.AsSpan(start);
        var end = rest.IndexOfAnyExceptInRange('0', '9');
        return end < 0 ? rest : rest[..end];
    }

    private static double AddressSimilarity(MatchCandidate a, MatchCandidate b)
    {
        var street = JaroWinkler.Similarity(a.StreetKey, b.StreetKey);
        if (!HouseNumbersAgree(a.StreetKey, b.StreetKey))
        {
            // "12 High Street" and "21 High Street" are near in Jaro-Winkler but are different homes.
            street = 0;
        }

        var postal = a.PostalCode.Length > 0 && string.Equals(a.PostalCode, b.PostalCode, StringComparison.Ordinal) ? 1d : 0d;
        var city = JaroWinkler.Similarity(a.CityKey, b.CityKey);
        return (0.5 * street) + (0.3 * postal) + (0.2 * city);
    }
}
