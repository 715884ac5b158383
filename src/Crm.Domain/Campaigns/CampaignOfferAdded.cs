using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>An offer was added to a draft or scheduled campaign (<see cref="Campaign.WithOffer"/>).</summary>
/// <param name="At">When the offer was added.</param>
/// <param name="Offer">The offer, in the campaign's currency, with a code not used before in the campaign.</param>
public sealed record CampaignOfferAdded(Instant At, CampaignOffer Offer) : CampaignEvent(At);
