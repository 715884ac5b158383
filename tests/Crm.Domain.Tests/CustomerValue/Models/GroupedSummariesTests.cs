using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.Fitting;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 13, item 6: the fitting input the vectorised likelihoods read (<see cref="GroupedSummaries"/>), on its two paths:
/// the counting sort that keeps every customer a row (large cohorts with continuous ages) and the merged table (small
/// cohorts, or repeated rows). Every expectation is counted from the input by the test itself: the groups, the blocks
/// that never cross a group nor exceed <see cref="GroupedSummaries.BlockSize"/>, the weights, and which path was taken.
/// </summary>
public class GroupedSummariesTests
{
    private const int Large = GroupedSummaries.AlwaysMergeBelow + 1_000;

    /// <summary>Customers with distinct continuous ages (so never worth merging), frequencies 0..maxX spread by a seeded draw.</summary>
    private static CustomerSummary[] Continuous(int n, int maxX, int seed)
    {
        var random = new Random(seed);
        var customers = new CustomerSummary[n];
        for (int i = 0; i < n; i++)
        {
            int x = random.Next(maxX + 1);
            double age = 20d + (20d * i / n);
            customers[i] = CustomerSummary.Create(x, x == 0 ? 0d : age * random.NextDouble(), age);
        }

        return customers;
    }

    private static void CheckGroupsAndBlocks(GroupedSummaries g)
    {
        Assert.Equal(g.GroupX.Length + 1, g.GroupStart.Length);
        Assert.Equal(0, g.GroupStart[0]);
        Assert.Equal(g.Rows, g.GroupStart[^1]);
        for (int k = 1; k < g.GroupX.Length; k++)
        {
            Assert.True(g.GroupX[k] > g.GroupX[k - 1], "x ascending and distinct");
            Assert.True(g.GroupStart[k] > g.GroupStart[k - 1], "no empty group");
        }

        Assert.Equal(g.Blocks + 1, g.BlockStart.Length);
        Assert.Equal(0, g.BlockStart[0]);
        Assert.Equal(g.Rows, g.BlockStart[^1]);
        for (int b = 0; b < g.Blocks; b++)
        {
            int group = g.BlockGroup[b];
            int size = g.BlockStart[b + 1] - g.BlockStart[b];
            Assert.InRange(size, 1, GroupedSummaries.BlockSize);
            Assert.True(g.BlockStart[b] >= g.GroupStart[group] && g.BlockStart[b + 1] <= g.GroupStart[group + 1], $"block {b} crosses its group");
        }

        // Fewest blocks: each group needs ceil(rows / BlockSize) blocks and gets no more.
        int expectedBlocks = 0;
        for (int k = 0; k < g.GroupX.Length; k++)
        {
            expectedBlocks += (g.GroupStart[k + 1] - g.GroupStart[k] + GroupedSummaries.BlockSize - 1) / GroupedSummaries.BlockSize;
        }

        Assert.Equal(expectedBlocks, g.Blocks);
    }

    [Fact]
    public void A_large_continuous_cohort_is_counting_sorted_one_row_per_weighted_customer_in_input_order()
    {
        var customers = Continuous(Large, maxX: 12, seed: 5);
        var weights = new double[customers.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = i % 7 == 0 ? 0d : 1d + (i % 3);
        }

        var g = GroupedSummaries.Create(customers, weights);

        Assert.False(g.Merged);
        CheckGroupsAndBlocks(g);
        var kept = Enumerable.Range(0, customers.Length).Where(i => weights[i] > 0d).ToArray();
        Assert.Equal(kept.Length, g.Rows);
        Assert.Equal(kept.Sum(i => weights[i]), g.TotalWeight);
        Assert.Equal(kept.Select(i => customers[i].Frequency).Distinct().Order().ToArray(), g.GroupX);

        // A stable counting sort: within a group, the customers in input order, with their own t_x, T and weight.
        int row = 0;
        foreach (var i in kept.OrderBy(i => customers[i].Frequency))
        {
            Assert.Equal(customers[i].Recency, g.Recency[row]);
            Assert.Equal(customers[i].Age, g.Age[row]);
            Assert.Equal(weights[i], g.Weight[row]);
            row++;
        }
    }

    [Fact]
    public void A_group_of_exactly_two_blocks_gets_two_blocks_and_a_long_one_is_cut_at_the_block_size()
    {
        // x = 0 for exactly 2 × BlockSize customers, x = 3 for the rest (more than one block).
        int n = (2 * GroupedSummaries.BlockSize) + 9_000;
        var customers = new CustomerSummary[n];
        for (int i = 0; i < n; i++)
        {
            double age = 10d + (30d * i / n);
            customers[i] = i < 2 * GroupedSummaries.BlockSize ? CustomerSummary.Create(0, 0d, age) : CustomerSummary.Create(3, age / 2d, age);
        }

        var g = GroupedSummaries.Create(customers, []);

        Assert.False(g.Merged);
        Assert.Equal([0, 3], g.GroupX);
        Assert.Equal(n, g.Rows);
        Assert.Equal(n, g.TotalWeight);
        Assert.Equal([0, 0, 1, 1], g.BlockGroup);
        Assert.Equal([0, GroupedSummaries.BlockSize, 2 * GroupedSummaries.BlockSize, (3 * GroupedSummaries.BlockSize), n], g.BlockStart);
        CheckGroupsAndBlocks(g);
    }

    [Fact]
    public void A_frequency_far_above_the_cohort_size_takes_the_table_path()
    {
        var customers = Continuous(Large, maxX: 5, seed: 8);
        customers[17] = CustomerSummary.Create((4 * Large) + 1, 30d, 35d);

        var g = GroupedSummaries.Create(customers, []);

        Assert.True(g.Merged);
        Assert.Equal((4 * Large) + 1, g.GroupX[^1]);
        Assert.Equal(Large, g.TotalWeight);
        CheckGroupsAndBlocks(g);

        // At exactly 4n the counting sort still runs.
        customers[17] = CustomerSummary.Create(4 * Large, 30d, 35d);
        Assert.False(GroupedSummaries.Create(customers, []).Merged);
    }

    [Fact]
    public void Repeated_rows_are_merged_with_their_weights_summed()
    {
        // 100 distinct summaries, each repeated: far fewer than half the rows are distinct.
        var customers = new CustomerSummary[Large];
        for (int i = 0; i < Large; i++)
        {
            int k = (i * 37) % 100;
            customers[i] = CustomerSummary.Create(k % 10, k % 10 == 0 ? 0d : k / 4d, 30d + k);
        }

        var g = GroupedSummaries.Create(customers, []);

        Assert.True(g.Merged);
        Assert.Equal(100, g.Rows);
        Assert.Equal(Large, g.TotalWeight);
        Assert.Equal(Large, g.Weight.Sum());
        CheckGroupsAndBlocks(g);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1d)]
    public void A_bad_weight_on_the_counting_path_is_named_with_its_index(double bad)
    {
        var customers = Continuous(Large, maxX: 4, seed: 3);
        var weights = Enumerable.Repeat(1d, Large).ToArray();
        weights[1234] = bad;

        var e = Assert.ThrowsAny<ArgumentException>(() => GroupedSummaries.Create(customers, weights));
        Assert.Equal("weights[1234]", e.ParamName);
    }

    [Fact]
    public void All_zero_weights_on_the_counting_path_are_refused()
    {
        var customers = Continuous(Large, maxX: 4, seed: 4);
        var e = Assert.Throws<ArgumentException>(() => GroupedSummaries.Create(customers, new double[Large]));
        Assert.Equal("weights", e.ParamName);
        Assert.Contains("must not all be zero", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weights_span_of_the_wrong_length_is_refused_on_the_counting_path()
    {
        var customers = Continuous(Large, maxX: 4, seed: 6);
        Assert.ThrowsAny<ArgumentException>(() => GroupedSummaries.Create(customers, new double[Large - 1]));
    }

    /// <summary>
    /// The estimate behind the merge: D equally frequent distinct rows, each drawn uniformly for every customer. Merging
    /// pays when the whole holds at most n/2 distinct rows; the estimate says yes well below and no well above.
    /// </summary>
    [Theory]
    [InlineData(40_000, 10, true)]
    [InlineData(40_000, 4_000, true)]
    [InlineData(40_000, 12_000, true)]
    [InlineData(40_000, 30_000, false)]
    [InlineData(40_000, 200_000, false)]
    [InlineData(20_000, 5_000, true)]
    [InlineData(20_000, 60_000, false)]
    public void Merging_is_judged_worth_it_when_the_estimated_distinct_rows_are_at_most_half(int n, int distinct, bool expected)
    {
        var random = new Random(n + distinct);
        var customers = new CustomerSummary[n];
        for (int i = 0; i < n; i++)
        {
            int k = random.Next(distinct);
            customers[i] = CustomerSummary.Create(k % 50, k % 50 == 0 ? 0d : 1d, 10d + (k / 50));
        }

        // The test's own count: distinct rows of the whole against n/2.
        int actual = customers.Select(c => (c.Frequency, c.Recency, c.Age)).Distinct().Count();
        Assert.Equal(expected, actual <= n / 2);
        Assert.Equal(expected, GroupedSummaries.WorthMerging(customers));
    }

    [Fact]
    public void All_distinct_rows_are_never_worth_merging()
    {
        Assert.False(GroupedSummaries.WorthMerging(Continuous(Large, maxX: 3, seed: 9)));
        Assert.False(GroupedSummaries.WorthMerging(Continuous(100, maxX: 3, seed: 9)));
    }

    [Fact]
    public void The_mean_age_is_the_weighted_mean_with_a_floor_of_a_thousandth()
    {
        CustomerSummary[] customers = [CustomerSummary.Create(0, 0d, 10d), CustomerSummary.Create(2, 3d, 30d), CustomerSummary.Create(1, 1d, 20d)];
        var g = GroupedSummaries.Create(customers, [1d, 3d, 0d]);
        Assert.Equal(((1d * 10d) + (3d * 30d)) / 4d, g.MeanAge(), 12);

        var young = GroupedSummaries.Create([CustomerSummary.Create(0, 0d, 1e-5), CustomerSummary.Create(0, 0d, 3e-5)], []);
        Assert.Equal(1e-3, young.MeanAge());
    }
}
