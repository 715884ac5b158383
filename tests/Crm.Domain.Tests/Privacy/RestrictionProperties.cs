using Crm.Domain.Campaigns;
using Crm.Domain.Customers;
using Crm.Domain.Idic;
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
/// basis; lifting a restriction restores them exactly as if it had never been recorded.
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
}
