using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;

namespace Crm.Domain.Tests.Metrics;

/// <summary>The vectorised batches against per-item adding at the lengths where the kernels change path: the scalar
/// tail (0, 1, 31, 33), whole vectors (32, 64), a 255-vector chunk boundary (8160 = 255 × 32) and beyond, with all-equal
/// values so one byte lane counts its maximum before a flush.</summary>
public class BatchEdgeTests
{
    public static TheoryData<int> Lengths => [0, 1, 31, 32, 33, 64, 1000, 8159, 8160, 8161, 16_320, 20_001];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Nps_BatchEqualsPerItem(int length)
    {
        var random = new Random(length);
        foreach (var ratings in new[]
                 {
                     Enumerable.Range(0, length).Select(_ => NpsRating.Of(random.Next(0, 11))).ToArray(),
                     Enumerable.Repeat(NpsRating.Of(10), length).ToArray(),
                     Enumerable.Repeat(NpsRating.Of(0), length).ToArray(),
                 })
        {
            var perItem = ratings.Aggregate(NpsAccumulator.Empty, (acc, r) => acc.Add(r));
            Assert.Equal(perItem, NpsAccumulator.Empty.AddRange(ratings));
            Assert.Equal(length, perItem.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Csat_BatchEqualsPerItem(int length)
    {
        var random = new Random(length);
        var ratings = Enumerable.Range(0, length).Select(_ => CsatRating.Of(random.Next(1, 6))).ToArray();
        Assert.Equal(ratings.Aggregate(CsatAccumulator.Empty, (acc, r) => acc.Add(r)), CsatAccumulator.Empty.AddRange(ratings));
        var fives = Enumerable.Repeat(CsatRating.Of(5), length).ToArray();
        Assert.Equal(length, CsatAccumulator.Empty.AddRange(fives).Result.Satisfied);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Ces_BatchEqualsPerItem(int length)
    {
        var random = new Random(length);
        var scale = CesScale.Of(0, 10, CesDirection.HigherIsEasier);
        var ratings = Enumerable.Range(0, length).Select(_ => CesRating.Of(random.Next(0, 11), scale)).ToArray();
        var empty = CesAccumulator.For(scale);
        Assert.Equal(ratings.Aggregate(empty, (acc, r) => acc.Add(r)), empty.AddRange(ratings));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void BoolsAndCounts_BatchEqualsPerItem(int length)
    {
        var random = new Random(length);
        var flags = Enumerable.Range(0, length).Select(_ => random.Next(2) == 1).ToArray();
        Assert.Equal(flags.Aggregate(FirstContactResolutionAccumulator.Empty, (acc, f) => acc.Add(f)), FirstContactResolutionAccumulator.Empty.AddRange(flags));
        var services = Enumerable.Range(0, length).Select(_ => random.Next(0, 20)).ToArray();
        Assert.Equal(services.Aggregate(ServicesPerCustomerAccumulator.Empty, (acc, s) => acc.Add(s)), ServicesPerCustomerAccumulator.Empty.AddRange(services));
    }
}
