using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Serialization;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Metrics;

public class MetricsJsonTests
{
    private static NpsAccumulator Nps(params int[] s) => NpsAccumulator.Empty.AddRange(s.Select(NpsRating.Of).ToArray());

    [Fact]
    public void Ratings_RoundTrip_AsNumbers()
    {
        Assert.Equal("9", CrmJson.Serialize(NpsRating.Of(9)));
        Assert.Equal(NpsRating.Of(0), JsonAssert.RoundTrip(NpsRating.Of(0)));
        Assert.Equal(CsatRating.Of(4), JsonAssert.RoundTrip(CsatRating.Of(4)));
        Assert.Equal(CesRating.Of(6, CesScale.Agreement7), JsonAssert.RoundTrip(CesRating.Of(6, CesScale.Agreement7)));
        Assert.Equal(CesScale.Effort5, JsonAssert.RoundTrip(CesScale.Effort5));
        Assert.Equal("{\"min\":1,\"max\":7,\"direction\":\"HigherIsEasier\"}", CrmJson.Serialize(CesScale.Agreement7));
        Assert.Equal(CesDirection.LowerIsEasier, JsonAssert.RoundTrip(CesDirection.LowerIsEasier));
    }

    [Fact]
    public void Ratings_Invalid_AreJsonErrors()
    {
        JsonAssert.Invalid<NpsRating>("11");
        JsonAssert.Invalid<NpsRating>("-1");
        JsonAssert.Invalid<NpsRating>("\"9\"");
        JsonAssert.Invalid<NpsRating>("9.5");
        JsonAssert.Invalid<CsatRating>("0");
        JsonAssert.Invalid<CesRating>("11");
        JsonAssert.Invalid<CesScale>("{\"min\":5,\"max\":5,\"direction\":\"HigherIsEasier\"}");
        JsonAssert.Invalid<CesScale>("{\"min\":1,\"max\":5,\"direction\":\"Sideways\"}");
        JsonAssert.Invalid<CesScale>("{\"min\":1,\"max\":5,\"direction\":\"1\"}");
        JsonAssert.Invalid<CesScale>("{\"min\":1,\"max\":5}");
        JsonAssert.Invalid<CesScale>("{\"min\":1,\"max\":5,\"direction\":\"LowerIsEasier\",\"extra\":1}");
    }

    [Fact]
    public void Accumulators_RoundTrip_AsSufficientStatistics()
    {
        var nps = Nps(0, 9, 9, 10, 7);
        Assert.Equal("{\"distribution\":[1,0,0,0,0,0,0,1,0,2,1]}", CrmJson.Serialize(nps));
        Assert.Equal(nps, JsonAssert.RoundTrip(nps));
        Assert.Equal(NpsAccumulator.Empty, JsonAssert.RoundTrip(NpsAccumulator.Empty));

        var csat = CsatAccumulator.Empty.AddRange([CsatRating.Of(5), CsatRating.Of(2)]);
        Assert.Equal(csat, JsonAssert.RoundTrip(csat));

        var ces = CesAccumulator.For(CesScale.Agreement7).Add(CesRating.Of(6, CesScale.Agreement7));
        Assert.Equal(ces, JsonAssert.RoundTrip(ces));
        Assert.Equal(CesAccumulator.Empty, JsonAssert.RoundTrip(CesAccumulator.Empty));
        Assert.Equal(CesAccumulator.For(CesScale.Effort5), JsonAssert.RoundTrip(CesAccumulator.For(CesScale.Effort5)));

        var fcr = FirstContactResolutionAccumulator.FromState(new(412, 500));
        Assert.Equal("{\"resolvedOnFirstContact\":412,\"cases\":500}", CrmJson.Serialize(fcr));
        Assert.Equal(fcr, JsonAssert.RoundTrip(fcr));
        Assert.Equal(RenewalRateAccumulator.FromState(new(9, 12)), JsonAssert.RoundTrip(RenewalRateAccumulator.FromState(new(9, 12))));
        Assert.Equal(ServicesPerCustomerAccumulator.FromState(new(8, 4)), JsonAssert.RoundTrip(ServicesPerCustomerAccumulator.FromState(new(8, 4))));

        var retention = RetentionAccumulator.Empty.Add(RetentionPeriodCounts.Of(200, 190, 30));
        Assert.Equal(retention, JsonAssert.RoundTrip(retention));
        Assert.Equal(RetentionPeriodCounts.Of(5, 4, 1), JsonAssert.RoundTrip(RetentionPeriodCounts.Of(5, 4, 1)));

        var spend = AcquisitionSpend.Of(Money.Of(12_000.50m, "EUR"), 40);
        Assert.Equal(spend, JsonAssert.RoundTrip(spend));
        var cac = AcquisitionCostAccumulator.Empty.Add(spend);
        Assert.Equal(cac, JsonAssert.RoundTrip(cac));
        Assert.Equal(AcquisitionCostAccumulator.Empty, JsonAssert.RoundTrip(AcquisitionCostAccumulator.Empty));
    }

    [Fact]
    public void Results_RoundTrip_WithDerivedFiguresForReaders()
    {
        var nps = Nps(9, 10, 9, 10, 10, 7, 8, 7, 0, 6).Result;
        var json = CrmJson.Serialize(nps);
        Assert.Contains("\"score\":30", json, StringComparison.Ordinal);
        Assert.Equal(nps, JsonAssert.RoundTrip(nps));
        Assert.Contains("\"score\":null", CrmJson.Serialize(NpsAccumulator.Empty.Result), StringComparison.Ordinal);
        Assert.Equal(NpsAccumulator.Empty.Result, JsonAssert.RoundTrip(NpsAccumulator.Empty.Result));

        var csat = CsatAccumulator.Empty.AddRange([CsatRating.Of(5), CsatRating.Of(2)]).Result;
        Assert.Equal(csat, JsonAssert.RoundTrip(csat));
        var ces = CesAccumulator.For(CesScale.Effort5).Add(CesRating.Of(1, CesScale.Effort5)).Result;
        Assert.Equal(ces, JsonAssert.RoundTrip(ces));
        Assert.Equal(CesAccumulator.Empty.Result, JsonAssert.RoundTrip(CesAccumulator.Empty.Result));

        var retention = RetentionAccumulator.Empty.Add(RetentionPeriodCounts.Of(200, 190, 30)).Result;
        Assert.Contains("\"retentionRate\":0.8", CrmJson.Serialize(retention), StringComparison.Ordinal);
        Assert.Equal(retention, JsonAssert.RoundTrip(retention));

        var cac = AcquisitionCostAccumulator.Empty.Add(AcquisitionSpend.Of(Money.Of(900m, "USD"), 3)).Result;
        Assert.Equal(cac, JsonAssert.RoundTrip(cac));
        Assert.Equal(AcquisitionCostAccumulator.Empty.Result, JsonAssert.RoundTrip(AcquisitionCostAccumulator.Empty.Result));
    }

    [Fact]
    public void Accumulators_Invalid_AreJsonErrors()
    {
        JsonAssert.Invalid<NpsAccumulator>("{\"distribution\":[1,2,3]}");
        JsonAssert.Invalid<NpsAccumulator>("{\"distribution\":[0,0,0,-1,0,0,0,0,0,0,0]}");
        JsonAssert.Invalid<NpsAccumulator>("{\"distribution\":[0,0,0,0,0,0,0,0,0,0,0],\"extra\":1}");
        JsonAssert.Invalid<NpsAccumulator>("{}");
        JsonAssert.Invalid<NpsAccumulator>("[1]");
        JsonAssert.Invalid<CsatAccumulator>("{\"distribution\":[1,1,1,1,1,1]}");
        JsonAssert.Invalid<CesAccumulator>("{\"scale\":null,\"distribution\":[1]}");
        JsonAssert.Invalid<CesAccumulator>("{\"scale\":{\"min\":1,\"max\":5,\"direction\":\"LowerIsEasier\"},\"distribution\":[1,1,1,1,1,1,1]}");
        JsonAssert.Invalid<FirstContactResolutionAccumulator>("{\"resolvedOnFirstContact\":5,\"cases\":4}");
        JsonAssert.Invalid<RenewalRateAccumulator>("{\"renewed\":-1,\"due\":4}");
        JsonAssert.Invalid<ServicesPerCustomerAccumulator>("{\"services\":1.5,\"customers\":4}");
        JsonAssert.Invalid<RetentionPeriodCounts>("{\"start\":10,\"end\":50,\"acquired\":5}");
        JsonAssert.Invalid<RetentionAccumulator>("{\"start\":10,\"end\":5,\"acquired\":0,\"segments\":-1}");
        JsonAssert.Invalid<AcquisitionSpend>("{\"spend\":{\"amount\":-5,\"currency\":\"EUR\"},\"customersAcquired\":1}");
        JsonAssert.Invalid<AcquisitionSpend>("{\"spend\":{\"amount\":5,\"currency\":\"EURO\"},\"customersAcquired\":1}");
        JsonAssert.Invalid<AcquisitionCostAccumulator>("{\"totalSpend\":null,\"customersAcquired\":3,\"count\":1}");
        JsonAssert.Invalid<AcquisitionCostResult>("{\"totalSpend\":{\"amount\":-1,\"currency\":\"EUR\"},\"customersAcquired\":3}");
    }

    [Property(Arbitrary = [typeof(MetricsArbitraries)], MaxTest = 30)]
    public void NpsAccumulator_AnyContent_RoundTrips(NpsRating[] ratings)
    {
        var acc = NpsAccumulator.Empty.AddRange(ratings);
        Assert.Equal(acc, JsonAssert.RoundTrip(acc));
        Assert.Equal(acc.Result, JsonAssert.RoundTrip(acc.Result));
    }

    [Property(Arbitrary = [typeof(MetricsArbitraries)], MaxTest = 30)]
    public void CesAccumulator_AnyScale_RoundTrips(CesCase sample)
    {
        var acc = CesAccumulator.For(sample.Scale).AddRange(sample.A);
        Assert.Equal(acc, JsonAssert.RoundTrip(acc));
        Assert.Equal(acc.Result, JsonAssert.RoundTrip(acc.Result));
    }
}
