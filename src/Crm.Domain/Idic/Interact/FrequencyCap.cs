using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Customers;
using NodaTime;

namespace Crm.Domain.Idic.Interact;

/// <summary>At most <see cref="MaxContacts"/> outbound contacts within any <see cref="Window"/>, on one channel or on all.</summary>
/// <remarks>The window ending at an instant t is [t − window, t). Immutable and thread-safe.</remarks>
public sealed class FrequencyCap
{
    private FrequencyCap(int maxContacts, Duration window, Channel channel)
    {
        MaxContacts = maxContacts;
        Window = window;
        Channel = channel;
    }

    /// <summary>The most contacts allowed in a window (≥ 1).</summary>
    public int MaxContacts { get; }

    /// <summary>The window length (&gt; 0).</summary>
    public Duration Window { get; }

    /// <summary>The channel counted; <see cref="Channel.Unknown"/> means every channel.</summary>
    public Channel Channel { get; }

    /// <summary>Creates a cap.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Max below 1, window not positive, or an undefined channel.</exception>
    public static FrequencyCap Create(int maxContacts, Duration window, Channel channel = Channel.Unknown)
    {
        Guard.Against.OutsideRange(maxContacts, 1, int.MaxValue);
        Guard.Against.NotPositiveDuration(window);

        Guard.Against.UndefinedEnum(channel, allowDefault: true);
        return new FrequencyCap(maxContacts, window, channel);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"at most {MaxContacts} per {Window.TotalHours:0.##} h on {(Channel == Channel.Unknown ? "all channels" : Channel.ToString())}");
}
