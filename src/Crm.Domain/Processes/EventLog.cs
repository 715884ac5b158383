using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Crm.Domain.Processes;

/// <summary>
/// An aggregate's event history as a persistent, append-only log: appending to the newest version is amortised O(1)
/// (the versions share one growing buffer), so a command costs the same on the thousandth event as on the first and
/// replaying n events is O(n), not the O(n²) of copying an <see cref="ImmutableArray{T}"/> per event.
/// </summary>
/// <remarks>
/// <para>Every version sees a fixed prefix of the buffer: slots below a version's length are written once, before
/// that version exists, and never again. Appending to an older version (a branch: two commands on the same
/// aggregate) finds its slot taken and copies, so versions never see each other's events.</para>
/// <para>Thread safety: immutable to its readers; two threads appending to the same version race only for the slot,
/// which one wins by compare-and-swap while the other copies. <see cref="Events"/> is computed once and cached (a
/// benign race: two threads may both build equal arrays).</para>
/// </remarks>
/// <typeparam name="TEvent">The aggregate's event type (or any item an aggregate only ever appends: its audit
/// entries, its timeline's interactions).</typeparam>
internal sealed class EventLog<TEvent>
{
    private readonly Buffer? _buffer;
    private ImmutableArray<TEvent> _events;

    private EventLog(Buffer? buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    /// <summary>The log with no event (a start for <see cref="Append"/>).</summary>
    public static EventLog<TEvent> Empty { get; } = new(null, 0);

    /// <summary>The number of events (the aggregate's version).</summary>
    public int Length { get; }

    /// <summary>Whether the log holds no event (only <see cref="Empty"/> does).</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>The first (creation) event.</summary>
    public TEvent First => Length > 0 ? _buffer!.Items[0] : throw new InvalidOperationException("The history is empty.");

    /// <summary>The newest event.</summary>
    public TEvent Last => Length > 0 ? _buffer!.Items[Length - 1] : throw new InvalidOperationException("The history is empty.");

    /// <summary>The events, oldest first, as a read-only span over the shared buffer (no copy).</summary>
    public ReadOnlySpan<TEvent> AsSpan() => _buffer is null ? default : _buffer.Items.AsSpan(0, Length);

    /// <summary>A log holding only <paramref name="created"/>, an aggregate's creation event.</summary>
    public static EventLog<TEvent> Start(TEvent created) => Empty.Append(created);

    /// <summary>A log holding <paramref name="events"/> (one copy).</summary>
    public static EventLog<TEvent> From(ReadOnlySpan<TEvent> events)
    {
        if (events.IsEmpty)
        {
            return Empty;
        }

        var items = new TEvent[Math.Max(4, events.Length)];
        events.CopyTo(items);
        return new EventLog<TEvent>(new Buffer(items, events.Length), events.Length);
    }

    /// <summary>This log with <paramref name="event"/> appended; this log is unchanged.</summary>
    public EventLog<TEvent> Append(TEvent @event)
    {
        var length = Length;
        var buffer = _buffer;
        if (buffer is not null && length < buffer.Items.Length
            && Interlocked.CompareExchange(ref buffer.Count, length + 1, length) == length)
        {
            // This version is the buffer's tip and the slot above it is ours: no copy.
            buffer.Items[length] = @event;
            return new EventLog<TEvent>(buffer, length + 1);
        }

        var items = new TEvent[Math.Max(4, length * 2)];
        AsSpan().CopyTo(items);
        items[length] = @event;
        return new EventLog<TEvent>(new Buffer(items, length + 1), length + 1);
    }

    /// <summary>The events as an immutable array: one right-sized copy on first use, then cached.</summary>
    public ImmutableArray<TEvent> Events
    {
        get
        {
            if (_events.IsDefault)
            {
                _events = Length == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(AsSpan().ToArray());
            }

            return _events;
        }
    }

    /// <summary>The shared storage: items below <see cref="Count"/> are written and never change.</summary>
    private sealed class Buffer(TEvent[] items, int count)
    {
        public readonly TEvent[] Items = items;
#pragma warning disable SA1401, CA1051 // A field, so that Interlocked can claim the next slot.
        public int Count = count;
#pragma warning restore SA1401, CA1051
    }
}
