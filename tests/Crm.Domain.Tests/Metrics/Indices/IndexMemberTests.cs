using System.Collections.Immutable;
using Crm.Domain.Metrics.Indices;

namespace Crm.Domain.Tests.Metrics.Indices;

/// <summary>
/// Issue 13 item 6 (mutation survivors in Metrics/Indices): the definitions, responses and results of weighted
/// indices member by member — every guard with its refused value and first accepted one, every equality member on its
/// own, the texts, and the standard indices' items. Expected values are the documented rules applied by hand.
/// </summary>
public class IndexMemberTests
{
    private static readonly IndexItem A = IndexItem.Of("a");
    private static readonly IndexItem B = IndexItem.Of("b", 3);

    [Fact]
    public void Items_have_a_name_and_a_positive_weight()
    {
        Assert.Equal(1d, A.Weight);
        Assert.Equal("a", A.Name);
        Assert.Equal(3d, B.Weight);
        Assert.Equal("a x1", A.ToString());
        Assert.Equal("b x0.5", IndexItem.Of("b", 0.5).ToString());
        Assert.Equal(double.Epsilon, IndexItem.Of("tiny", double.Epsilon).Weight);
        Assert.Equal("weight", Assert.Throws<ArgumentOutOfRangeException>(() => IndexItem.Of("a", 0)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => IndexItem.Of("a", -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndexItem.Of("a", double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndexItem.Of("a", double.PositiveInfinity));
        Assert.Throws<ArgumentException>(() => IndexItem.Of(" "));
        Assert.Throws<ArgumentNullException>(() => IndexItem.Of(null!));
    }

    [Fact]
    public void Item_scores_refuse_negative_counts_and_non_finite_numbers()
    {
        var score = new IndexItemScore(A, 2, 9, 88.888);
        Assert.Equal(A, score.Item);
        Assert.Equal(2, score.Answers);
        Assert.Equal(9d, score.MeanRating);
        Assert.Equal(88.888, score.Score);
        Assert.Equal("a: 88.9 (n=2)", score.ToString());
        Assert.Equal("a: no data (n=0)", new IndexItemScore(A, 0, null, null).ToString());
        Assert.Equal(0, new IndexItemScore(A, 0, null, null).Answers);
        Assert.Equal("answers", Assert.Throws<ArgumentOutOfRangeException>(() => new IndexItemScore(A, -1, null, null)).ParamName);
        Assert.Equal("meanRating", Assert.Throws<ArgumentOutOfRangeException>(() => new IndexItemScore(A, 1, double.NaN, 1)).ParamName);
        Assert.Equal("score", Assert.Throws<ArgumentOutOfRangeException>(() => new IndexItemScore(A, 1, 1, double.PositiveInfinity)).ParamName);
    }

    [Fact]
    public void Responses_compare_their_ratings_in_order()
    {
        var r = IndexResponse.WithSkips(5, null, 6);
        Assert.Equal(new int?[] { 5, null, 6 }, r.Ratings.ToArray());
        Assert.Equal(new int?[] { 1, 2 }, IndexResponse.Of(1, 2).Ratings.ToArray());
        Assert.Equal("[5, -, 6]", r.ToString());
        Assert.Equal("[]", default(IndexResponse).ToString());
        Assert.Equal("[]", IndexResponse.Of().ToString());
        Assert.True(r == IndexResponse.WithSkips(5, null, 6));
        Assert.False(r != IndexResponse.WithSkips(5, null, 6));
        Assert.True(r.Equals((object)IndexResponse.WithSkips(5, null, 6)));
        Assert.Equal(r.GetHashCode(), IndexResponse.WithSkips(5, null, 6).GetHashCode());
        Assert.False(r == IndexResponse.WithSkips(5, 1, 6));
        Assert.True(r != IndexResponse.WithSkips(5, null, 7));
        Assert.False(r == IndexResponse.WithSkips(5, null));
        Assert.False(r.Equals((object)"[5, -, 6]"));
        Assert.True(default(IndexResponse) == default(IndexResponse));
        Assert.Equal(0, default(IndexResponse).GetHashCode());
        Assert.False(default(IndexResponse) == IndexResponse.Of());
        Assert.False(IndexResponse.Of() == default(IndexResponse));
        Assert.True(IndexResponse.Of() == IndexResponse.WithSkips());

        var ex = Assert.Throws<ArgumentException>(() => new IndexResponse(default));
        Assert.Equal("ratings", ex.ParamName);
        Assert.Contains("ratings must not be a default ImmutableArray.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => IndexResponse.Of(null!));
        Assert.Throws<ArgumentNullException>(() => IndexResponse.WithSkips(null!));
    }

    [Fact]
    public void Definitions_need_a_scale_of_two_points_and_distinct_items()
    {
        var two = WeightedIndex.Create("two", 1, 2, [A]);
        Assert.Equal(1, two.ScaleMin);
        Assert.Equal(2, two.ScaleMax);
        Assert.Equal("two", two.Name);
        Assert.Equal([A], two.Items.ToArray());
        var equal = Assert.Throws<ArgumentException>(() => WeightedIndex.Create("x", 2, 2, [A]));
        Assert.Equal("scaleMax", equal.ParamName);
        Assert.Contains("scaleMin (2) must be < scaleMax (2).", equal.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => WeightedIndex.Create("x", 3, 2, [A]));
        Assert.Equal(-5, WeightedIndex.Create("x", -5, -4, [A]).ScaleMin);

        var none = Assert.Throws<ArgumentException>(() => new WeightedIndex("x", 1, 5, default));
        Assert.Equal("items", none.ParamName);
        Assert.Contains("items must hold at least one item.", none.Message, StringComparison.Ordinal);
        var blank = Assert.Throws<ArgumentException>(() => new WeightedIndex("x", 1, 5, [A, default]));
        Assert.Equal("items", blank.ParamName);
        Assert.Contains("items must not hold a default IndexItem.", blank.Message, StringComparison.Ordinal);
        var dup = Assert.Throws<ArgumentException>(() => WeightedIndex.Create("x", 1, 5, [A, B, IndexItem.Of("a", 2)]));
        Assert.Equal("items", dup.ParamName);
        Assert.Contains("items must have unique names; 'a' appears twice.", dup.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => WeightedIndex.Create(" ", 1, 5, [A]));
        Assert.Throws<ArgumentNullException>(() => WeightedIndex.Create("x", 1, 5, null!));
    }

    [Fact]
    public void Definitions_are_equal_member_by_member()
    {
        var a = WeightedIndex.Create("Idx", 1, 5, [A, B]);
        var same = WeightedIndex.Create("Idx", 1, 5, [IndexItem.Of("a"), IndexItem.Of("b", 3)]);
        Assert.True(a.Equals(a));
        Assert.True(a.Equals(same));
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.Equal("Idx (2 items, 1-5)", a.ToString());

        WeightedIndex[] others =
        [
            WeightedIndex.Create("idx", 1, 5, [A, B]),
            WeightedIndex.Create("Idx", 0, 5, [A, B]),
            WeightedIndex.Create("Idx", 1, 6, [A, B]),
            WeightedIndex.Create("Idx", 1, 5, [B, A]),
            WeightedIndex.Create("Idx", 1, 5, [A, IndexItem.Of("b", 2)]),
            WeightedIndex.Create("Idx", 1, 5, [A]),
        ];
        foreach (var other in others)
        {
            Assert.False(a.Equals(other));
            Assert.False(a == other);
            Assert.True(a != other);
        }

        Assert.False(a.Equals((WeightedIndex?)null));
        Assert.False(a.Equals((object)"Idx"));
        Assert.False(a == null);
        Assert.False(null == a);
        Assert.True((WeightedIndex?)null == null);
        Assert.False((WeightedIndex?)null != null);
    }

    [Fact]
    public void The_standard_indices_name_their_items_on_a_1_to_10_scale()
    {
        var csi = CustomerSatisfactionIndex.Create(1, 2, 3);
        Assert.Equal("Customer satisfaction index", csi.Name);
        Assert.Equal((1, 10), (csi.ScaleMin, csi.ScaleMax));
        Assert.Equal(
            new (string, double)[] { ("Overall satisfaction", 1d), ("Meets expectations", 2d), ("Compared with ideal", 3d) },
            csi.Items.Select(i => (i.Name, i.Weight)).ToArray());
        Assert.Equal(new[] { 1d, 1d, 1d }, CustomerSatisfactionIndex.Standard.Items.Select(i => i.Weight).ToArray());
        Assert.Equal(csi.Items.Select(i => i.Name), CustomerSatisfactionIndex.Standard.Items.Select(i => i.Name));

        var brand = BrandImageIndex.Create(1, 2, 3, 4);
        Assert.Equal("Brand image index", brand.Name);
        Assert.Equal((1, 10), (brand.ScaleMin, brand.ScaleMax));
        Assert.Equal(
            new (string, double)[] { ("Awareness", 1d), ("Trust", 2d), ("Perceived quality", 3d), ("Would recommend", 4d) },
            brand.Items.Select(i => (i.Name, i.Weight)).ToArray());
        Assert.Equal(new[] { 1d, 1d, 1d, 1d }, BrandImageIndex.Standard.Items.Select(i => i.Weight).ToArray());
    }

    private static ImmutableArray<IndexItemScore> Scores(double? a, double? b) =>
        [new IndexItemScore(A, a is null ? 0 : 4, a is null ? null : 1, a), new IndexItemScore(B, b is null ? 0 : 4, b is null ? null : 1, b)];

    [Fact]
    public void A_result_is_the_weighted_mean_of_its_item_scores()
    {
        // Weights 1 and 3: (1 x 100 + 3 x 0) / 4 = 25; (1 x 20 + 3 x 60) / 4 = 50; an item without a score weighs nothing.
        Assert.Equal(25d, new IndexResult("i", 4, 25, Scores(100, 0)).Value);
        Assert.Equal(50d, new IndexResult("i", 4, 50, Scores(20, 60)).Value);
        Assert.Equal(60d, new IndexResult("i", 4, 60, Scores(null, 60)).Value);
        Assert.Equal(20d, new IndexResult("i", 4, 20, Scores(20, null)).Value);
        var none = new IndexResult("i", 4, null, Scores(null, null));
        Assert.False(none.HasValue);
        Assert.True(new IndexResult("i", 4, 25, Scores(100, 0)).HasValue);
        Assert.Equal("i: no data (n=4)", none.ToString());
        Assert.Equal("i: 33.3 (n=5)", new IndexResult("i", 5, 100d / 3, [new IndexItemScore(A, 1, 1, 100d / 3)]).ToString());

        // The value must agree with the scores to 1e-9.
        Assert.Equal(50 + 1e-10, new IndexResult("i", 4, 50 + 1e-10, Scores(20, 60)).Value);
        var off = Assert.Throws<ArgumentException>(() => new IndexResult("i", 4, 50 + 1e-8, Scores(20, 60)));
        Assert.Equal("value", off.ParamName);
        Assert.Contains("must be the weighted mean of the item scores (50)", off.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new IndexResult("i", 4, 50 - 1e-8, Scores(20, 60)));
        Assert.Throws<ArgumentException>(() => new IndexResult("i", 4, 35, Scores(20, 60)));
        var missing = Assert.Throws<ArgumentException>(() => new IndexResult("i", 4, null, Scores(20, 60)));
        Assert.Contains("value (null) must be the weighted mean of the item scores (50).", missing.Message, StringComparison.Ordinal);
        var extra = Assert.Throws<ArgumentException>(() => new IndexResult("i", 4, 50, Scores(null, null)));
        Assert.Contains("value (50) must be the weighted mean of the item scores (null).", extra.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_refuses_counts_and_scores_out_of_range()
    {
        Assert.Equal(4, new IndexResult("i", 4, 25, Scores(100, 0)).Responses);
        Assert.Equal("items.answers", Assert.Throws<ArgumentOutOfRangeException>(() => new IndexResult("i", 3, 25, Scores(100, 0))).ParamName);
        Assert.Equal("items.score", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new IndexResult("i", 4, 100.5, [new IndexItemScore(A, 1, 1, 100.5)])).ParamName);
        Assert.Equal("items.score", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new IndexResult("i", 4, null, [new IndexItemScore(A, 1, 1, -0.5), new IndexItemScore(B, 0, null, null)])).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndexResult("i", 4, null, [new IndexItemScore(A, 0, null, null), new IndexItemScore(B, 5, null, null)]));
        Assert.Equal(100d, new IndexResult("i", 1, 100, [new IndexItemScore(A, 1, 1, 100)]).Value);
        Assert.Equal(0d, new IndexResult("i", 1, 0, [new IndexItemScore(A, 1, 1, 0)]).Value);
        Assert.Equal("responses", Assert.Throws<ArgumentOutOfRangeException>(() => new IndexResult("i", -1, null, [])).ParamName);
        Assert.Equal(0, new IndexResult("i", 0, null, []).Responses);
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndexResult("i", 0, double.NaN, []));
        Assert.Throws<ArgumentException>(() => new IndexResult(" ", 0, null, []));
        var items = Assert.Throws<ArgumentException>(() => new IndexResult("i", 0, null, default));
        Assert.Equal("items", items.ParamName);
        Assert.Contains("items must not be a default ImmutableArray.", items.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_are_equal_member_by_member()
    {
        var a = new IndexResult("i", 4, 25, Scores(100, 0));
        var same = new IndexResult("i", 4, 25, Scores(100, 0));
        Assert.True(a.Equals(same));
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.Equal("i", a.IndexName);
        Assert.Equal(Scores(100, 0).ToArray(), a.Items.ToArray());

        IndexResult[] others =
        [
            new("I", 4, 25, Scores(100, 0)),
            new("i", 5, 25, Scores(100, 0)),
            new("i", 4, 50, Scores(20, 60)),
            new("i", 4, 25, [new IndexItemScore(A, 3, 1, 100), new IndexItemScore(B, 4, 1, 0)]),
        ];
        foreach (var other in others)
        {
            Assert.False(a.Equals(other));
            Assert.False(a == other);
            Assert.True(a != other);
        }

        Assert.False(a.Equals((IndexResult?)null));
        Assert.False(a.Equals((object)"i"));
        Assert.False(a == null);
        Assert.False(null == a);
        Assert.True((IndexResult?)null == null);
        Assert.False((IndexResult?)null != null);
    }
}
