using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Campaigns.Attribution;

/// <summary>One contact of a customer by a campaign (a delivered message, a click, a visit), a candidate for credit.</summary>
/// <remarks>Equality compares every member. <c>default</c> has no campaign and is refused. Immutable and thread-safe.</remarks>
public readonly record struct Touch
{
    /// <summary>Creates a touch.</summary>
    /// <exception cref="ArgumentException">The campaign is blank, the customer default or the channel unknown.</exception>
    [JsonConstructor]
    public Touch(string campaignId, CustomerId customer, Instant at, Channel channel)
    {
        CampaignId = Guard.Against.NullOrWhiteSpace(campaignId);
        Customer = Guard.Against.Uninitialized(customer, !customer.IsDefault);
        At = at;
        Channel = Guard.Against.UndefinedEnum(channel);
    }

    /// <summary>The campaign that touched the customer.</summary>
    public string CampaignId => field ?? string.Empty;

    /// <summary>The customer touched.</summary>
    public CustomerId Customer { get; }

    /// <summary>When.</summary>
    public Instant At { get; }

    /// <summary>Through which channel.</summary>
    public Channel Channel { get; }

    /// <inheritdoc />
    public override string ToString() => $"{CampaignId} touched {Customer} at {At} via {Channel}";
}
