using Crm.Domain.Campaigns.Attribution;
using Crm.Domain.Primitives;
using Crm.Domain.Retention;
using Crm.Domain.Scoring;
using Crm.Domain.Service;
using Crm.Domain.Tests.Serialization;
using NodaTime;

namespace Crm.Domain.Tests.Conventions;

/// <summary>
/// Issue 13: a C# <c>with</c> expression sets a result row's members through their (shipped, public) <c>init</c>
/// accessors, not through the constructor. The accessors now run the constructor's guard, naming the member, so
/// <c>with</c> cannot build a row the constructor would refuse; a valid <c>with</c> still works.
/// </summary>
public class ResultRowWithTests
{
    private static T Sample<T>() => (T)JsonSamples.Explicit(typeof(T))!;

    [Fact]
    public void A_with_expression_cannot_put_a_non_finite_number_in_a_row()
    {
        var contribution = new ScoreContribution("visits", 2, 7, 14);
        Assert.Equal("Weight", Assert.Throws<ArgumentOutOfRangeException>(() => contribution with { Weight = double.NaN }).ParamName);
        Assert.Equal("Points", Assert.Throws<ArgumentOutOfRangeException>(() => contribution with { Points = double.PositiveInfinity }).ParamName);
        Assert.Equal("Contribution", Assert.Throws<ArgumentOutOfRangeException>(() => contribution with { Contribution = double.NegativeInfinity }).ParamName);
        Assert.Equal(3d, (contribution with { Weight = 3 }).Weight);

        var trend = new AccountTrend(CustomerId.Of("C-42"), 6, Money.Of(-12.5m, "EUR"), Money.Of(80m, "EUR"), -0.05, true);
        Assert.Equal("RelativeChangePerPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => trend with { RelativeChangePerPeriod = double.NaN }).ParamName);
        Assert.Null((trend with { RelativeChangePerPeriod = null }).RelativeChangePerPeriod);
    }

    [Fact]
    public void A_with_expression_cannot_put_a_negative_count_or_duration_in_a_row()
    {
        var timer = Sample<SlaTimer>();
        Assert.Equal("Elapsed", Assert.ThrowsAny<ArgumentException>(() => timer with { Elapsed = Duration.FromSeconds(-1) }).ParamName);
        Assert.Equal("Target", Assert.ThrowsAny<ArgumentException>(() => timer with { Target = Duration.FromSeconds(-1) }).ParamName);
        Assert.Equal(Duration.FromHours(1), (timer with { Elapsed = Duration.FromHours(1) }).Elapsed);

        var credit = Sample<CampaignCredit>();
        Assert.Equal("Conversions", Assert.ThrowsAny<ArgumentException>(() => credit with { Conversions = -1 }).ParamName);
    }

    [Fact]
    public void A_with_expression_cannot_put_a_default_array_in_a_row()
    {
        var conversion = Sample<AttributedConversion>();
        Assert.Equal("Shares", Assert.ThrowsAny<ArgumentException>(() => conversion with { Shares = default }).ParamName);
        Assert.Equal(conversion, conversion with { Shares = conversion.Shares });
    }
}
