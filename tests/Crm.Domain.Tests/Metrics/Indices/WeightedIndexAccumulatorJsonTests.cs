using Crm.Domain.Metrics.Indices;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Serialization;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Metrics.Indices;

public class WeightedIndexAccumulatorJsonTests
{
    private static readonly WeightedIndex Small = WeightedIndex.Create("Small", 1, 5, [IndexItem.Of("a"), IndexItem.Of("b", 2)]);

    [Property(Arbitrary = [typeof(WeightedIndexAccumulatorTests)], MaxTest = 50)]
    public void RoundTrip_KeepsResultAndStillCombines(WeightedIndexAccumulatorTests.Batches batches)
    {
        var a = WeightedIndexAccumulator.For(batches.Index).AddRange(batches.A);
        var b = WeightedIndexAccumulator.For(batches.Index).AddRange(batches.B);
        var copy = JsonAssert.RoundTrip(a);
        Assert.Equal(a, copy);
        Assert.Equal(a.Result, copy.Result);
        Assert.Equal((a + b).Result, (copy + b).Result);
        Assert.Equal((a + b).Result, copy.AddRange(batches.B).Result);
    }

    [Fact]
    public void Json_IsDefinitionCountAndSums()
    {
        var a = WeightedIndexAccumulator.For(Small).AddRange([IndexResponse.Of(4, 5), IndexResponse.WithSkips(2, null)]);
        Assert.Equal(
            """{"index":{"name":"Small","scaleMin":1,"scaleMax":5,"items":[{"name":"a","weight":1},{"name":"b","weight":2}]},"count":2,"sums":[6,5],"answers":[2,1]}""",
            CrmJson.Serialize(a));
        var fresh = JsonAssert.RoundTrip(WeightedIndexAccumulator.For(Small));
        Assert.Equal(WeightedIndexAccumulator.For(Small), fresh);
        Assert.Equal(a.Result, (fresh + a).Result);
        var empty = JsonAssert.RoundTrip(WeightedIndexAccumulator.Empty);
        Assert.Equal(WeightedIndexAccumulator.Empty, empty);
        Assert.Null(empty.Index);
    }

    private const string Def = """{"name":"Small","scaleMin":1,"scaleMax":5,"items":[{"name":"a","weight":1},{"name":"b","weight":2}]}""";

    [Theory]
    [InlineData("""{"index":null,"count":1,"sums":[],"answers":[]}""")]
    [InlineData("""{"index":null,"count":0,"sums":[1],"answers":[1]}""")]
    [InlineData("""{"index":DEF,"count":-1,"sums":[0,0],"answers":[0,0]}""")]
    [InlineData("""{"index":DEF,"count":2,"sums":[6],"answers":[2]}""")]
    [InlineData("""{"index":DEF,"count":2,"sums":[6,5],"answers":[3,1]}""")]
    [InlineData("""{"index":DEF,"count":2,"sums":[6,5],"answers":[-1,1]}""")]
    [InlineData("""{"index":DEF,"count":2,"sums":[11,5],"answers":[2,1]}""")]
    [InlineData("""{"index":DEF,"count":2,"sums":[1,5],"answers":[2,1]}""")]
    [InlineData("""{"index":DEF,"count":2,"sums":[6,5]}""")]
    [InlineData("""{"count":0,"sums":[],"answers":[]}""")]
    [InlineData("""{"index":{"name":"x","scaleMin":5,"scaleMax":1,"items":[{"name":"a","weight":1}]},"count":0,"sums":[0],"answers":[0]}""")]
    [InlineData("""{"index":"Small","count":0,"sums":[0,0],"answers":[0,0]}""")]
    public void InvalidJson_Throws(string json) => JsonAssert.Invalid<WeightedIndexAccumulator>(json.Replace("DEF", Def, StringComparison.Ordinal));
}
