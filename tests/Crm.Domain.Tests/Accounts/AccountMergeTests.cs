using Crm.Domain.Accounts;
using Crm.Domain.Idic.Identify;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Accounts;

/// <summary>Issue 16 leftovers: a duplicate account merged into a survivor (contacts and identifiers kept, child
/// accounts re-parented, the duplicate closed naming the survivor), by hand and as a property over random forests.</summary>
public class AccountMergeTests
{
    private static readonly Instant T0 = AccountFixtures.T0;
    private static readonly Instant T1 = T0 + Duration.FromHours(1);
    private static readonly CustomerId Cara = CustomerId.Of("C-CARA");
    private static readonly CustomerId Dan = CustomerId.Of("C-DAN");
    private static readonly CustomerId Eve = CustomerId.Of("C-EVE");

    private static AccountId Id(string s) => AccountId.Of(s);

    // G is the group; S (the survivor, "Acme GmbH") and D (its duplicate, "ACME G.m.b.H.") both sit under G; D has two
    // branches B1 and B2. Cara is on both (technical on S, billing on D), Dan only on D (D's primary), Eve only on S.
    private static List<Account> Forest()
    {
        var g = Account.Create(Id("G"), "Acme Holdings plc", "ana", T0);
        var s = Account.Create(Id("S"), "Acme GmbH", "ana", T0, [CompanyIdentifier.Vat("DE136695976")], "acme.example", parent: Id("G"))
            .LinkContact(Eve, [ContactRole.DecisionMaker], T0)
            .LinkContact(Cara, [ContactRole.Technical], T0);
        var d = Account.Create(Id("D"), "ACME G.m.b.H.", "ben", T0, [CompanyIdentifier.Vat("DE136695976"), CompanyIdentifier.Other("HRB-86786")], "www.acme.example",
                parent: Id("G"))
            .LinkContact(Dan, [ContactRole.EconomicBuyer], T0)
            .LinkContact(Cara, [ContactRole.Billing], T0);
        return [g, s, d, Account.Create(Id("B1"), "Acme Berlin", "ben", T0, parent: Id("D")), Account.Create(Id("B2"), "Acme Hamburg", "ben", T0, parent: Id("D"))];
    }

    [Fact]
    public void The_survivor_keeps_every_contact_and_identifier_and_adopts_the_children()
    {
        var r = AccountMerger.Merge(Id("S"), Id("D"), Forest(), T1);

        Assert.Equal([Cara, Dan, Eve], r.Survivor.Contacts.Select(c => c.Contact));
        Assert.Equal([ContactRole.Technical, ContactRole.Billing], r.Survivor.ContactOf(Cara)!.Roles.ToArray());
        Assert.Equal(Eve, r.Survivor.PrimaryContact); // the survivor's primary stays
        Assert.Equal(["DE136695976", "HRB-86786"], r.Survivor.Identifiers.Select(i => i.Value));
        Assert.Equal(("Acme GmbH", "ana"), (r.Survivor.LegalName, r.Survivor.Owner));

        Assert.Equal(Id("S"), r.Duplicate.MergedInto);
        Assert.Equal(new AccountMergedInto(T1, Id("S")), r.Duplicate.History[^1]);
        Assert.Throws<IllegalTransitionException>(() => r.Duplicate.Rename("Anything", T1));

        Assert.Equal([Id("B1"), Id("B2")], r.Moved.Select(a => a.Id));
        Assert.All(r.Moved, a => Assert.Equal(Id("S"), a.Parent));
        Assert.False(r.Hierarchy.Contains(Id("D")));
        Assert.Equal([Id("B1"), Id("B2")], r.Hierarchy.ChildrenOf(Id("S")).ToArray());
        Assert.Equal(4, r.Changed.Count());
    }

    [Fact]
    public void The_merge_replays_and_round_trips_as_json()
    {
        var r = AccountMerger.Merge(Id("S"), Id("D"), Forest(), T1);
        foreach (var a in r.Changed)
        {
            var json = CrmJson.Serialize(a.ToSnapshot());
            var back = Account.FromSnapshot(CrmJson.Deserialize<AccountSnapshot>(json));
            Assert.Equal(json, CrmJson.Serialize(back.ToSnapshot()));
            Assert.Equal(a.Contacts.ToArray(), back.Contacts.ToArray());
            Assert.Equal(a.Identifiers.ToArray(), back.Identifiers.ToArray());
            Assert.Equal(a.MergedInto, back.MergedInto);
        }

        Assert.Contains("\"type\":\"account.merged.v1\"", CrmJson.Serialize(r.Survivor.ToSnapshot()), StringComparison.Ordinal);
        Assert.Contains("\"type\":\"account.mergedInto.v1\"", CrmJson.Serialize(r.Duplicate.ToSnapshot()), StringComparison.Ordinal);
        Assert.DoesNotContain("ACME", r.Survivor.History[^1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_survivor_below_the_duplicate_takes_its_place()
    {
        // D is the parent of S (through B1): merging D into S moves S to D's parent G first, then B2 (and B1) under S.
        var accounts = Forest().Select(a => a.Id == Id("S") ? a.MoveUnder(Id("B1"), T0) : a).ToList();
        var r = AccountMerger.Merge(Id("S"), Id("D"), accounts, T1);
        Assert.Equal(Id("G"), r.Survivor.Parent);
        Assert.Equal(Id("S"), r.Hierarchy.ParentOf(Id("B1")));
        Assert.Equal(Id("S"), r.Hierarchy.ParentOf(Id("B2")));
    }

    [Fact]
    public void A_same_verdict_drives_the_merge_and_other_verdicts_do_not()
    {
        var accounts = Forest();
        var match = new AccountMatcher().Compare(accounts[1], accounts[2]); // same VAT number and domain
        Assert.Equal(MatchDecision.Same, match.Decision);
        var r = AccountMerger.Merge(match, Id("S"), accounts, T1);
        Assert.Same(match, r.Match);
        Assert.Equal(Id("S"), r.Duplicate.MergedInto);

        var different = new AccountMatcher().Compare(accounts[0], accounts[3]);
        Assert.NotEqual(MatchDecision.Same, different.Decision);
        Assert.Equal("match", Assert.ThrowsAny<ArgumentException>(() => AccountMerger.Merge(different, Id("G"), accounts, T1)).ParamName);
        Assert.Equal("survivor", Assert.ThrowsAny<ArgumentException>(() => AccountMerger.Merge(match, Id("G"), accounts, T1)).ParamName);
    }

    [Fact]
    public void Merges_that_cannot_happen_are_refused()
    {
        var accounts = Forest();
        Assert.ThrowsAny<ArgumentException>(() => AccountMerger.Merge(Id("S"), Id("S"), accounts, T1));
        Assert.ThrowsAny<ArgumentException>(() => AccountMerger.Merge(Id("S"), Id("NOPE"), accounts, T1));
        Assert.ThrowsAny<ArgumentException>(() => AccountMerger.Merge(Id("S"), Id("D"), accounts, T0 - Duration.FromSeconds(1)));
        Assert.ThrowsAny<ArgumentException>(() => AccountMerger.Merge(Id("S"), Id("D"), null!, T1));
        var once = AccountMerger.Merge(Id("S"), Id("D"), accounts, T1);
        var after = accounts.Select(a => once.Changed.FirstOrDefault(c => c.Id == a.Id) ?? a).ToList();
        Assert.Throws<IllegalTransitionException>(() => AccountMerger.Merge(Id("G"), Id("D"), after, T1)); // closed already
        Assert.Throws<IllegalTransitionException>(() => AccountMerger.Merge(Id("D"), Id("B1"), after, T1));

        // A forged history: an account absorbing itself, or a closed duplicate.
        var s = accounts[1];
        Assert.ThrowsAny<ArgumentException>(() => Account.FromHistory([.. s.History, new AccountMerged(T1, s.History)]));
        Assert.ThrowsAny<ArgumentException>(() => Account.FromHistory([.. s.History, new AccountMerged(T1, once.Duplicate.History)]));
        Assert.ThrowsAny<ArgumentException>(() => Account.FromHistory([.. s.History, new AccountMergedInto(T1, s.Id)]));
    }

    // Property: over random forests of up to 12 accounts with random contacts, merging any open pair keeps every
    // contact of both on the survivor, every identifier of both, leaves everyone else's contacts alone, and leaves a
    // hierarchy without cycles in which no open account hangs under the duplicate.
    public static Arbitrary<(List<Account> Accounts, int Survivor, int Duplicate)> Cases() =>
        (from n in Gen.Choose(2, 12)
         from parents in Gen.ArrayOf(Gen.Choose(0, 100), n)
         from contacts in Gen.ArrayOf(Gen.Choose(0, 5), n)
         from survivor in Gen.Choose(0, n - 1)
         from shift in Gen.Choose(1, n - 1)
         select (Build(parents, contacts), survivor, (survivor + shift) % n)).ToArbitrary();

    private static List<Account> Build(int[] parents, int[] contacts)
    {
        var accounts = new List<Account>();
        for (var i = 0; i < parents.Length; i++)
        {
            // A parent among the earlier accounts (or none): a forest by construction, at most 12 deep.
            AccountId? parent = i == 0 || parents[i] % 3 == 0 ? null : Id($"A{parents[i] % i}");
            var a = Account.Create(Id($"A{i}"), $"Company {i}", "ana", T0, [CompanyIdentifier.Other($"REG-{i}")], parent: parent);
            for (var k = 0; k < contacts[i]; k++)
            {
                a = a.LinkContact(CustomerId.Of($"C-{(i * 7 + k) % 9}"), [(ContactRole)(1 + ((i + k) % 4))], T0);
            }

            accounts.Add(a);
        }

        return accounts;
    }

    [Property(Arbitrary = [typeof(AccountMergeTests)], MaxTest = 200)]
    public void No_contact_is_lost_and_the_hierarchy_stays_acyclic((List<Account> Accounts, int Survivor, int Duplicate) c)
    {
        var (accounts, si, di) = c;
        var r = AccountMerger.Merge(accounts[si].Id, accounts[di].Id, accounts, T1);
        var both = accounts[si].Contacts.Concat(accounts[di].Contacts).Select(x => x.Contact).Distinct().Order().ToArray();
        Assert.Equal(both, r.Survivor.Contacts.Select(x => x.Contact).ToArray());
        foreach (var x in r.Survivor.Contacts)
        {
            var roles = new[] { accounts[si].ContactOf(x.Contact), accounts[di].ContactOf(x.Contact) }.SelectMany(y => y is null ? [] : y.Roles.ToArray());
            Assert.Equal(roles.Distinct().Order().ToArray(), x.Roles.ToArray());
        }

        Assert.Equal(both.Length == 0, r.Survivor.PrimaryContact is null);
        Assert.Subset(r.Survivor.Identifiers.ToHashSet(), accounts[di].Identifiers.ToHashSet());
        Assert.Subset(r.Survivor.Identifiers.ToHashSet(), accounts[si].Identifiers.ToHashSet());

        var after = accounts.Select(a => r.Changed.FirstOrDefault(x => x.Id == a.Id) ?? a).ToList();
        Assert.All(after.Where(a => a.Id != accounts[si].Id && a.Id != accounts[di].Id),
            a => Assert.Equal(accounts.Single(b => b.Id == a.Id).Contacts.ToArray(), a.Contacts.ToArray()));
        var parentOf = after.Where(a => a.MergedInto is null).ToDictionary(a => a.Id, a => a.Parent);
        foreach (var start in parentOf.Keys)
        {
            // Walk up: every parent is open (not the duplicate), and the walk ends within the account count (no cycle).
            var steps = 0;
            for (var p = parentOf[start]; p is { } id; p = parentOf[id])
            {
                Assert.True(parentOf.ContainsKey(id), $"{start} hangs under the closed {id}");
                Assert.True(++steps <= parentOf.Count, $"a cycle through {start}");
            }
        }

        Assert.Equal(parentOf.Count, r.Hierarchy.Count);
    }
}
