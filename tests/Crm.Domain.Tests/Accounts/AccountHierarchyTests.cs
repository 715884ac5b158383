using Crm.Domain.Accounts;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Primitives;
using FsCheck;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Accounts;

public class AccountHierarchyTests
{
    private static AccountId Id(string s) => AccountId.Of(s);

    private static KeyValuePair<AccountId, AccountId?> Link(string id, string? parent) => new(Id(id), parent is null ? null : Id(parent));

    // Group G has subsidiaries UK and DE; DE has a branch MUC. Hand-worked open pipeline (EUR): G 0, UK 100, DE 250, MUC 40.
    private static readonly AccountHierarchy Tree = AccountHierarchy.FromLinks([Link("G", null), Link("UK", "G"), Link("DE", "G"), Link("MUC", "DE"), Link("SOLO", null)]);

    [Fact]
    public void Answers_parent_children_depth_and_root()
    {
        Assert.Equal(Id("DE"), Tree.ParentOf(Id("MUC")));
        Assert.Null(Tree.ParentOf(Id("G")));
        Assert.Equal([Id("UK"), Id("DE")], Tree.ChildrenOf(Id("G")).ToArray());
        Assert.Equal(2, Tree.DepthOf(Id("MUC")));
        Assert.Equal(Id("G"), Tree.RootOf(Id("MUC")));
        Assert.Equal([Id("G"), Id("SOLO")], Tree.Roots);
    }

    [Fact]
    public void Pipeline_rolls_up_by_hand()
    {
        var own = new Dictionary<AccountId, Money>
        {
            [Id("UK")] = Money.Of(100m, "EUR"),
            [Id("DE")] = Money.Of(250m, "EUR"),
            [Id("MUC")] = Money.Of(40m, "EUR"),
        };
        var rolled = Tree.RollUp(own, (a, b) => a + b);
        Assert.Equal(Money.Of(390m, "EUR"), rolled[Id("G")]);
        Assert.Equal(Money.Of(290m, "EUR"), rolled[Id("DE")]);
        Assert.Equal(Money.Of(40m, "EUR"), rolled[Id("MUC")]);
        Assert.False(rolled.ContainsKey(Id("SOLO")));
    }

    [Fact]
    public void Nps_rolls_up_through_the_accumulator_merge()
    {
        // UK: promoters 9, 10; DE: detractor 3; MUC: passive 8 -> group: 2 promoters, 1 detractor of 4 = NPS 25.
        var own = new Dictionary<AccountId, NpsAccumulator>
        {
            [Id("UK")] = NpsAccumulator.Empty.AddRange([NpsRating.Of(9), NpsRating.Of(10)]),
            [Id("DE")] = NpsAccumulator.Empty.Add(NpsRating.Of(3)),
            [Id("MUC")] = NpsAccumulator.Empty.Add(NpsRating.Of(8)),
        };
        var rolled = Tree.RollUp<NpsAccumulator>(own);
        Assert.Equal(4, rolled[Id("G")].Count);
        Assert.Equal(25d, rolled[Id("G")].Result.Score!.Value, 9);
    }

    [Fact]
    public void Cycles_depth_and_unknown_parents_are_refused()
    {
        Assert.ThrowsAny<ArgumentException>(() => AccountHierarchy.FromLinks([Link("A", "B"), Link("B", "C"), Link("C", "A")]));
        Assert.ThrowsAny<ArgumentException>(() => AccountHierarchy.FromLinks([Link("A", "A")]));
        Assert.ThrowsAny<ArgumentException>(() => AccountHierarchy.FromLinks([Link("A", "NOPE")]));
        Assert.ThrowsAny<ArgumentException>(() => AccountHierarchy.FromLinks([Link("A", null), Link("A", null)]));
        var chain = Enumerable.Range(0, AccountHierarchy.MaxDepth).Select(i => Link($"L{i}", i == 0 ? null : $"L{i - 1}")).ToList();
        Assert.Equal(AccountHierarchy.MaxDepth - 1, AccountHierarchy.FromLinks(chain).DepthOf(Id($"L{AccountHierarchy.MaxDepth - 1}")));
        chain.Add(Link("TOO-DEEP", $"L{AccountHierarchy.MaxDepth - 1}"));
        Assert.ThrowsAny<ArgumentException>(() => AccountHierarchy.FromLinks(chain));

        Assert.False(Tree.CanMove(Id("G"), Id("MUC"), out var reason));
        Assert.Contains("cycle", reason, StringComparison.Ordinal);
        Assert.True(Tree.CanMove(Id("SOLO"), Id("MUC"), out _));
        Assert.True(Tree.CanMove(Id("MUC"), null, out _));
    }

    // Law: with values on the leaves only, each root's roll-up equals the merge of the leaves under it.
    [Property(MaxTest = 200)]
    public bool Roll_up_at_the_root_is_the_sum_over_its_leaves(PositiveInt size, int seed)
    {
        var n = Math.Min(size.Get, 300);
        var rng = new Random(seed);
        var parents = new int[n];
        var depth = new int[n];
        for (var i = 0; i < n; i++)
        {
            parents[i] = i == 0 || rng.Next(4) == 0 ? -1 : rng.Next(i);
            depth[i] = parents[i] < 0 ? 0 : depth[parents[i]] + 1;
            if (depth[i] >= AccountHierarchy.MaxDepth)
            {
                (parents[i], depth[i]) = (-1, 0);
            }
        }

        var hierarchy = AccountHierarchy.FromLinks(Enumerable.Range(0, n).Select(i => Link($"N{i}", parents[i] < 0 ? null : $"N{parents[i]}")));
        var isLeaf = Enumerable.Range(0, n).Select(i => !parents.Contains(i)).ToArray();
        var own = Enumerable.Range(0, n).Where(i => isLeaf[i])
            .ToDictionary(i => Id($"N{i}"), i => ServicesPerCustomerAccumulator.Empty.AddRange(new[] { i % 5, (i * 7) % 3 }));
        var rolled = hierarchy.RollUp<ServicesPerCustomerAccumulator>(own);
        for (var r = 0; r < n; r++)
        {
            if (parents[r] >= 0)
            {
                continue;
            }

            long services = 0, customers = 0;
            for (var i = 0; i < n; i++)
            {
                var top = i;
                while (parents[top] >= 0)
                {
                    top = parents[top];
                }

                if (top == r && isLeaf[i])
                {
                    services += (i % 5) + ((i * 7) % 3);
                    customers += 2;
                }
            }

            if (rolled[Id($"N{r}")].Services != services || rolled[Id($"N{r}")].Count != customers)
            {
                return false;
            }
        }

        return true;
    }
}
