using Crm.Domain.Competencies;
using NodaTime;

namespace Crm.Domain.Tests.Competencies;

public class HistoryTests
{
    private static Assessment At(LocalDate day, int a1, int? b1 = null)
    {
        var ratings = new List<CriterionRating> { new("a1", MaturityLevel.Of(a1), "alice", day) };
        if (b1 is { } b)
        {
            ratings.Add(new CriterionRating("b1", MaturityLevel.Of(b), "alice", day));
        }

        return new Assessment(TinyFramework.Create(), "Acme", day, ratings);
    }

    [Fact]
    public void Trend_TwoPoints_SlopeIsRisePerYear()
    {
        // 2024-01-01 -> 2025-01-01 is 366 days; block A goes 0 -> 50 (a1 1 -> 3).
        var history = new AssessmentHistory([At(new LocalDate(2025, 1, 1), 3), At(new LocalDate(2024, 1, 1), 1)]);
        var trend = history.Trend("A");
        Assert.Equal([new LocalDate(2024, 1, 1), new LocalDate(2025, 1, 1)], trend.Points.Select(p => p.Date));
        Assert.Equal(50d / (366 / 365.25), trend.ChangePerYear!.Value, 10);
        Assert.Equal(50d, trend.Change);
        Assert.Null(history.Trend("B").ChangePerYear);
    }

    [Fact]
    public void Trend_ThreeEvenlySpacedPoints_LeastSquares()
    {
        // Dates 0, 365, 730 days apart: x = 0, 365/365.25, 730/365.25; y = 0, 75, 50.
        // Least squares slope = Σ(x-mx)(y-my)/Σ(x-mx)² = (d*(-1)*(-125/3) + d*(1)*(25/3)) / (2 d²) with d = 365/365.25,
        // = (50/d) / 2 = 25/d.
        var d0 = new LocalDate(2021, 1, 1);
        var history = new AssessmentHistory([At(d0, 1), At(d0.PlusDays(365), 4), At(d0.PlusDays(730), 3)]);
        Assert.Equal(25d / (365 / 365.25), history.Trend("A").ChangePerYear!.Value, 9);
        Assert.Equal(3, history.OverallTrend.Points.Length);
    }

    [Fact]
    public void Compare_SaysWhatImprovedAndWhatFellBack()
    {
        var before = new Assessment(TinyFramework.Create(), "Acme", new LocalDate(2025, 1, 1),
            [TinyFramework.R("a1", 2), TinyFramework.R("a2", 4)]);
        var after = new Assessment(TinyFramework.Create(), "Acme", new LocalDate(2026, 1, 1),
            [TinyFramework.R("a1", 4), TinyFramework.R("a2", 3), TinyFramework.R("b1", 2)]);
        var comparison = AssessmentComparison.Of(after, before);

        Assert.Equal(new LocalDate(2025, 1, 1), comparison.Before.AssessedOn);
        Assert.Equal(["a1"], comparison.Improved.Select(c => c.Id));
        Assert.Equal(50d, comparison.Improved[0].Delta);
        Assert.Equal(["a2"], comparison.FellBack.Select(c => c.Id));
        Assert.Equal(-25d, comparison.FellBack[0].Delta);
        Assert.Equal(ChangeDirection.NewlyRated, comparison.Criteria.Single(c => c.Id == "b1").Direction);
        // Block A before (1*25 + 3*75)/4 = 62.5, after (1*75 + 3*50)/4 = 56.25.
        Assert.Equal(ChangeDirection.FellBack, comparison.Blocks[0].Direction);
        Assert.Equal(-6.25, comparison.Blocks[0].Delta!.Value, 12);
        Assert.Equal(ChangeDirection.NewlyRated, comparison.Blocks[1].Direction);
    }

    [Fact]
    public void History_Validates()
    {
        var day = new LocalDate(2025, 1, 1);
        Assert.Throws<ArgumentException>(() => new AssessmentHistory([]));
        var sameDay = Assert.Throws<ArgumentException>(() => new AssessmentHistory([At(day, 1), At(day, 2)]));
        Assert.Contains("2025-01-01", sameDay.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new AssessmentHistory([At(day, 1), new Assessment(TinyFramework.Create(), "Other", day.PlusDays(1), [])]));
        var history = new AssessmentHistory([At(day, 1)]);
        Assert.Null(history.CompareLatest());
        var longer = history.Add(At(day.PlusDays(10), 5));
        Assert.Equal(ChangeDirection.Improved, longer.CompareLatest()!.Overall.Direction);
        Assert.Single(history.Assessments);
    }
}
