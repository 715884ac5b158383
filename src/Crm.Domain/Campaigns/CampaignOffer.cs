using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>
/// A campaign offer (a promotion): what a campaign offers its audience, a special price (and, optionally, the regular
/// price it undercuts) or special terms, valid over a range of business dates.
/// </summary>
/// <remarks>
/// <para>An offer belongs to a campaign only in the campaign's currency (<see cref="Campaign.WithOffer"/> refuses
/// another). <see cref="Validity"/> is a <see cref="DateInterval"/>, both ends included.</para>
/// <para>Not to be confused with <c>Idic.Customize.Offer</c>, the offer or action a next-best-action engine may
/// recommend to one customer (eligibility and expected value, no price).</para>
/// <para>Immutable and thread-safe. Equality is reference equality; compare <see cref="Code"/> to identify an
/// offer.</para>
/// </remarks>
public sealed class CampaignOffer
{
    /// <summary>Creates an offer, validating every value.</summary>
    /// <param name="code">The offer code (non-blank), unique within a campaign.</param>
    /// <param name="description">What is offered (non-blank).</param>
    /// <param name="price">The special price (&gt;= 0).</param>
    /// <param name="validity">The business dates on which the offer may be taken up, both ends included.</param>
    /// <param name="regularPrice">The regular price, in the same currency as <paramref name="price"/>; null if none.</param>
    /// <param name="terms">Special terms (payment, delivery, contract length); null if none.</param>
    /// <exception cref="ArgumentException">A text is blank, a price negative or of default currency, the two prices
    /// differ in currency, or <paramref name="validity"/> is null.</exception>
    [JsonConstructor]
    public CampaignOffer(string code, string description, Money price, DateInterval validity, Money? regularPrice = null, string? terms = null)
    {
        Code = Guard.Against.NullOrWhiteSpace(code);
        Description = Guard.Against.NullOrWhiteSpace(description);
        Guard.Against.NegativeAmount(price);

        if (regularPrice is { } regular && regular.Currency != price.Currency)
        {
            throw new ArgumentException($"regularPrice must be in the currency of price ({price.Currency}); it was {regular}.", nameof(regularPrice));
        }

        Price = price;
        Validity = Guard.Against.Null(validity);
        RegularPrice = regularPrice;
        Terms = terms is null ? null : Guard.Against.NullOrWhiteSpace(terms);
    }

    /// <summary>The offer code.</summary>
    public string Code { get; }

    /// <summary>What is offered.</summary>
    [NotPersonal("an offer's text, the same for every recipient")]
    public string Description { get; }

    /// <summary>The special price.</summary>
    public Money Price { get; }

    /// <summary>The business dates on which the offer may be taken up, both ends included.</summary>
    public DateInterval Validity { get; }

    /// <summary>The regular price, if the offer is a discount on one.</summary>
    public Money? RegularPrice { get; }

    /// <summary>Special terms, if any.</summary>
    [NotPersonal("an offer's terms, the same for every recipient")]
    public string? Terms { get; }

    /// <summary>The currency of the offer.</summary>
    [JsonIgnore]
    public Currency Currency => Price.Currency;

    /// <summary>Regular price minus special price, or null when there is no regular price.</summary>
    [JsonIgnore]
    public Money? Discount => RegularPrice is { } r ? r - Price : null;

    /// <summary>True when the offer may be taken up on <paramref name="date"/>.</summary>
    public bool IsValidOn(LocalDate date) => Validity.Contains(date);

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Description} at {Price} ({Validity})";
}
