using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Campaigns.Analysis;

/// <summary>The counts of one group (treated or control) of a campaign: members, and members at each response step.</summary>
/// <remarks>Counts are of members, not events: a member who opened twice counts once. <c>default</c> is all zeros
/// (no members). Equality compares every count. Immutable and thread-safe.</remarks>
public readonly record struct GroupTally
{
    /// <summary>Creates the counts of a group, checking each is between 0 and the number of members.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or exceeds <paramref name="members"/>.</exception>
    [JsonConstructor]
    public GroupTally(long members, long sent, long delivered, long opened, long responded, long interested, long optedOut, long converted)
    {
        Guard.Against.NegativeValue(members);
        Guard.Against.OutsideRange(sent, 0L, members);
        Guard.Against.OutsideRange(delivered, 0L, members);
        Guard.Against.OutsideRange(opened, 0L, members);
        Guard.Against.OutsideRange(responded, 0L, members);
        Guard.Against.OutsideRange(interested, 0L, members);
        Guard.Against.OutsideRange(optedOut, 0L, members);
        Guard.Against.OutsideRange(converted, 0L, members);
        Members = members;
        Sent = sent;
        Delivered = delivered;
        Opened = opened;
        Responded = responded;
        Interested = interested;
        OptedOut = optedOut;
        Converted = converted;
    }

    // Trusted path for Combine and the tally: the sums of valid counts are valid.
    internal GroupTally(bool trusted, long members, long sent, long delivered, long opened, long responded, long interested, long optedOut, long converted)
    {
        _ = trusted;
        Members = members;
        Sent = sent;
        Delivered = delivered;
        Opened = opened;
        Responded = responded;
        Interested = interested;
        OptedOut = optedOut;
        Converted = converted;
    }

    /// <summary>Members of the group.</summary>
    public long Members { get; }

    /// <summary>Members sent the message.</summary>
    public long Sent { get; }

    /// <summary>Members to whom it was delivered.</summary>
    public long Delivered { get; }

    /// <summary>Members who opened it.</summary>
    public long Opened { get; }

    /// <summary>Members who responded (any code).</summary>
    public long Responded { get; }

    /// <summary>Members who responded "interested".</summary>
    public long Interested { get; }

    /// <summary>Members who responded "do not contact".</summary>
    public long OptedOut { get; }

    /// <summary>Members who converted.</summary>
    public long Converted { get; }

    /// <summary>The counts of both groups together.</summary>
    public static GroupTally Combine(GroupTally left, GroupTally right) => new(true,
        CountGuards.TotalPlus(left.Members, right.Members, nameof(right)), CountGuards.TotalPlus(left.Sent, right.Sent, nameof(right)), CountGuards.TotalPlus(left.Delivered, right.Delivered, nameof(right)),
        CountGuards.TotalPlus(left.Opened, right.Opened, nameof(right)), CountGuards.TotalPlus(left.Responded, right.Responded, nameof(right)), CountGuards.TotalPlus(left.Interested, right.Interested, nameof(right)),
        CountGuards.TotalPlus(left.OptedOut, right.OptedOut, nameof(right)), CountGuards.TotalPlus(left.Converted, right.Converted, nameof(right)));

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"members {Members}, sent {Sent}, delivered {Delivered}, opened {Opened}, responded {Responded} (interested {Interested}, opted out {OptedOut}), converted {Converted}");

    /// <summary>Merges (see <see cref="Combine"/>).</summary>
    public static GroupTally operator +(GroupTally left, GroupTally right) => Combine(left, right);
}
