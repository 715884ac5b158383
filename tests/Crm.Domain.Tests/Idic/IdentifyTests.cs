using System.Collections.Immutable;
using Crm.Domain.Customers;
using Crm.Domain.Idic.Identify;
using Crm.Domain.Primitives;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Crm.Domain.Tests.Customers.CustomerFixtures;

namespace Crm.Domain.Tests.Idic;

public class IdentifyTests
{
    private static MatchCandidate Cand(string id, string given, string family, string? email = null, string? phone = null, string? street = null, string postcode = "SW1Y 4LB", string city = "London") =>
        MatchCandidate.Create(CustomerId.Of(id), PersonName.Create(given, family),
            email is null ? null : EmailAddress.Parse(email),
            phone is null ? null : PhoneNumber.Parse(phone),
            street is null ? null : PostalAddress.Create(street, postcode, city, "GB"));

    [Fact]
    public void Compare_SameEmailAndTypoInName_IsSame_WithEvidence()
    {
        var matcher = new RecordMatcher();
        var r = matcher.Compare(Cand("B", "Ada", "Lovelace", "ada@example.org", street: "12 St James's Square"),
                                Cand("A", "Ada", "Lovelance", "ADA@example.org", street: "12 St. James Square"));
        Assert.Equal(CustomerId.Of("A"), r.First);
        Assert.Equal(MatchDecision.Same, r.Decision);
        Assert.Equal([MatchField.Email, MatchField.Name, MatchField.Address], r.Evidence.Select(e => e.Field));
        Assert.Equal(1d, r.Evidence[0].Similarity);
        // Hand check of the weighted mean: (4*1 + 3*name + 2*address) / 9.
        var expected = ((4 * 1) + (3 * r.Evidence[1].Similarity) + (2 * r.Evidence[2].Similarity)) / 9;
        Assert.Equal(expected, r.Score, 12);
        Assert.Contains("Email (exact): 1", r.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_DifferentPeopleInSameStreet_IsDifferent()
    {
        var r = new RecordMatcher().Compare(Cand("A", "Ada", "Lovelace", "ada@example.org", "+442079460000", "12 High Street"),
                                            Cand("B", "Charles", "Babbage", "cb@example.org", "+442079460001", "14 High Street"));
        Assert.Equal(MatchDecision.Different, r.Decision);
    }

    [Fact]
    public void Compare_SingleFieldAgreement_IsAtMostReview()
    {
        var r = new RecordMatcher().Compare(Cand("A", "Ada", "Lovelace"), Cand("B", "Ada", "Lovelace"));
        Assert.Equal(1d, r.Score);
        Assert.Equal(MatchDecision.Review, r.Decision);
    }

    [Fact]
    public void Compare_SwappedGivenAndFamily_StillMatchesByName()
    {
        var s = new RecordMatcher().ScoreOf(Cand("A", "Ada", "Lovelace", "ada@example.org"), Cand("B", "Lovelace", "Ada", "ada@example.org"));
        Assert.True(s >= MatchThresholds.Default.Same, $"score {s}");
    }

    [Fact]
    public void Thresholds_Validate()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MatchThresholds.Create(0.7, 0.8));
        Assert.Throws<ArgumentOutOfRangeException>(() => MatchThresholds.Create(1.1, 0.8));
        Assert.Equal(MatchDecision.Review, MatchThresholds.Create(0.9, 0.5).Decide(0.5));
    }

    public static class Candidates
    {
        public static Arbitrary<(MatchCandidate, MatchCandidate)> Pairs()
        {
            var gen =
                from ids in Gen.Elements(("A", "B"), ("B", "A"), ("X1", "X2"))
                from g1 in Gen.Elements("Ada", "Adah", "Charles", "", "Ana")
                from g2 in Gen.Elements("Ada", "Adah", "Charles", "", "Ana")
                from f1 in Gen.Elements("Lovelace", "Lovelance", "Babbage", "Love")
                from f2 in Gen.Elements("Lovelace", "Lovelance", "Babbage", "Love")
                from e1 in Gen.Elements<string?>(null, "ada@example.org", "cb@example.org")
                from e2 in Gen.Elements<string?>(null, "ada@example.org", "cb@example.org")
                from s1 in Gen.Elements<string?>(null, "12 High Street", "21 High St")
                from s2 in Gen.Elements<string?>(null, "12 High Street", "21 High St")
                select (Cand(ids.Item1, g1, f1, e1, street: s1), Cand(ids.Item2, g2, f2, e2, street: s2, postcode: "SW1Y 4LC"));
            return gen.ToArbitrary();
        }
    }

    [Property(Arbitrary = [typeof(Candidates)], MaxTest = 300)]
    public bool MatchScore_IsSymmetric_AndInUnitInterval((MatchCandidate A, MatchCandidate B) p)
    {
        var m = new RecordMatcher();
        var ab = m.Compare(p.A, p.B);
        var ba = m.Compare(p.B, p.A);
        return m.ScoreOf(p.A, p.B) == m.ScoreOf(p.B, p.A) && ab.Score == ba.Score && ab.Decision == ba.Decision
            && ab.First == ba.First && ab.Score is >= 0 and <= 1;
    }

    [Fact]
    public void Detect_FindsPlantedDuplicates_ComparesFewPairs_AndRespectsRememberedDecisions()
    {
        var list = new List<MatchCandidate>();
        string[] given = ["Ada", "Charles", "Grace", "Alan", "Edsger", "Barbara", "Donald", "John"];
        string[] family = ["Lovelace", "Babbage", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Backus"];
        for (var i = 0; i < 200; i++)
        {
            list.Add(Cand($"C{i:000}", given[i % 8], family[(i / 8) % 8] + (i / 64), $"p{i}@example.org", street: $"{i} Main Street", postcode: $"Z{i % 40}"));
        }

        list.Add(Cand("D001", "Ada", "Lovelace0", "P0@Example.org", street: "0 Main St", postcode: "Z0"));       // duplicate of C000 (e-mail)
        list.Add(Cand("D002", "Grace", "Hoper0", null, street: "2 Main Street", postcode: "Z2"));              // duplicate of C002 (name + address only)
        var report = new DuplicateDetector().Detect(list);
        var same = report.Same.Select(m => (m.First.Value, m.Second.Value)).ToHashSet();
        Assert.Contains(("C000", "D001"), same);
        Assert.Contains(report.Matches, m => (m.First.Value, m.Second.Value) == ("C002", "D002"));
        Assert.True(report.ComparedPairs < list.Count * (list.Count - 1) / 20, $"{report.ComparedPairs} pairs compared");
        Assert.Contains(report.Clusters(), c => c.SequenceEqual([CustomerId.Of("C000"), CustomerId.Of("D001")]));

        var remembered = NotDuplicateRegister.Empty.Remember(CustomerId.Of("D001"), CustomerId.Of("C000"), Admin, T0);
        var again = new DuplicateDetector().Detect(list, remembered);
        Assert.DoesNotContain(again.Matches, m => (m.First.Value, m.Second.Value) == ("C000", "D001"));
        Assert.Equal(1, again.Suppressed);
    }

    [Fact]
    public void Detect_DuplicateIds_Throw() =>
        Assert.Throws<ArgumentException>(() => new DuplicateDetector().Detect([Cand("A", "x", "y"), Cand("A", "x", "y")]));

    [Fact]
    public void Detect_OversizedBlock_UsesWindow_AndStaysLinear()
    {
        // 500 records sharing one postal code and family prefix: all-pairs would be 124,750 comparisons.
        var list = Enumerable.Range(0, 500).Select(i => Cand($"C{i:000}", $"Given{i}", $"Smith{i}", street: $"{i} Road", postcode: "AB1")).ToList();
        var report = new DuplicateDetector(maxBlockSize: 50, window: 10).Detect(list);
        Assert.True(report.ComparedPairs <= 3 * 500 * 9, $"{report.ComparedPairs} pairs compared");
    }

    [Fact]
    public void Register_SamePair_EitherOrder_AndSelfRefused()
    {
        var r = NotDuplicateRegister.Empty.Remember(CustomerId.Of("B"), CustomerId.Of("A"), Admin, T0);
        Assert.True(r.Contains(CustomerId.Of("A"), CustomerId.Of("B")));
        Assert.Equal(CustomerId.Of("A"), r.Decisions.Single().First);
        Assert.Throws<ArgumentException>(() => r.Remember(CustomerId.Of("A"), CustomerId.Of("A"), Admin, T0));
    }
}

public class IdentifyEdgeTests
{
    [Fact]
    public void Compare_SameNameAndPostcode_DifferentHouseNumber_IsNotSame()
    {
        var a = MatchCandidate.Create(CustomerId.Of("A"), PersonName.Create("Emma", "Durand"), address: PostalAddress.Create("12 Rue du Moulin", "75011", "Paris", "FR"));
        var b = MatchCandidate.Create(CustomerId.Of("B"), PersonName.Create("Emma", "Durand"), address: PostalAddress.Create("21 Rue du Moulin", "75011", "Paris", "FR"));
        var c = MatchCandidate.Create(CustomerId.Of("C"), PersonName.Create("Emma", "Durand"), address: PostalAddress.Create("12 rue du Moulin", "75011", "Paris", "FR"));
        var m = new RecordMatcher();
        Assert.NotEqual(MatchDecision.Same, m.DecisionOf(a, b));
        Assert.Equal(MatchDecision.Same, m.DecisionOf(a, c));
    }

    [Fact]
    public void RememberedDecisions_RoundTripThroughJson()
    {
        var register = NotDuplicateRegister.Empty
            .Remember(CustomerId.Of("B"), CustomerId.Of("A"), Crm.Domain.Tests.Customers.CustomerFixtures.Admin, Crm.Domain.Tests.Customers.CustomerFixtures.T0)
            .Remember(CustomerId.Of("C"), CustomerId.Of("D"), Crm.Domain.Tests.Customers.CustomerFixtures.SalesRep, Crm.Domain.Tests.Customers.CustomerFixtures.T0);
        var stored = Crm.Domain.Tests.Serialization.JsonAssert.RoundTrip(register.Decisions.ToImmutableArray());
        var back = NotDuplicateRegister.Of(stored);
        Assert.True(back.Contains(CustomerId.Of("A"), CustomerId.Of("B")));
        Assert.True(back.Contains(CustomerId.Of("D"), CustomerId.Of("C")));
        Assert.Equal(register.Decisions.ToArray(), back.Decisions.ToArray());
        Crm.Domain.Tests.Serialization.JsonAssert.Invalid<ImmutableArray<NotDuplicateDecision>>("[{\"first\":\"\",\"second\":\"B\",\"decidedBy\":{\"userId\":\"u\",\"role\":\"admin\"},\"at\":\"2026-01-01T00:00:00Z\"}]");
    }
}
