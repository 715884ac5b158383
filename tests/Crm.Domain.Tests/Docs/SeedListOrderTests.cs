using Crm.Domain.Acquisition;
using Crm.Domain.Competencies;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;

namespace Crm.Domain.Tests.Docs;

/// <summary>
/// The seed lists (issue 16 item 5), pinned by name and order against the source: CRM-CONCEPTS.md's sections, cited
/// on each test. The expected lists are typed here from the document, not read from the library.
/// </summary>
public class SeedListOrderTests
{
    private static string[] Names<T>()
        where T : struct, Enum => Enum.GetValues<T>().Where(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) != 0)
            .OrderBy(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).Select(v => v.ToString()).ToArray();

    [Fact] // §5a: ten sources.
    public void LeadSources_AreTheTenInputs_InTheSeedOrder() => Assert.Equal(
        ["Suspect", "Enquiry", "LapsedCustomer", "FormerCustomer", "CompetitorCustomer", "CompetitorLapsedCustomer", "CompetitorEnquiry",
            "CompetitorFormerCustomer", "Referral", "ExistingCustomer"],
        Names<LeadSource>());

    [Fact] // §5b: knower, preferer, indifferent, rejecter.
    public void ProspectAttitudes_AreTheFour_InTheSeedOrder() =>
        Assert.Equal(["Knower", "Preferer", "Indifferent", "Rejecter"], Names<ProspectAttitude>());

    [Fact] // §5c: seven acquisition strategies.
    public void AcquisitionStrategies_AreTheSeven_InTheSeedOrder() => Assert.Equal(
        ["FocusedApproach", "WinWinPlatform", "CommunicationForum", "MinimisingFearUncertaintyDoubt", "ProjectingBenefits", "ContextualApplication",
            "DecisionProcessFocus"],
        Names<AcquisitionStrategy>());

    [Fact] // Issue 16 item 5 (seed 002's acquisition process): enquiry, interaction, exchange, co-ordination, adaptation.
    public void RelationshipPhases_AreTheFive_InOrder() =>
        Assert.Equal(["Enquiry", "Interaction", "Exchange", "Coordination", "Adaptation"], Names<RelationshipPhase>());

    [Fact] // §1a (the existing Competencies.ExperienceStage, pinned here): development -> promotion -> pricing and purchase -> product experience -> billing and payment -> care -> exit.
    public void ExperienceStages_AreTheSeven_InOrder() => Assert.Equal(
        ["ProductServiceDevelopment", "Promotion", "PricingAndPurchase", "ProductExperience", "BillingAndPayment", "Care", "Exit"],
        Names<ExperienceStage>());

    [Fact] // §8: objectives customer value, satisfaction, interaction, service; the 4 Ps price, product, place, promotion.
    public void ObjectivesAndFourPs_AreInTheSeedOrder()
    {
        Assert.Equal(["CustomerValue", "Satisfaction", "Interaction", "Service"], Names<CrmObjective>());
        Assert.Equal(["Price", "Product", "Place", "Promotion"], Names<MarketingMixElement>());
    }

    [Fact] // §2: agents, brokers, OEMs, distributors, dealers, resellers, retailers.
    public void CollaborativePartners_AreTheSeven_InTheSeedOrder() =>
        Assert.Equal(["Agent", "Broker", "Oem", "Distributor", "Dealer", "Reseller", "Retailer"], Names<PartnerKind>());

    [Fact] // §2: the six organisational players.
    public void OrganisationalPlayers_AreTheSix_InTheSeedOrder() => Assert.Equal(
        ["CustomerFacing", "InternalFunction", "ExternalCollaborator", "CustomerAdvocate", "PerformanceAnalyst", "Surveyor"],
        Names<OrganisationalPlayer>());

    [Fact]
    public void EveryList_DefaultsToUnknown()
    {
        Assert.Equal("Unknown", default(RelationshipPhase).ToString());
        Assert.Equal("Unknown", default(ExperienceStage).ToString());
        Assert.Equal("Unknown", default(CrmObjective).ToString());
        Assert.Equal("Unknown", default(MarketingMixElement).ToString());
        Assert.Equal("Unknown", default(PartnerKind).ToString());
        Assert.Equal("Unknown", default(OrganisationalPlayer).ToString());
    }
}
