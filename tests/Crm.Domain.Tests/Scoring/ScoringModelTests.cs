using Crm.Domain.Scoring;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Scoring;

public class ScoringModelTests
{
    private sealed record Lead(int Employees, int Visits);

    private static readonly ScoringModel<Lead> Model = ScoringModel<Lead>.Create(
    [
        (ScoringRule<Lead>.When("large company", l => l.Employees >= 500, 20), 1d),
        (ScoringRule<Lead>.Create("visits", l => l.Visits), 2d),
    ], minimum: 0, maximum: 100);

    [Fact]
    public void Evaluate_ReportsEachContribution()
    {
        var b = Model.Evaluate(new Lead(800, 7));
        Assert.Equal(34d, b.Total.Value);
        Assert.Equal(new ScoreContribution("large company", 1, 20, 20), b.Contributions[0]);
        Assert.Equal(new ScoreContribution("visits", 2, 7, 14), b.Contributions[1]);
        Assert.Equal("34 = large company 20 + visits 14", b.ToString());
        Assert.Equal("large company", b.TopFactors(1).Single().Rule);
    }

    [Fact]
    public void ScoreOf_ClampsToRange() => Assert.Equal(100d, Model.ScoreOf(new Lead(1, 90)).Value);

    [Property]
    public bool Batch_EqualsSingle(int[] visits)
    {
        var leads = visits.Select(v => new Lead(v, v % 50)).ToArray();
        var scores = new double[leads.Length];
        Model.ScoreBatch(leads, scores);
        return leads.Select((l, i) => Model.ScoreOf(l).Value == scores[i]).All(x => x);
    }

    [Fact]
    public void Create_DuplicateNames_Throws() =>
        Assert.Throws<ArgumentException>(() => ScoringModel<Lead>.Of(ScoringRule<Lead>.Create("a", _ => 1), ScoringRule<Lead>.Create("a", _ => 2)));

    [Fact]
    public void Rule_ReturningNaN_ThrowsNamingIt()
    {
        var model = ScoringModel<Lead>.Of(ScoringRule<Lead>.Create("broken", _ => double.NaN));
        var ex = Assert.Throws<InvalidOperationException>(() => model.ScoreOf(new Lead(1, 1)));
        Assert.Contains("broken", ex.Message, StringComparison.Ordinal);
    }
}
