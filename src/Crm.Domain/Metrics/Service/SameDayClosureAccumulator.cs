using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;
using NodaTime;

namespace Crm.Domain.Metrics.Service;

/// <summary>
/// Cases closed the same day: the share of closed cases whose resolution fell on the same local calendar date as their
/// opening, "the same day" being judged in the service desk's <see cref="DateTimeZone"/>, not in UTC.
/// </summary>
/// <remarks>
/// <para><b>Definition</b> (Gartner CRM competency model, metrics block: "cases closed the same day"): numerator = cases
/// with <c>Opened.InZone(zone).Date == Resolved.InZone(zone).Date</c>; denominator = all closed cases. <b>Unit</b>: a
/// <see cref="Primitives.Ratio"/> in [0, 1] (shown as a percentage). A case opened at 23:30 and closed at 00:30 local
/// time is not closed the same day even when both instants share a UTC date; on a daylight-saving day the local date
/// is still what counts.</para>
/// <para><b>Zone</b>: the accumulator is created for a zone with <see cref="For"/>. <see cref="Empty"/> (also
/// <c>default</c>) has no zone: it is the identity of <see cref="Combine"/> and adopts the other side's zone, but
/// adding to it throws <see cref="InvalidOperationException"/>. Combining accumulators of different zones throws
/// <see cref="ArgumentException"/>.</para>
/// <para><b>Cost</b>: no allocation; the batch path caches the zone's current UTC offset, so it avoids building a
/// <see cref="ZonedDateTime"/> per case. Equality compares the zone id and both counts. Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(AccumulatorStateJsonConverter<SameDayClosureAccumulator, SameDayClosureAccumulatorState>))]
public readonly struct SameDayClosureAccumulator
    : IAccumulator<SameDayClosureAccumulator, ClosedCase, Primitives.Ratio>,
      IAccumulatorState<SameDayClosureAccumulator, SameDayClosureAccumulatorState>,
      IEquatable<SameDayClosureAccumulator>
{
    private const string Name = nameof(SameDayClosureAccumulator);

    private SameDayClosureAccumulator(DateTimeZone? zone, long sameDay, long count)
    {
        Zone = zone;
        SameDayCount = sameDay;
        Count = count;
    }

    /// <summary>The zone-less accumulator of no cases: the identity of <see cref="Combine"/>; cannot take cases.</summary>
    public static SameDayClosureAccumulator Empty => default;

    /// <summary>The service desk's zone that decides what "the same day" is; null only for <see cref="Empty"/>.</summary>
    public DateTimeZone? Zone { get; }

    /// <summary>The number of closed cases accumulated.</summary>
    public long Count { get; }

    /// <summary>The number of those closed on their opening's local date.</summary>
    public long SameDayCount { get; }

    /// <summary>Same-day closures / closed cases; 0/0 (no data) when there are no cases.</summary>
    public Primitives.Ratio Result => Primitives.Ratio.Rate(SameDayCount, Count);

    /// <summary>An empty accumulator for a service desk in <paramref name="zone"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static SameDayClosureAccumulator For(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new SameDayClosureAccumulator(zone, 0, 0);
    }

    /// <summary>The zone and the two counts, to persist or ship (see <see cref="SameDayClosureAccumulatorState"/>).</summary>
    public SameDayClosureAccumulatorState ToState() => new(Zone, SameDayCount, Count);

    /// <summary>Rebuilds an accumulator from its zone and counts: counts non-negative, the same-day count at most the
    /// case count, and no cases without a zone.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The state breaks one of those rules.</exception>
    public static SameDayClosureAccumulator FromState(SameDayClosureAccumulatorState state)
    {
        Guard.Against.Null(state);
        Guard.Against.NegativeValue(state.Cases);
        Guard.Against.OutsideRange(state.SameDay, 0L, state.Cases);
        if (state.Zone is null && state.Cases != 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A zone-less {Name} cannot hold cases; state.Cases is {state.Cases}."), nameof(state));
        }

        return new SameDayClosureAccumulator(state.Zone, state.SameDay, state.Cases);
    }

    /// <summary>Adds one closed case.</summary>
    /// <exception cref="InvalidOperationException">This is the zone-less <see cref="Empty"/>.</exception>
    public SameDayClosureAccumulator Add(ClosedCase observation)
    {
        var zone = ZoneRules.Require(Zone, Name);
        var same = observation.Opened.InZone(zone).Date == observation.Resolved.InZone(zone).Date ? 1 : 0;
        return new SameDayClosureAccumulator(zone, SameDayCount + same, CountGuards.TotalPlus(Count, 1, nameof(observation)));
    }

    /// <summary>Adds a batch of closed cases; equal to adding them one by one, without allocating.</summary>
    /// <exception cref="InvalidOperationException">This is the zone-less <see cref="Empty"/>.</exception>
    public SameDayClosureAccumulator AddRange(ReadOnlySpan<ClosedCase> observations)
    {
        var zone = ZoneRules.Require(Zone, Name);
        var mapper = new LocalDayMapper(zone);
        long same = 0;
        foreach (ref readonly var c in observations)
        {
            // Resolution usually follows opening within the same zone interval, so the offset cache keeps hitting.
            if (mapper.EpochDay(c.Opened) == mapper.EpochDay(c.Resolved))
            {
                same++;
            }
        }

        return new SameDayClosureAccumulator(zone, SameDayCount + same, CountGuards.TotalPlus(Count, observations.Length, nameof(observations)));
    }

    /// <summary>Adds a sequence of closed cases through the span path.</summary>
    /// <exception cref="InvalidOperationException">This is the zone-less <see cref="Empty"/>.</exception>
    public SameDayClosureAccumulator AddRange(IEnumerable<ClosedCase> observations) =>
        SpanForwarding.Aggregate(this, observations, static (a, s) => a.AddRange(s));

    /// <summary>The same as <see cref="AddRange(ReadOnlySpan{ClosedCase})"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public SameDayClosureAccumulator AddRange(ClosedCase[] observations) =>
        AddRange(new ReadOnlySpan<ClosedCase>(Guard.Against.Null(observations)));

    /// <summary>Merges two accumulators of the same zone (a zone-less <see cref="Empty"/> adopts the other's zone).</summary>
    /// <exception cref="ArgumentException">The zones differ.</exception>
    public static SameDayClosureAccumulator Combine(SameDayClosureAccumulator left, SameDayClosureAccumulator right) =>
        new(ZoneRules.Merge(left.Zone, right.Zone, Name),
            CountGuards.TotalPlus(left.SameDayCount, right.SameDayCount, nameof(right)),
            CountGuards.TotalPlus(left.Count, right.Count, nameof(right)));

    /// <inheritdoc />
    public bool Equals(SameDayClosureAccumulator other) =>
        ZoneRules.Same(Zone, other.Zone) && SameDayCount == other.SameDayCount && Count == other.Count;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SameDayClosureAccumulator other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Zone?.Id, SameDayCount, Count);

    /// <summary>Text such as <c>Europe/London: 412/500 (82.4 %)</c>.</summary>
    public override string ToString() => $"{Zone?.Id ?? "(no zone)"}: {Result}";

    /// <summary>Merges two accumulators (see <see cref="Combine"/>).</summary>
    public static SameDayClosureAccumulator operator +(SameDayClosureAccumulator left, SameDayClosureAccumulator right) => Combine(left, right);

    /// <summary>Equality of zone and counts.</summary>
    public static bool operator ==(SameDayClosureAccumulator left, SameDayClosureAccumulator right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SameDayClosureAccumulator left, SameDayClosureAccumulator right) => !left.Equals(right);
}
