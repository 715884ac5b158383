using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Idic.Interact;

/// <summary>
/// A daily period, in the customer's own time zone, when some channels must stay silent: from <see cref="Start"/>
/// (included) to <see cref="End"/> (excluded), wrapping past midnight when Start &gt; End (21:00–08:00).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class QuietHours
{
    private QuietHours(LocalTime start, LocalTime end, ImmutableArray<Channel> channels, int mask)
    {
        Start = start;
        End = end;
        Channels = channels;
        Mask = mask;
    }

    /// <summary>When the quiet period starts each day (local time, included).</summary>
    public LocalTime Start { get; }

    /// <summary>When it ends (local time, excluded).</summary>
    public LocalTime End { get; }

    /// <summary>The channels silenced; every channel if empty.</summary>
    public ImmutableArray<Channel> Channels { get; }

    internal int Mask { get; }

    /// <summary>Creates quiet hours.</summary>
    /// <exception cref="ArgumentException">Start equals end, or an unknown channel.</exception>
    public static QuietHours Create(LocalTime start, LocalTime end, params Channel[] channels)
    {
        Guard.Against.Null(channels);
        if (start == end)
        {
            throw new ArgumentException($"Quiet hours need start != end; both were {start}.", nameof(end));
        }

        var mask = 0;
        foreach (var c in channels)
        {
            mask |= 1 << (int)Guard.Against.UndefinedEnum(c, parameterName: nameof(channels));
        }

        return new QuietHours(start, end, [.. channels.Distinct()], channels.Length == 0 ? -1 : mask);
    }

    /// <summary>True when <paramref name="time"/> falls in the quiet period.</summary>
    public bool Contains(LocalTime time) => Start < End ? time >= Start && time < End : time >= Start || time < End;

    /// <summary>True when the quiet hours apply to <paramref name="channel"/>.</summary>
    public bool AppliesTo(Channel channel) => (Mask & (1 << (int)channel)) != 0;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"quiet {Start:HH:mm}-{End:HH:mm} on {(Channels.IsEmpty ? "all channels" : string.Join(", ", Channels))}");
}
