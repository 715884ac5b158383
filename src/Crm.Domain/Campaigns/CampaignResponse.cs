using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>
/// One recorded response of a campaign member: sent, delivered, opened, responded (with a code) or converted (with a
/// value), with the instant and the channel.
/// </summary>
/// <remarks>
/// <para>Build one through <see cref="Sent"/>, <see cref="Delivered"/>, <see cref="Opened"/>, <see cref="Responded"/>
/// or <see cref="Converted"/>. <see cref="Code"/> is set only for <see cref="ResponseKind.Responded"/> and
/// <see cref="Value"/> only for <see cref="ResponseKind.Converted"/>.</para>
/// <para>Equality compares every member. <c>default</c> has kind <see cref="ResponseKind.Unknown"/> and is refused by
/// a campaign. Immutable and thread-safe.</para>
/// </remarks>
public readonly record struct CampaignResponse
{
    /// <summary>Creates a response, validating that the code and value fit the kind (the factories are simpler).</summary>
    /// <exception cref="ArgumentException">The customer is default; the kind or channel unknown; a code on a
    /// non-<c>Responded</c> kind or none on a <c>Responded</c>; a value on a non-<c>Converted</c> kind, none on a
    /// <c>Converted</c>, or a negative value.</exception>
    [JsonConstructor]
    public CampaignResponse(CustomerId customer, ResponseKind kind, Instant at, Channel channel, ResponseCode code = ResponseCode.None, Money? value = null)
    {
        Guard.Against.Uninitialized(customer, !customer.IsDefault);
        Guard.Against.UndefinedEnum(kind);
        Guard.Against.UndefinedEnum(channel);
        Guard.Against.UndefinedEnum(code, allowDefault: true);
        if ((kind == ResponseKind.Responded) != (code != ResponseCode.None))
        {
            throw new ArgumentException($"code must be set exactly when kind is Responded; kind was {kind} and code {code}.", nameof(code));
        }

        if ((kind == ResponseKind.Converted) != value.HasValue)
        {
            throw new ArgumentException($"value must be set exactly when kind is Converted; kind was {kind} and value {(value.HasValue ? value.Value.ToString() : "null")}.", nameof(value));
        }

        if (value is { } v)
        {
            Guard.Against.NegativeAmount(v, parameterName: nameof(value));
        }

        Customer = customer;
        Kind = kind;
        At = at;
        Channel = channel;
        Code = code;
        Value = value;
    }

    /// <summary>The member.</summary>
    public CustomerId Customer { get; }

    /// <summary>Which step this is.</summary>
    public ResponseKind Kind { get; }

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    /// <summary>Through which channel.</summary>
    public Channel Channel { get; }

    /// <summary>The response code (only for <see cref="ResponseKind.Responded"/>; otherwise <see cref="ResponseCode.None"/>).</summary>
    public ResponseCode Code { get; }

    /// <summary>The conversion value (only for <see cref="ResponseKind.Converted"/>; otherwise null).</summary>
    public Money? Value { get; }

    /// <summary>The message was sent.</summary>
    public static CampaignResponse Sent(CustomerId customer, Instant at, Channel channel) => new(customer, ResponseKind.Sent, at, channel);

    /// <summary>The message was delivered.</summary>
    public static CampaignResponse Delivered(CustomerId customer, Instant at, Channel channel) => new(customer, ResponseKind.Delivered, at, channel);

    /// <summary>The member opened it.</summary>
    public static CampaignResponse Opened(CustomerId customer, Instant at, Channel channel) => new(customer, ResponseKind.Opened, at, channel);

    /// <summary>The member responded with <paramref name="code"/>.</summary>
    public static CampaignResponse Responded(CustomerId customer, ResponseCode code, Instant at, Channel channel) => new(customer, ResponseKind.Responded, at, channel, code);

    /// <summary>The member converted, worth <paramref name="value"/>.</summary>
    public static CampaignResponse Converted(CustomerId customer, Money value, Instant at, Channel channel) => new(customer, ResponseKind.Converted, at, channel, ResponseCode.None, value);

    /// <inheritdoc />
    public override string ToString() => $"{Customer} {Kind}{(Code == ResponseCode.None ? string.Empty : $" ({Code})")}{(Value is { } v ? $" {v}" : string.Empty)} at {At} via {Channel}";
}
