using Crm.Domain.Idic.Identify;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Idic;

public class JaroWinklerTests
{
    // Reference values from Winkler (1990), "String Comparator Metrics and Enhanced Decision Rules in the
    // Fellegi-Sunter Model of Record Linkage", and the worked examples of the Jaro–Winkler distance article
    // (en.wikipedia.org/wiki/Jaro-Winkler_distance): MARTHA/MARHTA, DWAYNE/DUANE, DIXON/DICKSONX.
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.944, 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.822, 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.767, 0.813)]
    public void PublishedExamples(string a, string b, double jaro, double jaroWinkler)
    {
        Assert.Equal(jaro, JaroWinkler.Jaro(a, b), 3);
        Assert.Equal(jaroWinkler, JaroWinkler.Similarity(a, b), 3);
    }

    [Fact]
    public void EdgeCases()
    {
        Assert.Equal(1d, JaroWinkler.Similarity("same", "same"));
        Assert.Equal(0d, JaroWinkler.Similarity("", ""));
        Assert.Equal(0d, JaroWinkler.Similarity("abc", ""));
        Assert.Equal(0d, JaroWinkler.Similarity("abc", "xyz"));
        Assert.Throws<ArgumentOutOfRangeException>(() => JaroWinkler.Similarity("a", "b", 0.3));
        var longA = new string('a', 300) + "b";
        var longB = new string('a', 300) + "c";
        Assert.InRange(JaroWinkler.Similarity(longA, longB), 0.99, 1.0);
    }

    public static class Words
    {
        public static Arbitrary<(string, string)> Pairs() =>
            (from a in Gen.Elements("smith", "smyth", "johnson", "jonson", "martha", "marhta", "", "a", "ab", "ba", "abcabc", "cabcab", "nunez", "nunes")
             from b in Gen.Elements("smith", "smyth", "johnson", "jonson", "martha", "marhta", "", "a", "ab", "ba", "abcabc", "cabcab", "nunez", "nunes")
             select (a, b)).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Words)], MaxTest = 200)]
    public bool IsSymmetric_AndBounded((string A, string B) p)
    {
        var ab = JaroWinkler.Similarity(p.A, p.B);
        var ba = JaroWinkler.Similarity(p.B, p.A);
        return ab == ba && ab is >= 0 and <= 1 && JaroWinkler.Jaro(p.A, p.B) <= ab + 1e-12;
    }

    [Property(MaxTest = 200)]
    public bool IsSymmetric_OnArbitraryStrings(NonNull<string> a, NonNull<string> b) =>
        JaroWinkler.Similarity(a.Get, b.Get) == JaroWinkler.Similarity(b.Get, a.Get);
}
