using Crm.Domain.CustomerValue.Rfm;
using Crm.Domain.Specifications;

namespace Crm.Domain.Tests.CustomerValue.Rfm;

public class RfmSegmentationTests
{
    [Theory]
    [InlineData(5, 5, RfmSegmentNames.Champions)]
    [InlineData(5, 4, RfmSegmentNames.Champions)]
    [InlineData(4, 5, RfmSegmentNames.Loyal)]
    [InlineData(3, 4, RfmSegmentNames.Loyal)]
    [InlineData(5, 2, RfmSegmentNames.PotentialLoyalist)]
    [InlineData(4, 3, RfmSegmentNames.PotentialLoyalist)]
    [InlineData(5, 1, RfmSegmentNames.New)]
    [InlineData(4, 1, RfmSegmentNames.Promising)]
    [InlineData(3, 3, RfmSegmentNames.NeedAttention)]
    [InlineData(3, 2, RfmSegmentNames.AboutToSleep)]
    [InlineData(2, 5, RfmSegmentNames.CannotLose)]
    [InlineData(1, 3, RfmSegmentNames.AtRisk)]
    [InlineData(1, 1, RfmSegmentNames.Lost)]
    [InlineData(2, 1, RfmSegmentNames.Hibernating)]
    [InlineData(1, 2, RfmSegmentNames.Hibernating)]
    public void Standard_ClassifiesTheGrid(int r, int f, string expected)
    {
        Assert.Equal(expected, RfmSegmentation.Standard().Classify(RfmScore.Create(r, f, 3)).Name);
    }

    [Fact]
    public void Standard_CoversEveryCellWithoutTheFallback()
    {
        var segmentation = RfmSegmentation.Standard();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 1; r <= 5; r++)
        {
            for (var f = 1; f <= 5; f++)
            {
                var name = segmentation.Classify(RfmScore.Create(r, f, 1)).Name;
                Assert.NotEqual(RfmSegmentNames.Other, name);
                used.Add(name);
            }
        }

        Assert.Equal(11, used.Count);
        Assert.Equal(12, segmentation.Segments.Length);
    }

    [Fact]
    public void Standard_TenBins_MapsOntoQuintiles()
    {
        var segmentation = RfmSegmentation.Standard();

        Assert.Equal(RfmSegmentNames.Champions, segmentation.Classify(RfmScore.Create(10, 9, 1, 10)).Name);
        Assert.Equal(RfmSegmentNames.Lost, segmentation.Classify(RfmScore.Create(2, 1, 1, 10)).Name);
    }

    [Fact]
    public void Create_CustomSegments_FirstMatchWinsThenFallback()
    {
        var big = RfmSegment.Create("big spenders", Spec.Where<RfmScore>("M 5", s => s.Monetary == 5));
        var recent = RfmSegment.Create("recent", Spec.Where<RfmScore>("R >= 4", s => s.Recency >= 4));
        var segmentation = RfmSegmentation.Create([big, recent], "rest");

        Assert.Equal("big spenders", segmentation.Classify(RfmScore.Create(5, 1, 5)).Name);
        Assert.Equal("recent", segmentation.Classify(RfmScore.Create(5, 1, 4)).Name);
        Assert.Equal("rest", segmentation.Classify(RfmScore.Create(1, 1, 1)).Name);
        Assert.Equal(2, segmentation.IndexOf(RfmScore.Create(1, 1, 1)));
        Assert.False(segmentation.Segments[1].Criteria.Evaluate(RfmScore.Create(3, 1, 1)).IsSatisfied);
    }

    [Fact]
    public void Classify_EveryCellOfEveryBinCount_EqualsFirstSatisfiedCriteria()
    {
        var custom = RfmSegmentation.Create(
        [
            RfmSegment.Create("top", Spec.Where<RfmScore>("total >= 2b", s => s.Total >= 2 * s.Bins)),
            RfmSegment.Create("big", Spec.Where<RfmScore>("M = b", s => s.Monetary == s.Bins)),
        ]);
        foreach (var segmentation in new[] { RfmSegmentation.Standard(), custom })
        {
            for (var bins = 2; bins <= 10; bins++)
            {
                for (var r = 1; r <= bins; r++)
                {
                    for (var f = 1; f <= bins; f++)
                    {
                        for (var m = 1; m <= bins; m++)
                        {
                            var score = RfmScore.Create(r, f, m, bins);
                            var expected = segmentation.Segments.First(s => s.Criteria.IsSatisfiedBy(score));
                            Assert.Same(expected, segmentation.Classify(score));
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void Create_BadInput_Throws()
    {
        var a = RfmSegment.Create("a", Spec.All<RfmScore>());
        Assert.Throws<ArgumentException>(() => RfmSegmentation.Create([a, a]));
        Assert.Throws<ArgumentException>(() => RfmSegmentation.Create([a], " "));
        Assert.Throws<ArgumentException>(() => RfmSegment.Create("", Spec.All<RfmScore>()));
        Assert.Throws<ArgumentException>(() => RfmSegmentation.Standard().Classify(default));
        Assert.Throws<ArgumentException>(() => RfmSegmentation.Standard().ClassifyBatch(new RfmScore[1], new int[2]));
    }
}
