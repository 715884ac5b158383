namespace Crm.Domain.Customers;

/// <summary>
/// A channel through which the company and a customer reach each other. Shared by consent, contact policies,
/// interactions, service cases, campaigns and sales activities. The touchpoint class of each channel (face-to-face,
/// database-driven, mass media) is a separate concept of the Customers room.
/// </summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which no rule treats as a real channel.</remarks>
public enum Channel
{
    /// <summary>Not recorded; refused wherever a channel is required.</summary>
    Unknown = 0,

    /// <summary>E-mail.</summary>
    Email,

    /// <summary>Voice telephone (inbound or outbound calls).</summary>
    Phone,

    /// <summary>SMS / text message.</summary>
    Sms,

    /// <summary>Postal mail.</summary>
    Mail,

    /// <summary>Fax.</summary>
    Fax,

    /// <summary>The company's web site or self-service portal.</summary>
    Web,

    /// <summary>Mobile app, including push notifications.</summary>
    MobileApp,

    /// <summary>Live chat or messaging.</summary>
    Chat,

    /// <summary>Social media.</summary>
    SocialMedia,

    /// <summary>In person: a store, a branch, a visit, an event.</summary>
    InPerson,
}
