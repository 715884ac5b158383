using System.Collections.Immutable;
using Crm.Domain.Processes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Processes;

/// <summary>
/// The shared append-only log behind every aggregate's history: whatever the order in which versions are extended
/// (the tip, an older version: a branch), each version holds exactly the items a copy-per-append array would.
/// </summary>
public class EventLogTests
{
    /// <summary>A script: each step appends item <c>k</c> to the version chosen by <c>pick</c> among those made so far.</summary>
    public static class Scripts
    {
        public static Arbitrary<(int Pick, int Item)[]> Arb() =>
            Gen.Choose(0, 200).SelectMany(n => Gen.ArrayOf(
                from pick in Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, 1000)))
                from item in Gen.Choose(0, 1_000_000)
                select (pick, item), n)).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Scripts)], MaxTest = 300)]
    public void EveryVersion_EqualsTheCopyPerAppendModel((int Pick, int Item)[] steps)
    {
        // ImmutableArray compares by reference: contents are compared as arrays. Version 0 is the empty log; -1 picks the newest version (the common case), anything else an older one.
        var logs = new List<EventLog<string>> { EventLog<string>.Empty };
        var models = new List<ImmutableArray<string>> { ImmutableArray<string>.Empty };
        foreach (var (pick, item) in steps)
        {
            var from = pick < 0 ? logs.Count - 1 : pick % logs.Count;
            logs.Add(logs[from].Append("e" + item));
            models.Add(models[from].Add("e" + item));
        }

        for (var v = 0; v < logs.Count; v++)
        {
            Assert.Equal(models[v].Length, logs[v].Length);
            Assert.Equal(models[v].ToArray(), logs[v].Events.ToArray());
            Assert.Equal(models[v].ToArray(), logs[v].AsSpan().ToArray());
        }
    }

    [Fact]
    public void Branches_DoNotSeeEachOthersItems()
    {
        var root = EventLog<string>.Start("created").Append("a");
        var left = root.Append("left");
        var right = root.Append("right");
        var leftMore = left.Append("left 2");

        Assert.Equal<string>(["created", "a"], root.Events.ToArray());
        Assert.Equal<string>(["created", "a", "left"], left.Events.ToArray());
        Assert.Equal<string>(["created", "a", "right"], right.Events.ToArray());
        Assert.Equal<string>(["created", "a", "left", "left 2"], leftMore.Events.ToArray());
        Assert.Equal("right", right.Last);
        Assert.Equal("created", right.First);
    }

    [Fact]
    public void ConcurrentAppendsToOneVersion_EachKeepTheirOwnItem()
    {
        var root = EventLog<string>.Start("created");
        var results = new EventLog<string>[64];
        Parallel.For(0, results.Length, i => results[i] = root.Append("item " + i));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal<string>(["created", "item " + i], results[i].Events.ToArray());
        }

        Assert.Equal<string>(["created"], root.Events.ToArray());
    }

    [Fact]
    public void Empty_HasNoFirstOrLast()
    {
        Assert.True(EventLog<string>.Empty.IsEmpty);
        Assert.Empty(EventLog<string>.Empty.Events);
        Assert.Throws<InvalidOperationException>(() => EventLog<string>.Empty.Last);
        Assert.Throws<InvalidOperationException>(() => EventLog<string>.Empty.First);
    }
}
