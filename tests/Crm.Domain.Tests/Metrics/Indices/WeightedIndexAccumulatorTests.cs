using Crm.Domain.Metrics.Indices;
using Crm.Domain.Tests.Metrics.Service;
using Crm.Domain.Tests.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Metrics.Indices;

[AccumulatorLawsFor(typeof(WeightedIndexAccumulator))]
public class WeightedIndexAccumulatorTests
{
    private static readonly WeightedIndex Csi = CustomerSatisfactionIndex.Standard;

    [Fact]
    public void Result_Acsi_HandComputed()
    {
        // Item means: (8 + 10) / 2 = 9, (7 + 9) / 2 = 8, (6 + 8) / 2 = 7 on 1-10.
        // Scores: (9 - 1) / 9 * 100 = 88.89, (8 - 1) / 9 * 100 = 77.78, (7 - 1) / 9 * 100 = 66.67; equal weights -> 77.78,
        // which is also the mean rating 8 rescaled: (8 - 1) / 9 * 100.
        var result = WeightedIndexAccumulator.For(Csi).AddRange([IndexResponse.Of(8, 7, 6), IndexResponse.Of(10, 9, 8)]).Result;
        Assert.Equal(700d / 9, result.Value!.Value, 9);
        Assert.Equal(800d / 9, result.Items[0].Score!.Value, 9);
        Assert.Equal(9d, result.Items[0].MeanRating);
        Assert.Equal(2, result.Responses);
        Assert.Equal("Customer satisfaction index", result.IndexName);
    }

    [Fact]
    public void Result_Weighted_AndSkippedItemsDoNotCountAsZero()
    {
        // Brand image with trust weighted 2: awareness 10 (score 100), trust 4 (33.33), quality skipped, recommend 1 (0).
        // Index = (1 * 100 + 2 * 33.33 + 1 * 0) / (1 + 2 + 1) = 41.67; the skipped item leaves the weights.
        var index = BrandImageIndex.Create(1, 2, 1, 1);
        var result = WeightedIndexAccumulator.For(index).Add(IndexResponse.WithSkips(10, 4, null, 1)).Result;
        Assert.Equal((100d + (2 * 100d / 3)) / 4, result.Value!.Value, 9);
        Assert.Null(result.Items[2].Score);
        Assert.Equal(0, result.Items[2].Answers);
    }

    [Fact]
    public void Result_NoAnswers_IsNoData()
    {
        Assert.Null(WeightedIndexAccumulator.For(Csi).Result.Value);
        Assert.Null(WeightedIndexAccumulator.For(Csi).Add(IndexResponse.WithSkips(null, null, null)).Result.Value);
        Assert.Equal("(no index)", WeightedIndexAccumulator.Empty.ToString());
    }

    [Fact]
    public void BadInput_IsRefused()
    {
        var acc = WeightedIndexAccumulator.For(Csi);
        var off = Assert.Throws<ArgumentOutOfRangeException>(() => acc.Add(IndexResponse.Of(8, 11, 5)));
        Assert.Contains("'Meets expectations' 11", off.Message, StringComparison.Ordinal);
        Assert.Contains("[1, 10]", off.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => acc.Add(IndexResponse.Of(8, 9)));
        Assert.Throws<ArgumentException>(() => acc.Add(default));
        Assert.Throws<InvalidOperationException>(() => WeightedIndexAccumulator.Empty.Add(IndexResponse.Of(1, 1, 1)));
        Assert.Throws<ArgumentException>(() => acc + WeightedIndexAccumulator.For(BrandImageIndex.Standard));
        Assert.Throws<ArgumentException>(() => WeightedIndex.Create("x", 5, 5, [IndexItem.Of("a")]));
        Assert.Throws<ArgumentException>(() => WeightedIndex.Create("x", 1, 5, [IndexItem.Of("a"), IndexItem.Of("a")]));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndexItem.Of("a", 0));
        Assert.Throws<ArgumentException>(() => WeightedIndex.Create("x", 1, 5, []));
    }

    [Fact]
    public void Json_RoundTrips_AndRefusesInconsistentValue()
    {
        var result = WeightedIndexAccumulator.For(BrandImageIndex.Standard).AddRange([IndexResponse.Of(9, 8, 7, 10), IndexResponse.WithSkips(5, null, 6, 7)]).Result;
        Assert.Equal(result, JsonAssert.RoundTrip(result));
        Assert.Equal(BrandImageIndex.Standard, JsonAssert.RoundTrip(BrandImageIndex.Standard));
        Assert.Equal(IndexResponse.WithSkips(5, null, 6), JsonAssert.RoundTrip(IndexResponse.WithSkips(5, null, 6)));
        var json = Domain.Serialization.CrmJson.Serialize(result);
        var forged = System.Text.RegularExpressions.Regex.Replace(json, "\"value\":[0-9.]+", "\"value\":99.5");
        Assert.NotEqual(json, forged);
        JsonAssert.Invalid<IndexResult>(forged);
        JsonAssert.Invalid<WeightedIndex>("""{"name":"x","scaleMin":5,"scaleMax":1,"items":[{"name":"a","weight":1}]}""");
    }

    public sealed record Batches(int Items, IndexResponse[] A, IndexResponse[] B, IndexResponse[] C)
    {
        public WeightedIndex Index => WeightedIndex.Create("Test", 1, 7, Enumerable.Range(0, Items).Select(i => IndexItem.Of($"Q{i}", i + 1)));

        public override string ToString() => $"{Items} items: {A.Length}/{B.Length}/{C.Length} responses";
    }

    public static Arbitrary<Batches> Responses() =>
        (from k in Gen.Choose(1, 5)
         let rating = Gen.Frequency((1, Gen.Constant<int?>(null)), (6, Gen.Choose(1, 7).Select(r => (int?)r)))
         let response = Gen.ArrayOf(rating, k).Select(r => IndexResponse.WithSkips(r))
         from a in ServiceArbitraries.Batch(response)
         from b in ServiceArbitraries.Batch(response)
         from c in ServiceArbitraries.Batch(response)
         select new Batches(k, a, b, c)).ToArbitrary();

    [Property(Arbitrary = [typeof(WeightedIndexAccumulatorTests)], MaxTest = 200)]
    public bool Laws_Hold(Batches batches) =>
        AccumulatorLaws.Hold<WeightedIndexAccumulator, IndexResponse, IndexResult, WeightedIndexAccumulatorState>(
            WeightedIndexAccumulator.For(batches.Index), batches.A, batches.B, batches.C, static (a, e) => a.AddRange(e));

    [Property(Arbitrary = [typeof(WeightedIndexAccumulatorTests)], MaxTest = 200)]
    public bool Value_IsWithinBounds_AndMatchesNaiveFormula(Batches batches)
    {
        var index = batches.Index;
        var all = batches.A.Concat(batches.B).ToArray();
        var result = WeightedIndexAccumulator.For(index).AddRange(all).Result;

        // Naive: per item, the mean of its answers rescaled; then the weighted mean over items with answers.
        double weighted = 0, weights = 0;
        for (var i = 0; i < index.Items.Length; i++)
        {
            var answers = all.Select(r => r.Ratings[i]).Where(r => r.HasValue).Select(r => r!.Value).ToArray();
            if (answers.Length > 0)
            {
                weighted += index.Items[i].Weight * (answers.Average() - 1) / 6 * 100;
                weights += index.Items[i].Weight;
            }
        }

        if (weights == 0)
        {
            return result.Value is null;
        }

        Assert.Equal(weighted / weights, result.Value!.Value, 9);
        Assert.Equal(result, JsonAssert.RoundTrip(result));
        return result.Value is >= 0 and <= 100;
    }
}
