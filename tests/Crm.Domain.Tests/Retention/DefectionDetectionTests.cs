using Crm.Domain.Primitives;
using Crm.Domain.Retention;
using NodaTime;

namespace Crm.Domain.Tests.Retention;

public class DefectionDetectionTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 1, 1, 0, 0);
    private static readonly CustomerId C = CustomerId.Of("c1");
    private static readonly Instant[] Monthly = [T0, T0 + Duration.FromDays(30), T0 + Duration.FromDays(60), T0 + Duration.FromDays(90)];
    private static readonly DefectionPolicy Policy = DefectionPolicy.Create(2.0, Probability.Of(0.3));

    [Fact]
    public void SilentBeyondOwnRhythm_IsAtRisk()
    {
        // Own rhythm: a purchase every 30 days; alarm after 2 × 30 = 60 days of silence.
        var quiet = Policy.Assess(C, Monthly, Monthly[^1] + Duration.FromDays(61));
        Assert.Equal(DefectionSignals.Silent, quiet.Signals);
        Assert.Equal(Duration.FromDays(30), quiet.ExpectedGap);
        Assert.Equal(Duration.FromDays(61), quiet.Silence);
        Assert.False(Policy.Assess(C, Monthly, Monthly[^1] + Duration.FromDays(59)).IsAtRisk);
    }

    [Fact]
    public void OwnRhythm_DiffersPerCustomer()
    {
        var weekly = Enumerable.Range(0, 10).Select(i => T0 + Duration.FromDays(7 * i)).ToArray();
        var asOf = weekly[^1] + Duration.FromDays(20);
        Assert.True(Policy.Assess(C, weekly, asOf).IsAtRisk);                           // 20 > 2 × 7
        Assert.False(Policy.Assess(C, Monthly, Monthly[^1] + Duration.FromDays(20)).IsAtRisk); // 20 < 2 × 30
    }

    [Fact]
    public void LowPAlive_IsAtRisk_EvenWhenRecent()
    {
        var r = Policy.Assess(C, Monthly, Monthly[^1] + Duration.FromDays(1), Probability.Of(0.2));
        Assert.Equal(DefectionSignals.LowPAlive, r.Signals);
    }

    [Fact]
    public void TooFewPurchases_UsesFallbackOrSkipsSilence()
    {
        var two = Monthly.Take(2).ToArray();
        Assert.False(Policy.Assess(C, two, T0 + Duration.FromDays(400)).IsAtRisk);
        var withFallback = DefectionPolicy.Create(1.0, Probability.Of(0.3), fallbackGap: Duration.FromDays(90));
        Assert.True(withFallback.Assess(C, two, T0 + Duration.FromDays(200)).IsAtRisk);
    }

    [Fact]
    public void NegativeMultiplier_ThrowsNamingValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DefectionPolicy.Create(-1.5, Probability.Of(0.3)));
        Assert.Contains("-1.5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecliningAccounts_TheilSenIgnoresAnOutlier()
    {
        // Spend 100, 90, 80, 1000 (one exceptional order), 60, 50: the pairwise slopes are 12 × −10 and three
        // slopes involving the outlier on each side; their median is −10 (computed by hand). Median spend is 85.
        var monitor = DecliningAccountsMonitor.Create(0.1);
        var spend = new[] { 100m, 90m, 80m, 1000m, 60m, 50m }.Select(a => Money.Of(a, "EUR")).ToList();
        var trend = monitor.Assess(C, spend)!;
        Assert.Equal(Money.Of(-10m, "EUR"), trend.SlopePerPeriod);
        Assert.Equal(Money.Of(85m, "EUR"), trend.MedianSpend);
        Assert.Equal(-10d / 85d, trend.RelativeChangePerPeriod!.Value, 12);
        Assert.True(trend.IsDeclining); // −11.8 % a period is beyond −10 %
        Assert.False(DecliningAccountsMonitor.Create(0.15).Assess(C, spend)!.IsDeclining);
    }

    [Fact]
    public void DecliningAccounts_NegativeThreshold_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DecliningAccountsMonitor.Create(-0.05));
        Assert.Contains("-0.05", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecliningAccounts_TooFewPeriods_ReturnsNull() =>
        Assert.Null(DecliningAccountsMonitor.Create(0.1).Assess(C, [Money.Of(1m, "EUR"), Money.Of(2m, "EUR")]));
}
