namespace Crm.Domain.Campaigns;

/// <summary>What a member said when they responded.</summary>
/// <remarks><c>default</c> is <see cref="None"/>: the response is not a <see cref="ResponseKind.Responded"/>.</remarks>
public enum ResponseCode
{
    /// <summary>No code: the response is not of kind <see cref="ResponseKind.Responded"/>.</summary>
    None = 0,

    /// <summary>Interested: wants to hear more or to buy.</summary>
    Interested,

    /// <summary>Not interested in this offer.</summary>
    NotInterested,

    /// <summary>Asked not to be contacted again: the contact policy must record the opt-out.</summary>
    DoNotContact,
}
