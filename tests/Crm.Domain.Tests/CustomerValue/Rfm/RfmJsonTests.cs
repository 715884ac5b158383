using Crm.Domain.CustomerValue.Rfm;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Serialization;

namespace Crm.Domain.Tests.CustomerValue.Rfm;

public class RfmJsonTests
{
    [Fact]
    public void RfmScore_RoundTrips()
    {
        var score = RfmScore.Create(5, 4, 3, 6);
        Assert.Equal(score, JsonAssert.RoundTrip(score));
        Assert.Equal("""{"recency":5,"frequency":4,"monetary":3,"bins":6}""", CrmJson.Serialize(score));
        RfmScore[] many = [score, RfmScore.Create(1, 1, 1)];
        Assert.Equal(many, JsonAssert.RoundTrip(many));
    }

    [Fact]
    public void RfmObservation_RoundTrips()
    {
        var observation = RfmObservation.Create(1.5, 3, 42.25);
        Assert.Equal(observation, JsonAssert.RoundTrip(observation));
    }

    [Theory]
    [InlineData("""{"recency":6,"frequency":4,"monetary":3,"bins":5}""")]
    [InlineData("""{"recency":1,"frequency":1,"monetary":1,"bins":11}""")]
    [InlineData("""{"recency":1,"frequency":1,"monetary":1}""")]
    [InlineData("""{"recency":1.5,"frequency":1,"monetary":1,"bins":5}""")]
    [InlineData("""{"recency":1,"frequency":1,"monetary":1,"bins":5,"extra":1}""")]
    [InlineData("""{"recency":"1","frequency":1,"monetary":1,"bins":5}""")]
    [InlineData("5")]
    public void RfmScore_Invalid_IsJsonException(string json) => JsonAssert.Invalid<RfmScore>(json);

    [Theory]
    [InlineData("""{"recency":-1,"frequency":0,"monetary":0}""")]
    [InlineData("""{"recency":0,"frequency":0}""")]
    public void RfmObservation_Invalid_IsJsonException(string json) => JsonAssert.Invalid<RfmObservation>(json);
}
