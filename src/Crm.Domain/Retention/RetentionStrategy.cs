namespace Crm.Domain.Retention;

/// <summary>The 29 retention strategies of CRM-CONCEPTS §5d.</summary>
/// <remarks><see cref="RetentionStrategyCatalogue"/> maps each to the defector types and churn drivers it answers. <c>default</c> is <see cref="Unknown"/>, which is not a strategy.</remarks>
public enum RetentionStrategy
{
    /// <summary>Not a strategy.</summary>
    Unknown = 0,

    /// <summary>People: the right staff in contact with customers.</summary>
    People,

    /// <summary>Product: keep the offer competitive.</summary>
    Product,

    /// <summary>Process: smooth, reliable processes.</summary>
    Process,

    /// <summary>Organisation: structure the company around the customer.</summary>
    Organisation,

    /// <summary>Satisfactory service standards.</summary>
    SatisfactoryServiceStandards,

    /// <summary>Watching competitors.</summary>
    WatchingCompetitors,

    /// <summary>Customer analysis.</summary>
    CustomerAnalysis,

    /// <summary>Cost analysis.</summary>
    CostAnalysis,

    /// <summary>Customers' ability to pay.</summary>
    CustomersAbilityToPay,

    /// <summary>Purchase-behaviour patterns.</summary>
    PurchaseBehaviourPatterns,

    /// <summary>Price and quality differentiation.</summary>
    PriceAndQualityDifferentiation,

    /// <summary>Reducing dissatisfaction.</summary>
    ReducingDissatisfaction,

    /// <summary>Following changing requirements.</summary>
    ChangingRequirements,

    /// <summary>Performance of the product and service.</summary>
    Performance,

    /// <summary>Training supply-chain staff.</summary>
    TrainingSupplyChainStaff,

    /// <summary>Empowering service providers.</summary>
    EmpoweringServiceProviders,

    /// <summary>Incentivising service providers.</summary>
    IncentivisingServiceProviders,

    /// <summary>Intangible benefits.</summary>
    IntangibleBenefits,

    /// <summary>Visits to the point of use.</summary>
    VisitsToPointOfUse,

    /// <summary>Partnership with customers.</summary>
    PartnershipWithCustomers,

    /// <summary>Customer clubs.</summary>
    CustomerClubs,

    /// <summary>Relationship-based pricing.</summary>
    RelationshipBasedPricing,

    /// <summary>An effective communication system.</summary>
    EffectiveCommunicationSystem,

    /// <summary>A complaint-monitoring cell.</summary>
    ComplaintMonitoringCell,

    /// <summary>A customer satisfaction index.</summary>
    CustomerSatisfactionIndex,

    /// <summary>Preventive action.</summary>
    PreventiveAction,

    /// <summary>Satisfaction research.</summary>
    SatisfactionResearch,

    /// <summary>Focus groups.</summary>
    FocusGroups,

    /// <summary>Switching barriers: raise the cost of leaving.</summary>
    SwitchingBarriers,
}
