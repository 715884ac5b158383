using Crm.Domain.Primitives;
using FsCheck;
using FsCheck.Fluent;

namespace Crm.Domain.Tests.Arbitraries;

/// <summary>Valid-only generators for the primitives, reaching the edges (0, 1, large counts, many currencies).</summary>
public static class PrimitiveArbitraries
{
    private static readonly string[] Codes = ["EUR", "USD", "GBP", "JPY", "CHF", "SEK", "INR", "BRL"];

    public static Arbitrary<Currency> Currencies() =>
        Gen.Elements(Codes).Select(Currency.Of).ToArbitrary();

    public static Arbitrary<Money> Monies() =>
        (from cents in Gen.Choose(-1_000_000, 1_000_000)
         from scale in Gen.Elements(1L, 100L, 1_000_000L)
         from code in Gen.Elements(Codes)
         select Money.Of(cents * scale / 100m, code)).ToArbitrary();

    public static Arbitrary<Ratio> Ratios() =>
        (from d in Gen.OneOf(Gen.Choose(0, 10), Gen.Choose(0, int.MaxValue))
         from n in Gen.Choose(0, Math.Max(0, d))
         select Ratio.Of(n, d)).ToArbitrary();

    public static Arbitrary<Probability> Probabilities() =>
        Gen.OneOf(Gen.Elements(0d, 1d, 0.5d), Gen.Choose(0, 1_000_000).Select(i => i / 1_000_000d))
            .Select(Probability.Of).ToArbitrary();

    public static Arbitrary<CustomerId> CustomerIds() =>
        Gen.Choose(1, 10_000_000).Select(i => CustomerId.Of($"C{i}")).ToArbitrary();
}
