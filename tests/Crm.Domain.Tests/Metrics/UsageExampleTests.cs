using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Serialization;

namespace Crm.Domain.Tests.Metrics;

/// <summary>The usage snippet proposed for the README, kept compiling and true.</summary>
public class UsageExampleTests
{
    [Fact]
    public void ReadmeSnippet_Works()
    {
        NpsRating[] survey = [NpsRating.Of(10), NpsRating.Of(9), NpsRating.Of(7), NpsRating.Of(3)];
        var january = NpsAccumulator.Empty.AddRange(survey);            // vectorised, no allocation
        var stored = CrmJson.Serialize(january);                        // {"distribution":[0,0,0,1,...]}
        var year = CrmJson.Deserialize<NpsAccumulator>(stored) + NpsAccumulator.Empty.Add(NpsRating.Of(9));
        var retention = RetentionAccumulator.Empty.Add(RetentionPeriodCounts.Of(start: 200, end: 190, acquired: 30));

        // By hand: 3 promoters, 1 passive, 1 detractor of 5 = 60 % − 20 % = 40; retention (190 − 30) / 200 = 80 %.
        Assert.Equal("NPS 40 (3 promoters, 1 passive, 1 detractor of 5)", year.Result.ToString());
        Assert.Equal("160/200 (80 %)", retention.Result.RetentionRate.ToString());
    }
}
