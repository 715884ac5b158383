using Crm.Domain.Primitives;
using Crm.Domain.Retention;
using NodaTime;

namespace Crm.Domain.Tests.Retention;

public class RetentionCatalogueTests
{
    private static readonly Instant T = Instant.FromUtc(2026, 6, 1, 0, 0);

    [Fact]
    public void Catalogue_HasAll29Strategies_EachAnsweringSomething()
    {
        Assert.Equal(29, RetentionStrategyCatalogue.Entries.Length);
        Assert.Equal(Enum.GetValues<RetentionStrategy>().Where(s => s != RetentionStrategy.Unknown), RetentionStrategyCatalogue.Entries.Select(e => e.Strategy));
        Assert.All(RetentionStrategyCatalogue.Entries, e => Assert.NotEmpty(e.Answers));
    }

    [Fact]
    public void EveryDefectorTypeAndDriver_HasAStrategy()
    {
        foreach (var t in Enum.GetValues<DefectorType>().Where(t => t != DefectorType.Unknown))
        {
            Assert.NotEmpty(RetentionStrategyCatalogue.For(t));
        }

        foreach (var d in Enum.GetValues<ChurnDriver>().Where(d => d != ChurnDriver.Unknown))
        {
            Assert.NotEmpty(RetentionStrategyCatalogue.For(d));
            Assert.NotEqual(DefectorType.Unknown, ChurnDrivers.TypeOf(d));
        }
    }

    [Fact]
    public void DefectorTypes_AreTheSixOfTheSources() =>
        Assert.Equal(["Price", "Product", "Service", "Market", "Technological", "Organisational"],
            Enum.GetNames<DefectorType>().Where(n => n != "Unknown"));

    [Fact]
    public void Suggest_ForAComplaint_AddressesTheDriver()
    {
        var risk = new DefectionRisk(CustomerId.Of("c"), T, DefectionSignals.Silent, null, null, null, [ChurnDriver.UnresolvedComplaint]);
        var suggested = RetentionStrategyCatalogue.Suggest(risk, count: 3);
        Assert.Equal(3, suggested.Length);
        // Five strategies address UnresolvedComplaint and answer Service (score 3); ties go by catalogue order.
        Assert.Equal([RetentionStrategy.ReducingDissatisfaction, RetentionStrategy.EmpoweringServiceProviders, RetentionStrategy.EffectiveCommunicationSystem], suggested.ToArray());
    }

    [Fact]
    public void Suggest_WeakBarriers_AddSwitchingBarriers()
    {
        var risk = new DefectionRisk(CustomerId.Of("c"), T, DefectionSignals.LowPAlive, null, null, Probability.Of(0.1), []);
        var suggested = RetentionStrategyCatalogue.Suggest(risk, barrierStrength: 0.1, count: 3);
        Assert.Equal([RetentionStrategy.CustomerAnalysis, RetentionStrategy.PurchaseBehaviourPatterns, RetentionStrategy.SwitchingBarriers], suggested.ToArray());
    }

    [Fact]
    public void ChurnDriverAnalysis_SharesByTypeAndDriver()
    {
        Defection D(ChurnDriver d) => new(CustomerId.Of("x"), T, d);
        var report = ChurnDriverAnalysis.Analyze([D(ChurnDriver.PriceTooHigh), D(ChurnDriver.PriceTooHigh), D(ChurnDriver.PriceTooHigh),
            D(ChurnDriver.CheaperCompetitorOffer), D(ChurnDriver.PoorService), D(ChurnDriver.PoorService)]);
        Assert.Equal(6, report.Defections);
        Assert.Equal(KeyValuePair.Create(DefectorType.Price, Ratio.Rate(4, 6)), report.ByType[0]);
        Assert.Equal(KeyValuePair.Create(DefectorType.Service, Ratio.Rate(2, 6)), report.ByType[1]);
        Assert.Equal(KeyValuePair.Create(ChurnDriver.PriceTooHigh, Ratio.Rate(3, 6)), report.ByDriver[0]);
        Assert.Equal([ChurnDriver.PriceTooHigh], report.KeyDrivers(Probability.Of(0.5)).ToArray());
        Assert.Equal([ChurnDriver.PriceTooHigh, ChurnDriver.PoorService], report.KeyDrivers(Probability.Of(0.8)).ToArray());
    }

    [Fact]
    public void RelationshipBarriers_CombineAndLapse()
    {
        var r = RelationshipBarriers.For(CustomerId.Of("c"))
            .Add(new SwitchingBarrier(SwitchingBarrierKind.Contractual, Probability.Of(0.5), new LocalDate(2026, 12, 31)))
            .Add(new SwitchingBarrier(SwitchingBarrierKind.Integration, Probability.Of(0.5)));
        Assert.Equal(0.75, r.CombinedStrength(new LocalDate(2026, 6, 1)).Value, 12);
        Assert.Equal(0.5, r.CombinedStrength(new LocalDate(2027, 1, 1)).Value, 12);
        Assert.Single(r.ExpiringWithin(new DateInterval(new LocalDate(2026, 12, 1), new LocalDate(2027, 1, 31))));
    }
}
