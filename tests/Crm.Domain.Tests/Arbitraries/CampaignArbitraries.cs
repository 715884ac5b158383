using Crm.Domain.Campaigns;
using Crm.Domain.Campaigns.Analysis;
using Crm.Domain.Tests.Campaigns;
using FsCheck;
using FsCheck.Fluent;

namespace Crm.Domain.Tests.Arbitraries;

/// <summary>Generators for the Campaigns room: customer bases, control shares near the edges, outcome bytes.</summary>
public static class CampaignArbitraries
{
    public sealed record AudienceCase(CampaignCustomer[] Customers, double ControlShare, ulong Seed, int NoConsentModulus);

    public static Arbitrary<AudienceCase> AudienceCases() =>
        (from n in Gen.OneOf(Gen.Choose(0, 5), Gen.Choose(0, 400))
         from share in Gen.OneOf(Gen.Elements(0.001, 0.5, 0.999), Gen.Choose(1, 999).Select(i => i / 1000d))
         from seed in Gen.Choose(0, int.MaxValue)
         from modulus in Gen.Choose(2, 7)
         from baseSeed in Gen.Choose(0, 1000)
         select new AudienceCase(CampaignFixtures.Base(n, baseSeed), share, (ulong)seed, modulus)).ToArbitrary();

    /// <summary>Outcome arrays long enough to cross several vector widths and the 255-vector flush.</summary>
    public static Arbitrary<ResponseOutcome[]> Outcomes() =>
        (from n in Gen.OneOf(Gen.Choose(0, 70), Gen.Choose(8000, 9000))
         from seed in Gen.Choose(0, 10_000)
         select Generate(n, seed)).ToArbitrary();

    public static ResponseOutcome[] Generate(int n, int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[n];
        random.NextBytes(bytes);
        return bytes.Select(b => new ResponseOutcome(b)).ToArray();
    }
}
