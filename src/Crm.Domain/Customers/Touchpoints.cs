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
}
