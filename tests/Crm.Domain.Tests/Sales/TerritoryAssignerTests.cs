using Crm.Domain.Accounts;
using Crm.Domain.Primitives;
using Crm.Domain.Sales.Assignment;
using Crm.Domain.Specifications;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Sales;

public class TerritoryAssignerTests
{
    private static readonly NodaTime.Instant T0 = Crm.Domain.Tests.Accounts.AccountFixtures.T0;

    private static Account Acc(int i, string country, SizeBand size) =>
        Account.Create(AccountId.Of($"A-{i}"), $"Company {i}", "pool", T0, address: Crm.Domain.Customers.PostalAddress.Create("1 Main St", "1000", "Town", country), size: size);

    private static readonly Specification<Account> Large = Spec.Where<Account>("large", a => a.Size == SizeBand.Large);
    private static readonly Specification<Account> Dach = Spec.Where<Account>("DACH", a => a.Address?.CountryCode is "DE" or "AT" or "CH");

    private static TerritoryAssigner<Account> Assigner() => new([
        AssignmentRule<Account>.Direct("key accounts", Large, "kay"),
        AssignmentRule<Account>.Capacity("DACH", Dach, [new("dora", 1), new("dirk", 2)]),
        AssignmentRule<Account>.RoundRobin("rest", Spec.All<Account>(), ["rob", "ria"]),
    ]);

    [Fact]
    public void Rules_apply_in_order_by_hand()
    {
        Account[] accounts = [Acc(1, "DE", SizeBand.Large), Acc(2, "DE", SizeBand.Small), Acc(3, "AT", SizeBand.Small), Acc(4, "CH", SizeBand.Small),
            Acc(5, "FR", SizeBand.Small), Acc(6, "DE", SizeBand.Small), Acc(7, "GB", SizeBand.Medium)];
        var batch = Assigner().AssignAll(accounts);
        // 1 large -> kay. 2: dora 0/1 vs dirk 0/2 tie -> dora. 3: dora full -> dirk (1/2). 4: dirk 1/2 < 2/2 -> dirk.
        // 5 -> rob. 6: DACH full -> round robin -> ria. 7 -> rob.
        Assert.Equal(["kay", "dora", "dirk", "dirk", "rob", "ria", "rob"], batch.Decisions.Select(d => d.Assignee));
        Assert.Equal(AssignmentRuleKind.RoundRobin, batch.Decisions[5].Kind);
        Assert.Equal(2, batch.Loads["dirk"]);

        var why = Assigner().Explain(accounts[1]);
        Assert.True(why.IsSatisfied);
        Assert.Equal(["large", "DACH"], why.Parts.Select(p => p.Parts[0].Name));
    }

    [Fact]
    public void Starting_loads_count_against_capacity()
    {
        var batch = Assigner().AssignAll([Acc(2, "DE", SizeBand.Small)], new Dictionary<string, int> { ["dora"] = 1 });
        Assert.Equal("dirk", batch.Decisions[0].Assignee);
        Assert.ThrowsAny<ArgumentException>(() => Assigner().AssignAll([Acc(2, "DE", SizeBand.Small)], new Dictionary<string, int> { ["dora"] = -1 }));
    }

    // Law: the same rules over the same candidates in the same order give the same decisions.
    [Property(MaxTest = 50)]
    public bool Assignment_is_deterministic(byte[] codes)
    {
        var countries = new[] { "DE", "AT", "FR", "GB" };
        var accounts = codes.Select((c, i) => Acc(i, countries[c % 4], (SizeBand)(c % 5))).ToList();
        var a = Assigner().AssignAll(accounts);
        var b = Assigner().AssignAll(accounts.ToArray());
        return a.Decisions.SequenceEqual(b.Decisions) && a.Loads.OrderBy(kv => kv.Key).SequenceEqual(b.Loads.OrderBy(kv => kv.Key));
    }
}
