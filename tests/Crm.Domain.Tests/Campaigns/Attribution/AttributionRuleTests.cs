using Crm.Domain.Campaigns.Attribution;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Campaigns.Attribution;

public class AttributionRuleTests
{
    private static readonly CustomerId Id = CustomerId.Of("C1");
    private static readonly Instant Buy = Instant.FromUtc(2026, 5, 10, 12, 0);
    private static readonly Conversion Sale = new(Id, Buy, Money.Of(100m, "EUR"));

    // A (10 days before), B (4 days before), C (1 day before), and one touch of B outside a 14-day window.
    private static readonly Touch[] Touches =
    [
        new("A", Id, Buy - Duration.FromDays(10), Channel.Email),
        new("B", Id, Buy - Duration.FromDays(4), Channel.Sms),
        new("C", Id, Buy - Duration.FromDays(1), Channel.Web),
        new("B", Id, Buy - Duration.FromDays(20), Channel.Mail),
        new("A", CustomerId.Of("OTHER"), Buy - Duration.FromDays(1), Channel.Email),
    ];

    private static Dictionary<string, double> Shares(AttributionRule rule) =>
        rule.Attribute(Sale, Touches).Shares.ToDictionary(s => s.CampaignId, s => s.Share);

    [Fact]
    public void LastAndFirstTouch_GiveAllCreditToOneCampaign()
    {
        Assert.Equal(new Dictionary<string, double> { ["C"] = 1d }, Shares(AttributionRule.LastTouch(Duration.FromDays(14))));
        Assert.Equal(new Dictionary<string, double> { ["A"] = 1d }, Shares(AttributionRule.FirstTouch(Duration.FromDays(14))));
        // With a 30-day window the old B touch is the first.
        Assert.Equal(1d, Shares(AttributionRule.FirstTouch(Duration.FromDays(30)))["B"]);
    }

    [Fact]
    public void Linear_SplitsEquallyAndSplitsValueExactly()
    {
        var a = AttributionRule.Linear(Duration.FromDays(14)).Attribute(Sale, Touches);
        Assert.Equal(["A", "B", "C"], a.Shares.Select(s => s.CampaignId));
        Assert.All(a.Shares, s => Assert.Equal(1d / 3d, s.Share, 12));
        Assert.Equal(100m, a.Shares.Sum(s => s.Value.Amount));
    }

    [Fact]
    public void TimeDecay_HandComputedWeights()
    {
        // Half-life 3 days, ages measured from the latest touch (C): C 0 d → 1, B 3 d → 0.5, A 9 d → 0.125.
        // Sum 1.625: C = 1/1.625 = 0.615385, B = 0.5/1.625 = 0.307692, A = 0.125/1.625 = 0.076923.
        var s = Shares(AttributionRule.TimeDecay(Duration.FromDays(14), Duration.FromDays(3)));
        Assert.Equal(0.615385, s["C"], 6);
        Assert.Equal(0.307692, s["B"], 6);
        Assert.Equal(0.076923, s["A"], 6);
    }

    [Fact]
    public void NoTouchInWindow_IsUnattributed()
    {
        var report = AttributionRule.LastTouch(Duration.FromHours(1)).AttributeAll([Sale], Touches);
        Assert.False(report.Conversions[0].IsAttributed);
        Assert.Equal(1, report.UnattributedConversions);
        Assert.Equal(Money.Of(100m, "EUR"), report.UnattributedValue);
        Assert.Empty(report.Credits);
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AttributionRule.Linear(Duration.Zero));
        Assert.Equal("halfLife", Assert.Throws<ArgumentOutOfRangeException>(() => AttributionRule.TimeDecay(Duration.FromDays(1), Duration.Zero)).ParamName);
        Assert.Throws<ArgumentException>(() => AttributionRule.Linear(Duration.FromDays(1)).AttributeAll([Sale, new Conversion(Id, Buy, Money.Of(1m, "USD"))], Touches));
    }

    [Fact]
    public void TimeDecay_ManyTouchesOfOneCampaign_ShareStaysWithinOne()
    {
        // Found by the property below (FsCheck, 17,122nd case): three touches of C summed as weight/total fractions
        // gave C a share of 1.0000000000000002. Values are in the conversion's own cents and sum to it exactly.
        var rule = AttributionRule.TimeDecay(Duration.FromDays(365), Duration.FromHours(3));
        var hours = new[] { 33, 1441, 1506, 25, 2353 };
        var campaigns = new[] { "C", "D", "B", "C", "C" };
        var touches = hours.Select((h, i) => new Touch(campaigns[i], Id, Buy - Duration.FromHours(h), Channel.Email));
        var a = rule.Attribute(new Conversion(Id, Buy, Money.Of(97183.47m, "EUR")), touches);

        Assert.All(a.Shares, s => Assert.InRange(s.Share, 0d, 1d));
        Assert.Equal(97183.47m, a.Shares.Sum(s => s.Value.Amount));
        Assert.Equal(97183.47m, a.Shares.Single(s => s.CampaignId == "C").Value.Amount);
    }

    [Fact]
    public void Linear_ThreeWays_SplitsCentsByLargestRemainder()
    {
        // 100.00 EUR in thirds: 33.34 + 33.33 + 33.33 (the first campaign in id order takes the odd cent), not
        // 33.333333333333333333333333333 three times.
        var touches = new[] { "A", "B", "C" }.Select((c, i) => new Touch(c, Id, Buy - Duration.FromHours(i + 1), Channel.Email));
        var a = AttributionRule.Linear(Duration.FromDays(30)).Attribute(new Conversion(Id, Buy, Money.Of(100.00m, "EUR")), touches);

        Assert.Equal([33.34m, 33.33m, 33.33m], a.Shares.Select(s => s.Value.Amount).ToArray());
    }

    [Property(MaxTest = 500)]
    public Property SharesOfOneConversion_SumToOne_ValuesSumToValue() =>
        Prop.ForAll(
            (from model in Gen.Choose(0, 3)
             from hours in Gen.ArrayOf(Gen.OneOf(Gen.Choose(0, 48), Gen.Choose(0, 24 * 400)))
             from campaigns in Gen.ArrayOf(Gen.Elements("A", "B", "C", "D"))
             from halfLifeHours in Gen.OneOf(Gen.Choose(1, 3), Gen.Choose(1, 5000))
             from cents in Gen.Choose(0, 10_000_000)
             select (model, hours, campaigns, halfLifeHours, cents)).ToArbitrary(),
            t =>
            {
                var window = Duration.FromDays(365);
                var rule = t.model switch
                {
                    0 => AttributionRule.LastTouch(window),
                    1 => AttributionRule.FirstTouch(window),
                    2 => AttributionRule.Linear(window),
                    _ => AttributionRule.TimeDecay(window, Duration.FromHours(t.halfLifeHours)),
                };
                var n = Math.Min(t.hours.Length, t.campaigns.Length);
                var touches = Enumerable.Range(0, n).Select(i => new Touch(t.campaigns[i], Id, Buy - Duration.FromHours(t.hours[i]), Channel.Email));
                var sale = new Conversion(Id, Buy, Money.Of(t.cents / 100m, "EUR"));
                var a = rule.Attribute(sale, touches);
                return !a.IsAttributed
                    || (Math.Abs(a.Shares.Sum(s => s.Share) - 1d) <= 1e-12
                        && a.Shares.All(s => s.Share is >= 0d and <= 1d)
                        && a.Shares.Sum(s => s.Value.Amount) == sale.Value.Amount
                        && a.Shares.All(s => s.Value.Amount >= 0m && decimal.Round(s.Value.Amount, 2) == s.Value.Amount));
            });
}
