using Crm.Domain.Campaigns;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;
using static Crm.Domain.Tests.Campaigns.CampaignFixtures;

namespace Crm.Domain.Tests.Campaigns;

public class CampaignTests
{
    private static Campaign Draft() =>
        Campaign.Create("CMP-1", "Spring", Eur, T0).WithOffer(Offer(), T0).WithAudience(Audience().Select(Base(50, 1), T0), T0);

    [Fact]
    public void Lifecycle_DraftToAnalysed_KeepsHistoryAndLeavesOriginalsUnchanged()
    {
        var draft = Draft();
        var scheduled = draft.Schedule(T0 + Duration.FromDays(2), T0 + Duration.FromHours(1));
        var running = scheduled.Start(T0 + Duration.FromDays(2));
        var completed = running.Complete(T0 + Duration.FromDays(9));
        var analysed = completed.MarkAnalysed(T0 + Duration.FromDays(30));

        Assert.Equal(CampaignState.Draft, draft.State);
        Assert.Equal([typeof(CampaignCreated), typeof(CampaignOfferAdded), typeof(CampaignAudienceSet)], draft.History.Select(e => e.GetType()));
        Assert.Equal(3, draft.Version);
        Assert.Equal(CampaignState.Analysed, analysed.State);
        Assert.Equal(
            [typeof(CampaignScheduled), typeof(CampaignStarted), typeof(CampaignCompleted), typeof(CampaignAnalysed)],
            analysed.EventsSince(draft.Version).Select(e => e.GetType()));
        Assert.Equal(new CampaignCompleted(T0 + Duration.FromDays(9)), Assert.Single(completed.EventsSince(running.Version)));
        Assert.Equal(new CampaignScheduled(T0 + Duration.FromHours(1), T0 + Duration.FromDays(2)), scheduled.History[^1]);
        Assert.Equal(T0 + Duration.FromDays(2), analysed.StartedAt);
    }

    [Fact]
    public void WithOffer_AfterStart_ThrowsNamingStateAndLeavesCampaignUnchanged()
    {
        var running = Running();
        var ex = Assert.Throws<IllegalTransitionException>(() => running.WithOffer(Offer("OTHER"), running.StartedAt!.Value));
        Assert.Equal("Running", ex.From);
        Assert.Contains("Running", ex.Message, StringComparison.Ordinal);
        Assert.Contains("after it started", ex.Message, StringComparison.Ordinal);
        Assert.Single(running.Offers);
        Assert.Throws<IllegalTransitionException>(() => running.WithCosts(Money.Of(1m, Eur), Money.Of(1m, Eur), running.StartedAt!.Value));
        Assert.Throws<IllegalTransitionException>(() => running.WithAudience(running.Audience!, running.StartedAt!.Value));
    }

    [Fact]
    public void WithOffer_OtherCurrency_ThrowsNamingBothCurrencies()
    {
        var draft = Campaign.Create("CMP-1", "Spring", Eur, T0);
        var ex = Assert.Throws<ArgumentException>(() => draft.WithOffer(Offer(currency: "USD"), T0));
        Assert.Equal("offer", ex.ParamName);
        Assert.Contains("EUR", ex.Message, StringComparison.Ordinal);
        Assert.Contains("USD", ex.Message, StringComparison.Ordinal);
        Assert.Empty(draft.Offers);
    }

    [Fact]
    public void Schedule_WithoutOfferOrAudience_Throws()
    {
        var empty = Campaign.Create("CMP-1", "Spring", Eur, T0);
        Assert.Throws<IllegalTransitionException>(() => empty.Schedule(T0, T0));
        Assert.Throws<IllegalTransitionException>(() => empty.WithOffer(Offer(), T0).Schedule(T0, T0));
    }

    [Fact]
    public void Start_FromDraft_ThrowsNamingBothStates()
    {
        var ex = Assert.Throws<IllegalTransitionException>(() => Draft().Start(T0));
        Assert.Equal("Draft", ex.From);
        Assert.Equal("Running", ex.To);
    }

    [Fact]
    public void Transition_BackInTime_Throws()
    {
        var scheduled = Draft().Schedule(T0 + Duration.FromDays(1), T0 + Duration.FromHours(5));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => scheduled.Start(T0 + Duration.FromHours(1)));
        Assert.Equal("at", ex.ParamName);
    }

    [Fact]
    public void Record_NonMember_ThrowsNamingCustomerAndRecordsNothing()
    {
        var running = Running();
        var stranger = CustomerId.Of("STRANGER");
        var member = running.Audience!.Treated[0].Id;
        var at = running.StartedAt!.Value + Duration.FromHours(1);
        var ex = Assert.Throws<ArgumentException>(() => running.RecordRange(
            [CampaignResponse.Sent(member, at, Channel.Email), CampaignResponse.Opened(stranger, at, Channel.Email)]));
        Assert.Contains("STRANGER", ex.Message, StringComparison.Ordinal);
        Assert.Empty(running.Responses);
    }

    [Fact]
    public void Record_ControlMemberOpened_Throws_ButConversionIsObserved()
    {
        var running = Running();
        var control = running.Audience!.Control[0].Id;
        var at = running.StartedAt!.Value + Duration.FromHours(1);
        Assert.Throws<ArgumentException>(() => running.Record(CampaignResponse.Opened(control, at, Channel.Email)));
        var after = running.Record(CampaignResponse.Converted(control, Money.Of(20m, Eur), at, Channel.Web));
        Assert.Single(after.Responses);
    }

    [Fact]
    public void Record_ValueInOtherCurrency_OrBeforeStart_OrWhenDraft_Throws()
    {
        var running = Running();
        var member = running.Audience!.Treated[0].Id;
        var at = running.StartedAt!.Value;
        Assert.Throws<ArgumentException>(() => running.Record(CampaignResponse.Converted(member, Money.Of(20m, "USD"), at, Channel.Web)));
        Assert.Throws<ArgumentOutOfRangeException>(() => running.Record(CampaignResponse.Sent(member, at - Duration.FromHours(1), Channel.Email)));
        Assert.Throws<IllegalTransitionException>(() => Draft().Record(CampaignResponse.Sent(member, at, Channel.Email)));
        Assert.Throws<ArgumentException>(() => running.Record(default));
    }

    [Fact]
    public void TotalCost_IsFixedPlusPerContactTimesTreated()
    {
        var running = Running(200, 0.2);
        Assert.Equal(160, running.Audience!.Treated.Length);
        Assert.Equal(Money.Of(100m + (0.5m * 160), Eur), running.TotalCost);
    }

    [Fact]
    public void Offer_Validation()
    {
        var validity = new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));
        Assert.Throws<ArgumentException>(() => new CampaignOffer("X", "d", Money.Of(5m, "EUR"), validity, Money.Of(6m, "USD")));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CampaignOffer("X", "d", Money.Of(-5m, "EUR"), validity));
        var offer = Offer();
        Assert.True(offer.IsValidOn(new LocalDate(2026, 3, 31)));
        Assert.False(offer.IsValidOn(new LocalDate(2026, 4, 1)));
        Assert.Equal(Money.Of(5m, "EUR"), offer.Discount);
    }

    [Fact]
    public void Response_CodeAndValueMustFitKind()
    {
        var id = CustomerId.Of("C1");
        Assert.Throws<ArgumentException>(() => new CampaignResponse(id, ResponseKind.Responded, T0, Channel.Email));
        Assert.Throws<ArgumentException>(() => new CampaignResponse(id, ResponseKind.Opened, T0, Channel.Email, ResponseCode.Interested));
        Assert.Throws<ArgumentException>(() => new CampaignResponse(id, ResponseKind.Converted, T0, Channel.Email));
        Assert.Throws<ArgumentOutOfRangeException>(() => CampaignResponse.Sent(id, T0, Channel.Unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => CampaignResponse.Converted(id, Money.Of(-1m, "EUR"), T0, Channel.Web));
    }
}
