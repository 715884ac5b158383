using Crm.Domain.Metrics.Indices;

namespace Crm.Domain.Tests.Metrics.Indices;

/// <summary>
/// Issue 13 item 6 (mutation survivors in Metrics/Indices): <see cref="WeightedIndexAccumulator"/> and its state
/// member by member — the rating range on both sides, the state checks at their first refused and last accepted
/// values, Combine's shortcuts, equality and texts. Expected values are hand-computed.
/// </summary>
public class WeightedIndexAccumulatorMemberTests
{
    // Scale 2-6 (range 4) so that a mutant treating the minimum as 0 or 1, or the range as max + min, shows.
    private static readonly WeightedIndex Small = WeightedIndex.Create("Small", 2, 6, [IndexItem.Of("a"), IndexItem.Of("b", 3)]);

    private static WeightedIndexAccumulator Fresh => WeightedIndexAccumulator.For(Small);

    [Fact]
    public void Result_rescales_each_item_mean_to_0_100_and_weights_the_items()
    {
        // a: 3 and 6 -> mean 4.5 -> (4.5 - 2) / 4 x 100 = 62.5; b: 2 and skipped -> mean 2 -> 0.
        // Index: (1 x 62.5 + 3 x 0) / 4 = 15.625.
        var acc = Fresh.AddRange([IndexResponse.Of(3, 2), IndexResponse.WithSkips(6, null)]);
        var result = acc.Result;
        Assert.Equal(2, result.Responses);
        Assert.Equal(15.625, result.Value);
        Assert.Equal(4.5, result.Items[0].MeanRating);
        Assert.Equal(62.5, result.Items[0].Score);
        Assert.Equal(2, result.Items[0].Answers);
        Assert.Equal(2d, result.Items[1].MeanRating);
        Assert.Equal(0d, result.Items[1].Score);
        Assert.Equal(1, result.Items[1].Answers);
        Assert.Equal("Small", result.IndexName);
        Assert.Equal("Small: 15.6 (n=2)", acc.ToString());
        Assert.Equal(100d, Fresh.Add(IndexResponse.Of(6, 6)).Result.Value);
        Assert.Equal(0d, Fresh.Add(IndexResponse.Of(2, 2)).Result.Value);
        Assert.Equal(75d, Fresh.Add(IndexResponse.WithSkips(null, 5)).Result.Value);
        Assert.Null(Fresh.Add(IndexResponse.WithSkips(null, 5)).Result.Items[0].MeanRating);
        Assert.Null(Fresh.Add(IndexResponse.WithSkips(null, 5)).Result.Items[0].Score);
        Assert.Equal("Small: no data (n=0)", Fresh.ToString());
        Assert.Equal(0, Fresh.Result.Items[0].Answers);
    }

    [Fact]
    public void Ratings_at_both_ends_of_the_scale_are_kept_and_one_past_is_refused()
    {
        Assert.Equal(1, Fresh.Add(IndexResponse.Of(2, 6)).Count);
        var low = Assert.Throws<ArgumentOutOfRangeException>(() => Fresh.AddRange([IndexResponse.Of(2, 6), IndexResponse.Of(1, 6)]));
        Assert.Equal("observations", low.ParamName);
        Assert.Equal(1, low.ActualValue);
        Assert.Contains("Response 1 rates 'a' 1; ratings must be in [2, 6].", low.Message, StringComparison.Ordinal);
        var high = Assert.Throws<ArgumentOutOfRangeException>(() => Fresh.Add(IndexResponse.Of(2, 7)));
        Assert.Contains("Response 0 rates 'b' 7; ratings must be in [2, 6].", high.Message, StringComparison.Ordinal);

        var shape = Assert.Throws<ArgumentException>(() => Fresh.AddRange([IndexResponse.Of(2, 6), IndexResponse.Of(2, 6, 4)]));
        Assert.Equal("observations", shape.ParamName);
        Assert.Contains("Response 1 has 3 ratings; index 'Small' has 2 items.", shape.Message, StringComparison.Ordinal);
        Assert.Contains("Response 0 has 0 ratings; index 'Small' has 2 items.", Assert.Throws<ArgumentException>(() => Fresh.Add(default)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Fresh.Add(IndexResponse.Of(2)));

        var none = Assert.Throws<InvalidOperationException>(() => WeightedIndexAccumulator.Empty.Add(IndexResponse.Of(2, 2)));
        Assert.Contains("create it with WeightedIndexAccumulator.For(index)", none.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => WeightedIndexAccumulator.Empty.Result);
        Assert.Throws<ArgumentNullException>(() => WeightedIndexAccumulator.For(null!));
        Assert.Throws<ArgumentNullException>(() => Fresh.AddRange((IndexResponse[])null!));
    }

    [Fact]
    public void The_state_holds_the_sums_and_answer_counts_per_item()
    {
        var state = Fresh.AddRange([IndexResponse.Of(3, 2), IndexResponse.WithSkips(6, null)]).ToState();
        Assert.Same(Small, state.Index);
        Assert.Equal(2, state.Count);
        Assert.Equal(new long[] { 9, 2 }, state.Sums.ToArray());
        Assert.Equal(new long[] { 2, 1 }, state.Answers.ToArray());

        var fresh = Fresh.ToState();
        Assert.Equal(new long[] { 0, 0 }, fresh.Sums.ToArray());
        Assert.Equal(new long[] { 0, 0 }, fresh.Answers.ToArray());
        Assert.Equal(0, fresh.Count);
        var empty = WeightedIndexAccumulator.Empty.ToState();
        Assert.Null(empty.Index);
        Assert.Empty(empty.Sums);
        Assert.Empty(empty.Answers);
        Assert.Equal(WeightedIndexAccumulator.Empty, WeightedIndexAccumulator.FromState(new WeightedIndexAccumulatorState(null, 0, [], [])));
    }

    private static WeightedIndexAccumulatorState State(long count, long[] sums, long[] answers) =>
        new(Small, count, [.. sums], [.. answers]);

    [Fact]
    public void FromState_accepts_the_extreme_consistent_states()
    {
        // Two answers on a 2-6 scale sum to 4..12.
        Assert.Equal(2, WeightedIndexAccumulator.FromState(State(2, [4, 0], [2, 0])).Count);
        Assert.Equal(0d, WeightedIndexAccumulator.FromState(State(2, [4, 0], [2, 0])).Result.Items[0].Score);
        Assert.Equal(100d, WeightedIndexAccumulator.FromState(State(2, [12, 0], [2, 0])).Result.Items[0].Score);
        Assert.Equal(Fresh, WeightedIndexAccumulator.FromState(State(0, [0, 0], [0, 0])));
        Assert.Equal(
            Fresh.AddRange([IndexResponse.Of(6, 2), IndexResponse.Of(6, 2)]),
            WeightedIndexAccumulator.FromState(State(2, [12, 4], [2, 2])));
    }

    [Fact]
    public void FromState_refuses_the_first_inconsistent_states()
    {
        var over = Assert.Throws<ArgumentOutOfRangeException>(() => WeightedIndexAccumulator.FromState(State(2, [4, 0], [2, 3])));
        Assert.Equal("state", over.ParamName);
        Assert.Equal(3L, over.ActualValue);
        Assert.Contains("state.Answers[1], the answer count of 'b', must lie in [0, 2]; it was 3.", over.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightedIndexAccumulator.FromState(State(2, [0, 0], [-1, 0])));

        var low = Assert.Throws<ArgumentOutOfRangeException>(() => WeightedIndexAccumulator.FromState(State(2, [3, 0], [2, 0])));
        Assert.Equal("state", low.ParamName);
        Assert.Equal(3L, low.ActualValue);
        Assert.Contains("state.Sums[0], the rating sum of 'a', must lie in [4, 12] for 2 answers; it was 3.", low.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightedIndexAccumulator.FromState(State(2, [13, 0], [2, 0])));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightedIndexAccumulator.FromState(State(2, [4, 1], [2, 0])));

        var orphan = Assert.Throws<ArgumentException>(() => WeightedIndexAccumulator.FromState(new WeightedIndexAccumulatorState(null, 1, [], [])));
        Assert.Equal("state", orphan.ParamName);
        Assert.Contains("state.Count is 1.", orphan.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightedIndexAccumulator.FromState(State(-1, [0, 0], [0, 0])));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightedIndexAccumulator.FromState(State(0, [0], [0, 0])));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightedIndexAccumulator.FromState(State(0, [0, 0], [0, 0, 0])));
        Assert.Throws<ArgumentNullException>(() => WeightedIndexAccumulator.FromState(null!));
    }

    [Fact]
    public void Combine_adds_sums_counts_and_answers_and_keeps_its_identities()
    {
        var x = Fresh.AddRange([IndexResponse.Of(3, 2), IndexResponse.WithSkips(6, null)]);
        var y = Fresh.Add(IndexResponse.WithSkips(null, 4));
        var both = x + y;
        Assert.Equal(3, both.Count);
        Assert.Equal(new long[] { 9, 6 }, both.ToState().Sums.ToArray());
        Assert.Equal(new long[] { 2, 2 }, both.ToState().Answers.ToArray());
        Assert.Equal(x, WeightedIndexAccumulator.Combine(x, Fresh));
        Assert.Equal(x, WeightedIndexAccumulator.Combine(Fresh, x));
        Assert.Equal(x, WeightedIndexAccumulator.Combine(x, WeightedIndexAccumulator.Empty));
        Assert.Equal(x, WeightedIndexAccumulator.Combine(WeightedIndexAccumulator.Empty, x));
        Assert.Equal(2, WeightedIndexAccumulator.Combine(x, Fresh).Count);
        Assert.Equal(2, WeightedIndexAccumulator.Combine(Fresh, x).Count);
        Assert.Equal(new long[] { 9, 2 }, WeightedIndexAccumulator.Combine(Fresh, x).ToState().Sums.ToArray());
        Assert.Equal(WeightedIndexAccumulator.Empty, WeightedIndexAccumulator.Empty + WeightedIndexAccumulator.Empty);

        var other = WeightedIndexAccumulator.For(WeightedIndex.Create("Other", 2, 6, [IndexItem.Of("a"), IndexItem.Of("b", 3)]));
        var ex = Assert.Throws<ArgumentException>(() => x + other);
        Assert.Equal("right", ex.ParamName);
        Assert.Contains("Cannot combine accumulators of different indices: left is 'Small (2 items, 2-6)', right is 'Other (2 items, 2-6)'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accumulators_are_equal_by_index_count_sums_and_answers()
    {
        var x = Fresh.AddRange([IndexResponse.WithSkips(2, null), IndexResponse.WithSkips(null, null)]);
        var same = Fresh.Add(IndexResponse.WithSkips(null, null)).Add(IndexResponse.WithSkips(2, null));
        Assert.True(x == same);
        Assert.False(x != same);
        Assert.True(x.Equals((object)same));
        Assert.Equal(x.GetHashCode(), same.GetHashCode());

        // Same count and sums with other answer counts: item a answered 2 and 4 (sum 6, 2 answers) vs. 6 once (sum 6, 1 answer).
        var sums = Fresh.AddRange([IndexResponse.WithSkips(2, null), IndexResponse.WithSkips(4, null)]);
        var sameSums = Fresh.AddRange([IndexResponse.WithSkips(3, null), IndexResponse.WithSkips(3, null)]);
        Assert.True(sums == sameSums);
        var otherAnswers = Fresh.AddRange([IndexResponse.WithSkips(6, null), IndexResponse.WithSkips(null, null)]);
        Assert.Equal(sums.ToState().Sums.ToArray(), otherAnswers.ToState().Sums.ToArray());
        Assert.False(sums == otherAnswers);
        Assert.True(sums != otherAnswers);
        var otherSums = Fresh.AddRange([IndexResponse.WithSkips(2, null), IndexResponse.WithSkips(5, null)]);
        Assert.False(sums == otherSums);
        Assert.False(x == x.Add(IndexResponse.WithSkips(null, null)));
        Assert.False(x == WeightedIndexAccumulator.For(WeightedIndex.Create("Small", 2, 7, [IndexItem.Of("a"), IndexItem.Of("b", 3)])));
        Assert.False(x.Equals((object)"Small"));

        // An empty batch allocates zero sums where a fresh accumulator has none: still equal.
        Assert.True(Fresh == Fresh.AddRange(Array.Empty<IndexResponse>()));
        Assert.True(Fresh.AddRange(Array.Empty<IndexResponse>()) == Fresh);
        Assert.False(Fresh == WeightedIndexAccumulator.Empty);
        Assert.True(Fresh.AddRange(new List<IndexResponse> { IndexResponse.WithSkips(2, null), IndexResponse.WithSkips(null, null) }) == x);
    }

    [Fact]
    public void States_are_equal_by_value()
    {
        var a = State(2, [4, 0], [2, 0]);
        var same = State(2, [4, 0], [2, 0]);
        Assert.Equal(a, same);
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(a, State(3, [4, 0], [2, 0]));
        Assert.NotEqual(a, State(2, [4, 1], [2, 0]));
        Assert.NotEqual(a, State(2, [4, 0], [2, 1]));
        Assert.NotEqual(a, a with { Index = null });
        Assert.NotEqual(a, a with { Sums = default });
        Assert.Equal(a with { Sums = default }, a with { Sums = default });
        Assert.NotEqual(a with { Answers = default }, a);
        Assert.False(a.Equals(null));
    }
}
