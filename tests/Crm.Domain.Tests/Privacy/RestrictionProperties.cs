using Crm.Domain.Campaigns;
using Crm.Domain.Customers;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Rfm;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Idic;
using Crm.Domain.Idic.Differentiate;
using Crm.Domain.Primitives;
using Crm.Domain.Privacy;
using Crm.Domain.Tests.CustomerValue.Models;
using Crm.Domain.Idic.Interact;
using Crm.Domain.Scoring;
using Crm.Domain.Specifications;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Crm.Domain.Tests.Customers.CustomerFixtures;

namespace Crm.Domain.Tests.Privacy;

/// <summary>
/// Issue 17, items 1–2, as laws over random populations: no audience selection, profile, segment or score ever
/// includes a customer whose processing is restricted or who objected to direct marketing, whatever their lawful
/// basis; lifting a restriction restores them exactly as if it had never been recorded. The id-keyed scorers (value
/// tiers, RFM, BG/NBD, CLV) honour the same restrictions through a <see cref="ProcessingRestrictions"/> screen.
/// </summary>
public class RestrictionProperties
{
    private static readonly ContactPolicy Marketing = ContactPolicy.Create(ConsentPurpose.Marketing);

    private static readonly BalancingTest Lia = BalancingTest.Of(Admin, T0, BalancingOutcome.InterestPrevails, "LIA-1");

    public static class Populations
    {
        /// <summary>Per customer: basis (0 consent, 1 legitimate interest, 2 none), contract, restriction (0 none, 1 restricted, 2 restricted then lifted), objection, expiry.</summary>
        public static Arbitrary<(int Basis, bool Contract, int Restriction, bool Objected, bool Expired)[]> Arbitrary() =>
            Gen.Choose(0, 25).SelectMany(n => Gen.ArrayOf(
                from basis in Gen.Choose(0, 2)
                from contract in Gen.Elements(true, false)
                from restriction in Gen.Choose(0, 2)
                from objected in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
                from expired in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
                select (basis, contract, restriction, objected, expired), n)).ToArbitrary();
    }

    private static readonly Instant Asked = T0 + Duration.FromDays(20);

    private static Customer Build(int i, (int Basis, bool Contract, int Restriction, bool Objected, bool Expired) spec)
    {
        var id = $"C{i}";
        var c = New(id).AddContactPoint(Admin, ContactPoint.ForEmail(EmailAddress.Parse($"c{i}@example.org"), VerificationState.Verified, T0), T0).ThrowIfDenied();
        c = spec.Basis switch
        {
            0 => c.RecordConsent(Admin, ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, T0, "web", ConsentProof.DoubleOptIn)
                .WithExpiry(spec.Expired ? T0 + Duration.FromDays(5) : null)).ThrowIfDenied(),
            1 => c.RecordLawfulBasis(Admin, ConsentRecord.OnBasis(Channel.Email, ConsentPurpose.Marketing, LawfulBasis.LegitimateInterest, T0, "crm", Lia)).ThrowIfDenied(),
            _ => c,
        };
        if (spec.Contract)
        {
            c = c.RecordLawfulBasis(Admin, ConsentRecord.OnBasis(Channel.Web, ConsentPurpose.Of("orders"), LawfulBasis.Contract, T0, "order")).ThrowIfDenied();
        }

        if (spec.Restriction > 0)
        {
            c = c.RestrictProcessing(Admin, (RestrictionGround)(1 + (i % 4)), T0 + Duration.FromDays(8)).ThrowIfDenied();
        }

        if (spec.Restriction == 2)
        {
            c = c.LiftRestriction(Admin, T0 + Duration.FromDays(9)).ThrowIfDenied();
        }

        return spec.Objected ? c.ObjectToMarketing(Admin, T0 + Duration.FromDays(10)).ThrowIfDenied() : c;
    }

    private static bool Blocked((int Basis, bool Contract, int Restriction, bool Objected, bool Expired) spec) => spec.Restriction == 1 || spec.Objected;

    [Property(Arbitrary = [typeof(Populations)], MaxTest = 100)]
    public void NoSelectionProfileOrScore_EverIncludesARestrictedOrObjectingCustomer((int Basis, bool Contract, int Restriction, bool Objected, bool Expired)[] population)
    {
        var customers = population.Select((s, i) => Build(i, s)).ToArray();
        var eligibility = PolicyContactEligibility.Create(Marketing, customers, Asked);
        var members = customers.Select(c => CampaignCustomer.Of(c.Id, "all", 3, 3, 3, 1)).ToArray();
        var audience = AudienceDefinition.Create("a", Spec.All<CampaignCustomer>(), Channel.Email, 0.25, 11, eligibility).Select(members, Asked);
        var reached = audience.Treated.Concat(audience.Control).Select(m => m.Id).ToHashSet();

        var scoring = ScoringModel<CustomerProfile>.Of(ScoringRule<CustomerProfile>.Create("one", _ => 1d));
        var segments = Crm.Domain.Idic.Differentiate.Segmentation<CustomerProfile>.Of(
            Crm.Domain.Idic.Differentiate.Segment<CustomerProfile>.Create("everyone", Spec.All<CustomerProfile>()));
        for (var i = 0; i < customers.Length; i++)
        {
            var c = customers[i];
            var blocked = Blocked(population[i]);
            Assert.Equal(!blocked, c.MayProcessFor(ProcessingUse.Marketing, Asked));
            if (blocked)
            {
                Assert.DoesNotContain(c.Id, reached);
                var refusal = Marketing.Decide(c, Channel.Email, Asked).Refusal;
                Assert.Equal(population[i].Restriction == 1 ? ContactRefusal.Restricted : ContactRefusal.Objected, refusal);
                Assert.Throws<ProcessingRestrictedException>(() => scoring.ScoreOf(CustomerProfile.Untiered(c, Asked)));
            }
            else
            {
                // Lawful basis as the UK rules read it: consent unless lapsed; legitimate interest on e-mail only for existing customers.
                var lawful = population[i].Basis switch
                {
                    0 => !population[i].Expired,
                    1 => population[i].Contract,
                    _ => false,
                };
                Assert.Equal(lawful, eligibility.MayContact(c.Id, Channel.Email, Asked));
                var profile = CustomerProfile.Untiered(c, Asked);
                Assert.Equal(1d, scoring.ScoreOf(profile).Value);
                Assert.Equal("everyone", Assert.Single(segments.SegmentsOf(profile)));
            }
        }
    }

    [Property(Arbitrary = [typeof(Populations)], MaxTest = 60)]
    public void LiftingARestriction_RestoresTheDecisionsOfACustomerNeverRestricted((int Basis, bool Contract, int Restriction, bool Objected, bool Expired)[] population)
    {
        for (var i = 0; i < population.Length; i++)
        {
            var lifted = Build(i, population[i] with { Restriction = 2 });
            var never = Build(i, population[i] with { Restriction = 0 });
            foreach (var channel in new[] { Channel.Email, Channel.Sms, Channel.Web })
            {
                Assert.Equal(Marketing.Decide(never, channel, Asked), Marketing.Decide(lifted, channel, Asked));
            }

            Assert.Equal(never.MayProcessFor(ProcessingUse.Profiling, Asked), lifted.MayProcessFor(ProcessingUse.Profiling, Asked));
        }
    }

    private static readonly LocalDate LogStart = new(2026, 1, 5);

    /// <summary>
    /// Issue 17 item 2's edge: over random populations with random purchase logs and valuations, the screen built from
    /// the customers (<see cref="ProcessingRestrictions.From"/>) leaves out exactly the restricted and objecting ones,
    /// so no value tier, RFM score, BG/NBD score or CLV is produced for them; and everyone else's results equal those
    /// computed on a population that never held the blocked customers (their data takes no part in others' thresholds,
    /// ranks or values). The blocked set comes from the generated spec, not from the code under test.
    /// </summary>
    [Property(Arbitrary = [typeof(Populations)], MaxTest = 60)]
    public void IdKeyedScorers_ProduceNothingForARestrictedOrObjectingCustomer((int Basis, bool Contract, int Restriction, bool Objected, bool Expired)[] population)
    {
        var customers = population.Select((s, i) => Build(i, s)).ToArray();
        var blocked = customers.Where((_, i) => Blocked(population[i])).Select(c => c.Id).ToHashSet();
        var restrictions = CrmJsonRoundTrip(ProcessingRestrictions.From(customers));

        // Each customer buys 1 + (i mod 4) times, 9 + (i mod 5) days apart, from day (3 i mod 17); values are host figures.
        var log = customers.SelectMany((c, i) => Enumerable.Range(0, 1 + (i % 4)).Select(k =>
            CustomerTransaction<CustomerId>.Create(c.Id, LogStart.PlusDays((3 * i % 17) + (k * (9 + (i % 5)))), 20d + (7 * ((i + k) % 6))))).ToArray();
        var valuations = customers.Select((c, i) => CustomerValuation.Of(c.Id, (i * 37 % 23) - 4d, (i * 53 % 31) - 2d)).ToArray();
        var options = SummaryOptions.Create(LogStart.PlusDays(70));
        if (log.Length == 0)
        {
            return; // the one-shot summarizer refuses an empty log; an empty population has nothing to screen.
        }

        var screened = restrictions.Screen(CustomerSummarizer.Summarize(log, options), Asked);
        var tiers = ValueTiering.Assign(restrictions.Screen(valuations, Asked).Allowed);

        // The same scorers on a population that never held the blocked customers.
        var allowedLog = log.Where(t => !blocked.Contains(t.Customer)).ToArray();
        var expectedScores = allowedLog.Length == 0 ? [] : ScoresById(CustomerSummarizer.Summarize(allowedLog, options));
        var expectedTiers = ValueTiering.Assign(valuations.Where(v => !blocked.Contains(v.CustomerId)).ToArray());

        Assert.Equal(customers.Length - blocked.Count, screened.Allowed.Count);
        Assert.Equal(blocked.Order(), screened.LeftOut.Select(o => o.Customer).Order());
        Assert.All(screened.LeftOut, o => Assert.Equal(customers[o.Position].Id, o.Customer));
        Assert.DoesNotContain(tiers, t => blocked.Contains(t.CustomerId));
        Assert.Equal(expectedTiers.ToDictionary(t => t.CustomerId, t => (t.Tier, t.Abc, t.Rank)), tiers.ToDictionary(t => t.CustomerId, t => (t.Tier, t.Abc, t.Rank)));
        Assert.Equal(expectedScores, ScoresById(screened.Allowed));
        Assert.DoesNotContain(ScoresById(screened.Allowed).Keys, blocked.Contains);
    }

    private static ProcessingRestrictions CrmJsonRoundTrip(ProcessingRestrictions restrictions) =>
        Crm.Domain.Serialization.CrmJson.Deserialize<ProcessingRestrictions>(Crm.Domain.Serialization.CrmJson.Serialize(restrictions))!;

    /// <summary>Per customer: the RFM score, P(alive) and expected transactions under the CDNOW BG/NBD fit, and the CLV.</summary>
    private static Dictionary<CustomerId, (RfmScore Rfm, double Alive, double Expected, double Clv)> ScoresById(CustomerSummaries<CustomerId> data)
    {
        if (data.Count == 0)
        {
            return [];
        }

        var summaries = data.Summaries.AsSpan();
        var rfm = new RfmScore[data.Count];
        var rfmScorer = RfmScorer.FitSummaries(summaries);
        for (var i = 0; i < rfm.Length; i++)
        {
            rfm[i] = rfmScorer.Score(RfmObservation.FromSummary(summaries[i]));
        }

        var alive = new double[data.Count];
        var expected = new double[data.Count];
        CdnowFits.BgNbd.Model.Score(summaries, 10d, alive, expected);
        var clv = CustomerLifetimeValue.ForPopulation(WeeklyBgNbd.Value, CdnowFits.GammaGamma, data, Settings);
        Assert.Equal(data.Rows.Select(r => r.Customer), clv.Customers);
        return data.Rows.Select((r, i) => (r.Customer, Value: (rfm[i], alive[i], expected[i], clv.Values[i]))).ToDictionary(x => x.Customer, x => x.Value);
    }

    // The CDNOW fit on spans records no period; the CDNOW summaries are weekly, as the summaries here.
    private static readonly Lazy<Crm.Domain.CustomerValue.Models.Fitting.ModelFit<Crm.Domain.CustomerValue.Models.BgNbd.BgNbdModel>> WeeklyBgNbd =
        new(() => CdnowFits.BgNbd.WithPeriod(SummaryPeriod.Week));

    private static readonly ClvSettings Settings = ClvSettings.Create(1d, DiscountRate.PerYear(0.1), RatePeriod.Week, RatePeriod.Month, 12);
}
