namespace Crm.Domain.Customers;

/// <summary>The usual touchpoint class of each channel (CRM-CONCEPTS.md §2).</summary>
public static class Touchpoints
{
    /// <summary>
    /// In person is face-to-face; e-mail, phone, SMS, mail, fax, mobile app and chat are database-driven (addressed to
    /// a known customer from the database); web and social media are mass media.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is <see cref="Channel.Unknown"/> or undefined.</exception>
    public static TouchpointClass ClassOf(Channel channel) => channel switch
    {
        Channel.InPerson => TouchpointClass.FaceToFace,
        Channel.Email or Channel.Phone or Channel.Sms or Channel.Mail or Channel.Fax or Channel.MobileApp or Channel.Chat => TouchpointClass.DatabaseDriven,
        Channel.Web or Channel.SocialMedia => TouchpointClass.MassMedia,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, $"{nameof(channel)} must be a known channel; it was {channel}."),
    };

    /// <summary>
    /// The class of a <see cref="Touchpoint"/> (CRM-CONCEPTS.md §2): sales, service, channel partners, events, stores
    /// and promotions are face-to-face; telephone, e-mail, mail, SMS, fax, loyalty cards, ATMs, kiosks and web
    /// self-service are database-driven (the customer is known from the database); advertising, PR and public web
    /// sites are mass media.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="touchpoint"/> is <see cref="Touchpoint.Unknown"/> or undefined.</exception>
    public static TouchpointClass ClassFor(Touchpoint touchpoint) => touchpoint switch
    {
        >= Touchpoint.Sales and <= Touchpoint.Promotion => TouchpointClass.FaceToFace,
        >= Touchpoint.Telephone and <= Touchpoint.WebSelfService => TouchpointClass.DatabaseDriven,
        >= Touchpoint.Advertising and <= Touchpoint.WebSite => TouchpointClass.MassMedia,
        _ => throw new ArgumentOutOfRangeException(nameof(touchpoint), touchpoint, $"{nameof(touchpoint)} must be a known touchpoint; it was {touchpoint}."),
    };

    /// <summary>
    /// The organisational player (CRM-CONCEPTS.md §2) who works a <see cref="Touchpoint"/>: channel partners are
    /// external collaborators; advertising and PR are run by internal functions (marketing communications); every other
    /// touchpoint, web self-service included (seed 001), is a customer-facing operation.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="touchpoint"/> is <see cref="Touchpoint.Unknown"/> or undefined.</exception>
    public static OrganisationalPlayer PlayerFor(Touchpoint touchpoint)
    {
        _ = ClassFor(touchpoint); // refuses Unknown and undefined values with the same message
        return touchpoint switch
        {
            Touchpoint.ChannelPartner => OrganisationalPlayer.ExternalCollaborator,
            Touchpoint.Advertising or Touchpoint.PublicRelations => OrganisationalPlayer.InternalFunction,
            _ => OrganisationalPlayer.CustomerFacing,
        };
    }
}
