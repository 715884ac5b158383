using Crm.Domain.Customers;

namespace Crm.Domain.Tests.Customers;

/// <summary>The touchpoints completed (issue 16 item 5, CRM-CONCEPTS.md §2): each in its class, and who works it,
/// with seed 001's placing of web self-service among the customer-facing operations.</summary>
public class TouchpointTests
{
    [Fact] // §2: face-to-face: sales, service, channel, events, stores, promotions.
    public void FaceToFace_AreTheSourcesSix() => Assert.Equal(
        [Touchpoint.Sales, Touchpoint.Service, Touchpoint.ChannelPartner, Touchpoint.Event, Touchpoint.Store, Touchpoint.Promotion],
        Of(TouchpointClass.FaceToFace));

    [Fact] // §2: database-driven: telephone, e-mail, mail, SMS, fax, loyalty cards, ATMs; plus kiosks and web self-service.
    public void DatabaseDriven_IncludeLoyaltyCardsKiosksAndSelfService() => Assert.Equal(
        [Touchpoint.Telephone, Touchpoint.Email, Touchpoint.Mail, Touchpoint.Sms, Touchpoint.Fax, Touchpoint.LoyaltyCard, Touchpoint.Atm,
            Touchpoint.Kiosk, Touchpoint.WebSelfService],
        Of(TouchpointClass.DatabaseDriven));

    [Fact] // §2: mass media: advertising, PR, web sites.
    public void MassMedia_AreAdvertisingPrAndWebSites() =>
        Assert.Equal([Touchpoint.Advertising, Touchpoint.PublicRelations, Touchpoint.WebSite], Of(TouchpointClass.MassMedia));

    [Fact] // Seed 001: web self-service is a customer-facing operation.
    public void WebSelfService_IsCustomerFacing() =>
        Assert.Equal(OrganisationalPlayer.CustomerFacing, Touchpoints.PlayerFor(Touchpoint.WebSelfService));

    [Theory]
    [InlineData(Touchpoint.ChannelPartner, OrganisationalPlayer.ExternalCollaborator)]
    [InlineData(Touchpoint.Advertising, OrganisationalPlayer.InternalFunction)]
    [InlineData(Touchpoint.PublicRelations, OrganisationalPlayer.InternalFunction)]
    [InlineData(Touchpoint.Store, OrganisationalPlayer.CustomerFacing)]
    [InlineData(Touchpoint.Kiosk, OrganisationalPlayer.CustomerFacing)]
    [InlineData(Touchpoint.LoyaltyCard, OrganisationalPlayer.CustomerFacing)]
    [InlineData(Touchpoint.WebSite, OrganisationalPlayer.CustomerFacing)]
    public void PlayerFor_NamesWhoWorksIt(Touchpoint touchpoint, OrganisationalPlayer player) =>
        Assert.Equal(player, Touchpoints.PlayerFor(touchpoint));

    [Fact]
    public void UnknownTouchpoints_AreRefused()
    {
        Assert.Equal("touchpoint", Assert.Throws<ArgumentOutOfRangeException>(() => Touchpoints.ClassFor(Touchpoint.Unknown)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Touchpoints.ClassFor((Touchpoint)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => Touchpoints.PlayerFor((Touchpoint)99));
    }

    private static Touchpoint[] Of(TouchpointClass c) =>
        Enum.GetValues<Touchpoint>().Where(t => t != Touchpoint.Unknown && Touchpoints.ClassFor(t) == c).ToArray();
}
