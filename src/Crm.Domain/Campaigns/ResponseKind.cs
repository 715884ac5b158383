namespace Crm.Domain.Campaigns;

/// <summary>The steps of a member's response to a campaign, from sending to conversion.</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused.</remarks>
public enum ResponseKind
{
    /// <summary>Not recorded; refused.</summary>
    Unknown = 0,

    /// <summary>The message was sent.</summary>
    Sent,

    /// <summary>The message was delivered (not bounced).</summary>
    Delivered,

    /// <summary>The member opened or viewed it.</summary>
    Opened,

    /// <summary>The member responded, with a <see cref="ResponseCode"/>.</summary>
    Responded,

    /// <summary>The member bought (or did what the campaign asked), with a value.</summary>
    Converted,
}
