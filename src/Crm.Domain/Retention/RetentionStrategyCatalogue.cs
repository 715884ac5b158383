using System.Collections.Frozen;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using static Crm.Domain.Retention.ChurnDriver;
using static Crm.Domain.Retention.DefectorType;
using S = Crm.Domain.Retention.RetentionStrategy;

namespace Crm.Domain.Retention;

/// <summary>
/// The 29 retention strategies (CRM-CONCEPTS §5d), each mapped to the defector types and churn drivers it answers,
/// so that a defection risk yields suggested strategies.
/// </summary>
/// <remarks>The mapping is the library's reading of the sources, which list the strategies without a mapping; it is
/// data, exposed through <see cref="Entries"/>. Immutable and thread-safe.</remarks>
public static class RetentionStrategyCatalogue
{
    private static readonly FrozenDictionary<RetentionStrategy, RetentionStrategyEntry> ByStrategy = Build().ToFrozenDictionary(e => e.Strategy);

    /// <summary>All 29 entries, in enum order.</summary>
    public static ImmutableArray<RetentionStrategyEntry> Entries { get; } = [.. ByStrategy.Values.OrderBy(e => e.Strategy)];

    /// <summary>The entry of <paramref name="strategy"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="strategy"/> is Unknown or undefined.</exception>
    public static RetentionStrategyEntry Get(RetentionStrategy strategy) =>
        ByStrategy.TryGetValue(strategy, out var e) ? e
            : throw new ArgumentOutOfRangeException(nameof(strategy), strategy, $"strategy must be one of the 29 retention strategies; it was {strategy}.");

    /// <summary>The strategies that answer <paramref name="type"/>, in enum order.</summary>
    public static ImmutableArray<RetentionStrategy> For(DefectorType type) => [.. Entries.Where(e => e.Answers.Contains(type)).Select(e => e.Strategy)];

    /// <summary>The strategies that address <paramref name="driver"/> directly, in enum order.</summary>
    public static ImmutableArray<RetentionStrategy> For(ChurnDriver driver) => [.. Entries.Where(e => e.Drivers.Contains(driver)).Select(e => e.Strategy)];

    /// <summary>
    /// Strategies for a risk, best first: each scores 2 per suspected driver it addresses and 1 per suspected driver
    /// whose type it answers; with no suspected driver, the early-warning strategies (customer analysis, purchase
    /// patterns, preventive action, satisfaction research, communication) are suggested. Weak switching barriers
    /// (combined strength under 0.3) add <see cref="RetentionStrategy.SwitchingBarriers"/>.
    /// </summary>
    /// <param name="risk">The assessed risk.</param>
    /// <param name="barrierStrength">The relationship's combined switching-barrier strength, if known.</param>
    /// <param name="count">How many to return at most (&gt;= 1).</param>
    public static ImmutableArray<RetentionStrategy> Suggest(DefectionRisk risk, double? barrierStrength = null, int count = 3)
    {
        Guard.Against.Null(risk);
        Guard.Against.NotStrictlyPositive(count);
        IEnumerable<RetentionStrategy> ranked;
        if (risk.SuspectedDrivers.IsEmpty)
        {
            ranked = [S.CustomerAnalysis, S.PurchaseBehaviourPatterns, S.PreventiveAction, S.SatisfactionResearch, S.EffectiveCommunicationSystem];
        }
        else
        {
            ranked = Entries
                .Select(e => (e.Strategy, Score: risk.SuspectedDrivers.Sum(d => (e.Drivers.Contains(d) ? 2 : 0) + (e.Answers.Contains(ChurnDrivers.TypeOf(d)) ? 1 : 0))))
                .Where(x => x.Score > 0)
                .OrderByDescending(x => x.Score).ThenBy(x => x.Strategy)
                .Select(x => x.Strategy);
        }

        var list = ranked.Take(count).ToList();
        if (barrierStrength is < 0.3 && !list.Contains(S.SwitchingBarriers))
        {
            if (list.Count == count)
            {
                list.RemoveAt(list.Count - 1);
            }

            list.Add(S.SwitchingBarriers);
        }

        return [.. list];
    }

    private static RetentionStrategyEntry E(RetentionStrategy s, string description, DefectorType[] types, ChurnDriver[] drivers) =>
        new(s, description, [.. types], [.. drivers]);

    private static IEnumerable<RetentionStrategyEntry> Build() =>
    [
        E(S.People, "Put the right, well-treated staff in front of customers.", [DefectorType.Service], [StaffAttitude, PoorService]),
        E(S.Product, "Keep the product competitive and fit for the customer's use.", [DefectorType.Product], [PoorQuality, MissingFeature, SuperiorCompetitorProduct]),
        E(S.Process, "Make ordering, delivery and support processes smooth and reliable.", [DefectorType.Service], [SlowResponse, PoorService]),
        E(S.Organisation, "Organise around customers, with a named owner for each account.", [Organisational, DefectorType.Service], [KeyContactLeft, InternalPolicyChange]),
        E(S.SatisfactoryServiceStandards, "Set service standards the customer finds satisfactory and meet them.", [DefectorType.Service], [PoorService, SlowResponse]),
        E(S.WatchingCompetitors, "Track competitors' prices, products and technology.", [Price, DefectorType.Product, Technological], [CheaperCompetitorOffer, SuperiorCompetitorProduct, SwitchedTechnology]),
        E(S.CustomerAnalysis, "Analyse customers' situation and needs to see defection coming.", [Market, Organisational], [NoLongerNeeded, MovedAway, MergerOrAcquisition, InternalPolicyChange]),
        E(S.CostAnalysis, "Analyse cost to serve so prices can be defended.", [Price], [PriceTooHigh, PriceIncrease]),
        E(S.CustomersAbilityToPay, "Adapt terms to what the customer can pay.", [Price, Market], [PriceTooHigh, OutOfBusiness]),
        E(S.PurchaseBehaviourPatterns, "Watch purchase patterns for gaps and declines.", [Market], [NoLongerNeeded]),
        E(S.PriceAndQualityDifferentiation, "Differentiate on price and quality against competitors.", [Price, DefectorType.Product], [CheaperCompetitorOffer, PoorQuality]),
        E(S.ReducingDissatisfaction, "Find and remove causes of dissatisfaction.", [DefectorType.Service, DefectorType.Product], [UnresolvedComplaint, PoorQuality]),
        E(S.ChangingRequirements, "Follow the customer's changing requirements.", [DefectorType.Product, Technological, Market], [MissingFeature, IncompatibleTechnology, NoLongerNeeded]),
        E(S.Performance, "Deliver the promised performance of product and service.", [DefectorType.Product, DefectorType.Service], [PoorQuality, SlowResponse]),
        E(S.TrainingSupplyChainStaff, "Train supply-chain staff who meet customers.", [DefectorType.Service], [StaffAttitude, SlowResponse]),
        E(S.EmpoweringServiceProviders, "Let front-line staff resolve problems on the spot.", [DefectorType.Service], [UnresolvedComplaint, SlowResponse]),
        E(S.IncentivisingServiceProviders, "Reward staff for keeping customers.", [DefectorType.Service], [StaffAttitude, PoorService]),
        E(S.IntangibleBenefits, "Offer benefits beyond price: recognition, convenience, priority.", [Price], [CheaperCompetitorOffer]),
        E(S.VisitsToPointOfUse, "Visit where the product is used to see problems first-hand.", [DefectorType.Product, Technological], [IncompatibleTechnology, PoorQuality]),
        E(S.PartnershipWithCustomers, "Build a partnership: joint plans, shared goals.", [Organisational, Technological], [ReciprocalBuying, SwitchedTechnology, KeyContactLeft]),
        E(S.CustomerClubs, "Customer clubs that build belonging.", [Market, Price], [CheaperCompetitorOffer, NoLongerNeeded]),
        E(S.RelationshipBasedPricing, "Price by the whole relationship, rewarding tenure and breadth.", [Price], [PriceTooHigh, PriceIncrease, CheaperCompetitorOffer]),
        E(S.EffectiveCommunicationSystem, "Keep two-way communication open and timely.", [DefectorType.Service, Organisational], [UnresolvedComplaint, KeyContactLeft]),
        E(S.ComplaintMonitoringCell, "A cell that monitors every complaint to closure.", [DefectorType.Service], [UnresolvedComplaint]),
        E(S.CustomerSatisfactionIndex, "Measure satisfaction with an index and act on it.", [DefectorType.Service, DefectorType.Product], [PoorService, PoorQuality]),
        E(S.PreventiveAction, "Act on early signals before the customer complains.", [DefectorType.Service, DefectorType.Product], [PoorQuality, UnresolvedComplaint]),
        E(S.SatisfactionResearch, "Research what drives satisfaction.", [DefectorType.Product, DefectorType.Service], [MissingFeature, PoorService]),
        E(S.FocusGroups, "Focus groups on needs and new technology.", [DefectorType.Product, Technological], [MissingFeature, SwitchedTechnology]),
        E(S.SwitchingBarriers, "Raise the cost of leaving: contracts, integration, rewards.", [Price, DefectorType.Product, Technological], [CheaperCompetitorOffer, SuperiorCompetitorProduct]),
    ];
}
