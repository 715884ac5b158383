using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using System.Text.Json.Serialization;
using Crm.Domain.Metrics.Json;
using NodaTime;

namespace Crm.Domain.Metrics.Service;

/// <summary>
/// Service call volume per local date and per month of a service desk, counted in the desk's
/// <see cref="DateTimeZone"/>: the observation is the <see cref="Instant"/> of one call.
/// </summary>
/// <remarks>
/// <para><b>Definition</b> (Gartner CRM competency model, metrics block: "number of service calls"): the count of calls
/// whose instant falls on each local date (<c>call.InZone(zone).Date</c>) and each <see cref="YearMonth"/>. <b>Unit</b>:
/// calls (a count); means are calls per day. Result: <see cref="CallVolume"/>.</para>
/// <para><b>Zone</b>: created with <see cref="For"/>. <see cref="Empty"/> (also <c>default</c>) has no zone: it is the
/// identity of <see cref="Combine"/> but cannot take calls. Combining different zones throws.</para>
/// <para><b>Cost</b>: holds one sorted (day, count) pair per day with calls (12 bytes a day: three years is 13 kB),
/// never mutated after construction. <see cref="Add"/> copies it (O(days)); the span batch counts into a pooled dense
/// window of days (falling back to sorting for days far apart) and allocates the merged arrays once per batch.
/// Equality compares the zone id and every daily count. Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(AccumulatorStateJsonConverter<CallVolumeAccumulator, CallVolumeAccumulatorState>))]
public readonly struct CallVolumeAccumulator
    : IAccumulator<CallVolumeAccumulator, Instant, CallVolume>, IAccumulatorState<CallVolumeAccumulator, CallVolumeAccumulatorState>, IEquatable<CallVolumeAccumulator>
{
    private const string Name = nameof(CallVolumeAccumulator);
    private const int Chunk = 1024;
    private const int DenseThreshold = 4096;
    private const int WindowLength = 1 << 16; // about 179 years of days

    private readonly int[]? _days;   // local epoch days, strictly ascending
    private readonly long[]? _counts; // positive, parallel to _days

    private CallVolumeAccumulator(DateTimeZone? zone, int[]? days, long[]? counts, long total)
    {
        Zone = zone;
        _days = days;
        _counts = counts;
        Count = total;
    }

    /// <summary>The zone-less accumulator of no calls: the identity of <see cref="Combine"/>; cannot take calls.</summary>
    public static CallVolumeAccumulator Empty => default;

    /// <summary>The desk's zone; null only for <see cref="Empty"/>.</summary>
    public DateTimeZone? Zone { get; }

    /// <summary>The number of calls accumulated.</summary>
    public long Count { get; }

    /// <summary>Calls per day and per month, total and busiest day.</summary>
    public CallVolume Result
    {
        get
        {
            var days = _days ?? [];
            var counts = _counts ?? [];
            var perDay = ImmutableArray.CreateBuilder<DailyCallCount>(days.Length);
            for (var i = 0; i < days.Length; i++)
            {
                perDay.Add(new DailyCallCount(LocalDayMapper.ToDate(days[i]), counts[i]));
            }

            return new CallVolume(Zone, perDay.MoveToImmutable());
        }
    }

    /// <summary>An empty accumulator for a service desk in <paramref name="zone"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static CallVolumeAccumulator For(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new CallVolumeAccumulator(zone, null, null, 0);
    }

    /// <summary>The zone and the calls per local date, to persist or ship (see <see cref="CallVolumeAccumulatorState"/>).
    /// Allocates the two arrays of the state.</summary>
    public CallVolumeAccumulatorState ToState()
    {
        var days = _days ?? [];
        var dates = new LocalDate[days.Length];
        for (var i = 0; i < days.Length; i++)
        {
            dates[i] = LocalDayMapper.ToDate(days[i]);
        }

        return new CallVolumeAccumulatorState(Zone, Count, ImmutableCollectionsMarshal.AsImmutableArray(dates), [.. _counts ?? []]);
    }

    /// <summary>Rebuilds an accumulator from its zone and calls per local date: ISO dates strictly ascending, counts
    /// positive, one per date, adding up to the total, and no calls without a zone.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The state breaks one of those rules (the message names the member, the
    /// value and the rule).</exception>
    public static CallVolumeAccumulator FromState(CallVolumeAccumulatorState state)
    {
        Guard.Against.Null(state);
        var dates = Guard.Against.DefaultArray(state.Days);
        var counts = Guard.Against.WrongLength(state.Counts, dates.Length);
        if (state.Zone is null && dates.Length != 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A zone-less {Name} cannot hold calls; state.Days holds {dates.Length} dates."), nameof(state));
        }

        var total = Guard.Against.InvalidCounts(counts.AsSpan(), positive: true, "state.Counts");
        if (total != state.Total)
        {
            throw new ArgumentOutOfRangeException(nameof(state), state.Total, string.Create(CultureInfo.InvariantCulture, $"state.Total ({state.Total}) must be the sum of state.Counts ({total})."));
        }

        var days = new int[dates.Length];
        for (var i = 0; i < dates.Length; i++)
        {
            if (dates[i].Calendar != CalendarSystem.Iso)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"state.Days[{i}] ({dates[i]}) must be an ISO date; it is in the {dates[i].Calendar.Id} calendar."), nameof(state));
            }

            days[i] = LocalDayMapper.ToEpochDay(dates[i]);
            if (i > 0 && days[i] <= days[i - 1])
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"state.Days must be strictly ascending; state.Days[{i}] ({dates[i]:uuuu-MM-dd}) does not follow {dates[i - 1]:uuuu-MM-dd}."), nameof(state));
            }
        }

        // The state's array is immutable and never changed here, so it can be shared.
        return days.Length == 0
            ? new CallVolumeAccumulator(state.Zone, null, null, 0)
            : new CallVolumeAccumulator(state.Zone, days, ImmutableCollectionsMarshal.AsArray(counts), total);
    }

    /// <summary>Adds one call (copies the day table: prefer the span batch for volume).</summary>
    /// <exception cref="InvalidOperationException">This is the zone-less <see cref="Empty"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The call's local date in the zone is outside NodaTime's ISO dates
    /// (-9998-01-01 to 9999-12-31: <see cref="Instant.MinValue"/> west of UTC, <see cref="Instant.MaxValue"/> east of
    /// it); the accumulator is unchanged.</exception>
    public CallVolumeAccumulator Add(Instant observation) => AddRange(new ReadOnlySpan<Instant>(in observation));

    /// <summary>Adds a batch of calls; equal to adding them one by one.</summary>
    /// <exception cref="InvalidOperationException">This is the zone-less <see cref="Empty"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A call's local date is outside NodaTime's ISO dates (see
    /// <see cref="Add"/>); none of the batch is added.</exception>
    public CallVolumeAccumulator AddRange(ReadOnlySpan<Instant> observations)
    {
        var zone = ZoneRules.Require(Zone, Name);
        if (observations.IsEmpty)
        {
            return this;
        }

        var mapper = new LocalDayMapper(zone);
        return observations.Length < DenseThreshold
            ? Combine(this, Sparse(zone, ref mapper, observations))
            : Combine(this, Dense(zone, ref mapper, observations));
    }

    /// <summary>Adds a sequence of calls through the span path.</summary>
    /// <exception cref="InvalidOperationException">This is the zone-less <see cref="Empty"/>.</exception>
    public CallVolumeAccumulator AddRange(IEnumerable<Instant> observations) =>
        SpanForwarding.Aggregate(this, observations, static (a, s) => a.AddRange(s));

    /// <summary>The same as <see cref="AddRange(ReadOnlySpan{Instant})"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    public CallVolumeAccumulator AddRange(Instant[] observations) =>
        AddRange(new ReadOnlySpan<Instant>(Guard.Against.Null(observations)));

    /// <summary>Merges two accumulators of the same zone (a zone-less <see cref="Empty"/> adopts the other's zone).</summary>
    /// <exception cref="ArgumentException">The zones differ.</exception>
    public static CallVolumeAccumulator Combine(CallVolumeAccumulator left, CallVolumeAccumulator right)
    {
        var zone = ZoneRules.Merge(left.Zone, right.Zone, Name);
        if (right.Count == 0)
        {
            return new CallVolumeAccumulator(zone, left._days, left._counts, left.Count);
        }

        if (left.Count == 0)
        {
            return new CallVolumeAccumulator(zone, right._days, right._counts, right.Count);
        }

        var (a, ac, b, bc) = (left._days!, left._counts!, right._days!, right._counts!);
        var days = new int[a.Length + b.Length];
        var counts = new long[days.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Length || j < b.Length)
        {
            if (j == b.Length || (i < a.Length && a[i] < b[j]))
            {
                (days[n], counts[n]) = (a[i], ac[i]);
                i++;
            }
            else if (i == a.Length || b[j] < a[i])
            {
                (days[n], counts[n]) = (b[j], bc[j]);
                j++;
            }
            else
            {
                (days[n], counts[n]) = (a[i], CountGuards.TotalPlus(ac[i], bc[j], nameof(right)));
                i++;
                j++;
            }

            n++;
        }

        if (n < days.Length)
        {
            Array.Resize(ref days, n);
            Array.Resize(ref counts, n);
        }

        return new CallVolumeAccumulator(zone, days, counts, CountGuards.TotalPlus(left.Count, right.Count, nameof(right)));
    }

    /// <inheritdoc />
    public bool Equals(CallVolumeAccumulator other) =>
        ZoneRules.Same(Zone, other.Zone) && Count == other.Count &&
        _days.AsSpan().SequenceEqual(other._days) && _counts.AsSpan().SequenceEqual(other._counts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CallVolumeAccumulator other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Zone?.Id, Count, _days?.Length ?? 0);

    /// <summary>The text of <see cref="Result"/>.</summary>
    public override string ToString() => Result.ToString();

    /// <summary>Merges two accumulators (see <see cref="Combine"/>).</summary>
    public static CallVolumeAccumulator operator +(CallVolumeAccumulator left, CallVolumeAccumulator right) => Combine(left, right);

    /// <summary>Equality of zone and daily counts.</summary>
    public static bool operator ==(CallVolumeAccumulator left, CallVolumeAccumulator right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CallVolumeAccumulator left, CallVolumeAccumulator right) => !left.Equals(right);

    /// <summary>Small batches: map, sort, run-length encode.</summary>
    private static CallVolumeAccumulator Sparse(DateTimeZone zone, ref LocalDayMapper mapper, ReadOnlySpan<Instant> calls)
    {
        var buffer = ArrayPool<int>.Shared.Rent(calls.Length);
        try
        {
            var days = buffer.AsSpan(0, calls.Length);
            for (var k = 0; k < calls.Length; k++)
            {
                days[k] = mapper.EpochDay(calls[k]);
            }

            days.Sort();
            Guard.Against.EpochDayOutsideIsoDates(days[0], "observations");
            Guard.Against.EpochDayOutsideIsoDates(days[^1], "observations");
            var distinct = 1;
            for (var k = 1; k < days.Length; k++)
            {
                distinct += days[k] != days[k - 1] ? 1 : 0;
            }

            var outDays = new int[distinct];
            var outCounts = new long[distinct];
            var n = -1;
            for (var k = 0; k < days.Length; k++)
            {
                if (k == 0 || days[k] != days[k - 1])
                {
                    outDays[++n] = days[k];
                }

                outCounts[n]++;
            }

            return new CallVolumeAccumulator(zone, outDays, outCounts, calls.Length);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    /// <summary>Large batches: count into a dense window of days anchored on the first chunk; chunks that reach outside
    /// the window go through <see cref="Sparse"/>.</summary>
    private static CallVolumeAccumulator Dense(DateTimeZone zone, ref LocalDayMapper mapper, ReadOnlySpan<Instant> calls)
    {
        var window = ArrayPool<long>.Shared.Rent(WindowLength);
        try
        {
            Array.Clear(window, 0, WindowLength);
            Span<int> days = stackalloc int[Chunk];
            var overflow = For(zone);
            long origin = mapper.EpochDay(calls[0]) - (WindowLength / 4);
            int usedLo = WindowLength, usedHi = -1;
            for (var start = 0; start < calls.Length; start += Chunk)
            {
                var part = calls.Slice(start, Math.Min(Chunk, calls.Length - start));
                int lo = int.MaxValue, hi = int.MinValue;
                for (var k = 0; k < part.Length; k++)
                {
                    var d = mapper.EpochDay(part[k]);
                    days[k] = d;
                    lo = Math.Min(lo, d);
                    hi = Math.Max(hi, d);
                }

                Guard.Against.EpochDayOutsideIsoDates(lo, "observations");
                Guard.Against.EpochDayOutsideIsoDates(hi, "observations");
                if (lo - origin < 0 || hi - origin >= WindowLength)
                {
                    overflow = Combine(overflow, Sparse(zone, ref mapper, part));
                    continue;
                }

                foreach (var d in days[..part.Length])
                {
                    window[d - origin]++;
                }

                usedLo = Math.Min(usedLo, (int)(lo - origin));
                usedHi = Math.Max(usedHi, (int)(hi - origin));
            }

            var used = usedHi < 0 ? [] : window.AsSpan(usedLo, usedHi - usedLo + 1);
            var distinct = used.Length - used.Count(0L);
            var outDays = new int[distinct];
            var outCounts = new long[distinct];
            long total = 0;
            for (int k = 0, n = 0; k < used.Length; k++)
            {
                if (used[k] != 0)
                {
                    outDays[n] = (int)(origin + usedLo + k);
                    outCounts[n++] = used[k];
                    total += used[k];
                }
            }

            var dense = distinct == 0 ? For(zone) : new CallVolumeAccumulator(zone, outDays, outCounts, total);
            return Combine(dense, overflow);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(window);
        }
    }
}
