using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Crm.Domain.Metrics.Service;

/// <summary>
/// A service case that has been closed: when it was opened and when it was resolved, both as <see cref="Instant"/>s.
/// The observation of <see cref="SameDayClosureAccumulator"/> and <see cref="TimeToResolutionAccumulator"/>.
/// </summary>
/// <remarks>
/// <para>Invariant: <see cref="Resolved"/> is not before <see cref="Opened"/>, and the time to resolution is at most
/// <see cref="MaxTimeToResolution"/> (a century: anything longer is bad data, and the bound keeps nanosecond
/// arithmetic exact).</para>
/// <para>Equality compares both instants. <c>default</c> is a case opened and resolved at the Unix epoch (time to
/// resolution zero). This type is an immutable value and is thread-safe.</para>
/// </remarks>
public readonly record struct ClosedCase
{
    /// <summary>The longest accepted time to resolution: 36,525 days (100 Julian years).</summary>
    public static readonly Duration MaxTimeToResolution = Duration.FromDays(36_525);

    /// <summary>Creates a closed case (the JSON constructor; same rules as <see cref="Of"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="resolved"/> is before <paramref name="opened"/>, or more than
    /// <see cref="MaxTimeToResolution"/> after it.</exception>
    [JsonConstructor]
    public ClosedCase(Instant opened, Instant resolved)
    {
        if (resolved < opened)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"resolved ({Format(resolved)}) must not be before opened ({Format(opened)})."),
                nameof(resolved));
        }

        if (resolved - opened > MaxTimeToResolution)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"resolved ({Format(resolved)}) - opened ({Format(opened)}) must be in [0, {MaxTimeToResolution.Days} days]; it was {(resolved - opened).Days} days."),
                nameof(resolved));
        }

        Opened = opened;
        Resolved = resolved;
    }

    /// <summary>When the case was opened.</summary>
    public Instant Opened { get; }

    /// <summary>When the case was resolved (not before <see cref="Opened"/>).</summary>
    public Instant Resolved { get; }

    /// <summary>The elapsed time from opening to resolution (never negative).</summary>
    [JsonIgnore]
    public Duration TimeToResolution => Resolved - Opened;

    /// <summary>Creates a closed case.</summary>
    /// <exception cref="ArgumentException"><paramref name="resolved"/> is before <paramref name="opened"/>, or more than
    /// <see cref="MaxTimeToResolution"/> after it.</exception>
    public static ClosedCase Of(Instant opened, Instant resolved) => new(opened, resolved);

    /// <summary>Invariant text: <c>opened → resolved</c> in ISO-8601.</summary>
    public override string ToString() => $"{Format(Opened)} -> {Format(Resolved)}";

    private static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
