using System.Collections.Immutable;
using Crm.Domain.Processes;
using Crm.Domain.Serialization;

namespace Crm.Domain.Tests.Processes;

/// <summary>
/// The storage laws every aggregate with a lifecycle must keep, checked in one place for all of them (issue 8):
/// <list type="bullet">
/// <item>Version is the number of events, and EventsSince(k) is the history past k;</item>
/// <item>replaying the history gives an equal aggregate (compared by the JSON of its snapshot, which holds every
/// observable field), and so does replaying the history after a JSON round trip of the events;</item>
/// <item>snapshot → JSON → snapshot → aggregate gives an equal aggregate;</item>
/// <item>every prefix of the history replays, to the prefix's version; an empty history, a history without its
/// creation event, and a history with two events of different instants swapped are refused with
/// <see cref="ArgumentException"/>.</item>
/// </list>
/// Call <see cref="Hold{TAggregate, TEvent, TSnapshot}"/> from an FsCheck property over random valid command
/// sequences, and mark the test class with <see cref="ProcessLawsForAttribute"/> so the convention test sees it.
/// </summary>
internal static class ProcessLaws
{
    public static void Hold<TAggregate, TEvent, TSnapshot>(
        TAggregate aggregate,
        Func<IEnumerable<TEvent>, TAggregate> fromHistory,
        Func<TAggregate, TSnapshot> toSnapshot,
        Func<TSnapshot, TAggregate> fromSnapshot)
        where TAggregate : IProcess<TEvent>
        where TEvent : class, IProcessEvent
    {
        var history = aggregate.History;
        Assert.False(history.IsDefaultOrEmpty);
        Assert.Equal(history.Length, aggregate.Version);
        var expected = CrmJson.Serialize(toSnapshot(aggregate));

        var replayed = fromHistory(history);
        Assert.Equal(aggregate.Version, replayed.Version);
        Assert.Equal(expected, CrmJson.Serialize(toSnapshot(replayed)));

        var eventsJson = CrmJson.Serialize(history);
        var events = CrmJson.Deserialize<ImmutableArray<TEvent>>(eventsJson);
        Assert.Equal(eventsJson, CrmJson.Serialize(events));
        Assert.Equal(expected, CrmJson.Serialize(toSnapshot(fromHistory(events))));

        var snapshot = CrmJson.Deserialize<TSnapshot>(expected);
        Assert.Equal(expected, CrmJson.Serialize(toSnapshot(fromSnapshot(snapshot))));

        for (var k = 1; k < history.Length; k++)
        {
            var prefix = fromHistory(history.Take(k));
            Assert.Equal(k, prefix.Version);

            // What a host stores after commands: the events past the older version, read from the aggregate's log.
            Assert.Equal(history.Skip(k).ToArray(), replayed.EventsSince(k).ToArray());
        }

        Assert.Empty(aggregate.EventsSince(aggregate.Version));
        Assert.Equal(history.ToArray(), aggregate.EventsSince(0).ToArray());

        Assert.Throws<ArgumentException>(() => fromHistory([]));
        Assert.ThrowsAny<ArgumentException>(() => fromHistory(null!));
        if (history.Length > 1)
        {
            Assert.Throws<ArgumentException>(() => fromHistory(history.Skip(1)));
        }

        for (var i = 0; i + 1 < history.Length; i++)
        {
            if (history[i].At < history[i + 1].At)
            {
                var swapped = history.SetItem(i, history[i + 1]).SetItem(i + 1, history[i]);
                Assert.Throws<ArgumentException>(() => fromHistory(swapped));
                break;
            }
        }
    }
}
