using System.Text.Json.Serialization;

namespace Crm.Domain.Campaigns.Analysis;

/// <summary>
/// Everything that happened to one campaign member, packed in one byte so that millions of them count with vector
/// instructions: bit 0 sent, 1 delivered, 2 opened, 3 responded, 4 interested, 5 opted out (do not contact),
/// 6 converted, 7 control group.
/// </summary>
/// <remarks>
/// <para>Build it with <see cref="ForMember"/> and fold each of the member's responses in with <see cref="With"/>
/// (flags only accumulate: two opens are one opened member). A response code
/// <see cref="ResponseCode.NotInterested"/> sets only "responded". Every byte is a valid outcome.</para>
/// <para><c>default</c> is a treated member with no response. Equality is that of the byte. Immutable and
/// thread-safe.</para>
/// </remarks>
public readonly record struct ResponseOutcome
{
    /// <summary>Bit of "the message was sent".</summary>
    public const byte SentBit = 1;

    /// <summary>Bit of "delivered".</summary>
    public const byte DeliveredBit = 2;

    /// <summary>Bit of "opened".</summary>
    public const byte OpenedBit = 4;

    /// <summary>Bit of "responded" (any code).</summary>
    public const byte RespondedBit = 8;

    /// <summary>Bit of "responded: interested".</summary>
    public const byte InterestedBit = 16;

    /// <summary>Bit of "responded: do not contact".</summary>
    public const byte OptedOutBit = 32;

    /// <summary>Bit of "converted".</summary>
    public const byte ConvertedBit = 64;

    /// <summary>Bit of "member of the control group".</summary>
    public const byte ControlBit = 128;

    /// <summary>Wraps a byte code; every byte is valid.</summary>
    [JsonConstructor]
    public ResponseOutcome(byte code) => Code = code;

    /// <summary>The byte code.</summary>
    public byte Code { get; }

    /// <summary>True for a control member.</summary>
    [JsonIgnore]
    public bool IsControl => (Code & ControlBit) != 0;

    /// <summary>The outcome of a member with no response yet.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is <see cref="AudienceGroup.NotMember"/> or undefined.</exception>
    public static ResponseOutcome ForMember(AudienceGroup group) => group switch
    {
        AudienceGroup.Treated => default,
        AudienceGroup.Control => new ResponseOutcome(ControlBit),
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, $"group must be Treated or Control; it was {group}."),
    };

    /// <summary>True when every bit of <paramref name="bits"/> is set.</summary>
    public bool Has(byte bits) => (Code & bits) == bits;

    /// <summary>This outcome with <paramref name="response"/> folded in.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The response's kind is unknown.</exception>
    public ResponseOutcome With(CampaignResponse response)
    {
        var bits = response.Kind switch
        {
            ResponseKind.Sent => SentBit,
            ResponseKind.Delivered => DeliveredBit,
            ResponseKind.Opened => OpenedBit,
            ResponseKind.Responded => (byte)(RespondedBit | response.Code switch
            {
                ResponseCode.Interested => InterestedBit,
                ResponseCode.DoNotContact => OptedOutBit,
                _ => 0,
            }),
            ResponseKind.Converted => ConvertedBit,
            _ => throw new ArgumentOutOfRangeException(nameof(response), response.Kind, $"response kind must be a known kind; it was {response.Kind}."),
        };
        return new ResponseOutcome((byte)(Code | bits));
    }

    /// <inheritdoc />
    public override string ToString() => $"0b{Convert.ToString(Code, 2).PadLeft(8, '0')}";
}
