using Crm.Domain.Metrics.Scorecards;
using Crm.Domain.Metrics.Service;
using NodaTime;

namespace Crm.Domain.Tests.Metrics.Scorecards;

/// <summary>The usage snippet given for the README's capability map, kept compiling and true.</summary>
public class ScorecardUsageExampleTests
{
    [Fact]
    public void ReadmeSnippet_PrintsTheReport()
    {
        var t = Instant.FromUtc(2026, 3, 2, 9, 0);
        ClosedCase[] cases = [ClosedCase.Of(t, t + Duration.FromHours(2)), ClosedCase.Of(t, t + Duration.FromHours(30)), ClosedCase.Of(t, t + Duration.FromHours(3))];

        // --- snippet ---
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var sameDay = SameDayClosureAccumulator.For(london).AddRange(cases); // "same day" in the desk's zone
        var ttr = TimeToResolutionAccumulator.Empty.AddRange(cases);         // mean, median, p90 (1 % sketch)
        var card = Scorecard.Create("Service desk", [
            KpiDefinition.Create("Same-day closure", KpiUnit.Fraction, KpiTarget.AtLeast(0.80, atRiskFrom: 0.60)),
            KpiDefinition.Create("Median time to resolution", KpiUnit.Hours, KpiTarget.AtMost(4, atRiskUpTo: 8))]);
        var report = card.Evaluate(new Dictionary<string, KpiValue>
        {
            ["Same-day closure"] = KpiValue.From(sameDay.Result),             // 2/3: at risk
            ["Median time to resolution"] = KpiValue.Hours(ttr.Result.Median), // 3 h: met
        });
        // --- end ---

        Assert.Equal("Service desk: 1 met, 1 at risk, 0 missed, 0 no data", report.ToString());
    }
}
