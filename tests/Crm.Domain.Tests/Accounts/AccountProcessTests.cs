using Crm.Domain.Accounts;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Tests.Processes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Accounts;

/// <summary>The account as a process: random command sequences (link, unlink, make primary, new owner, move, and the
/// field changes: name, identifiers, industry, size, address, web domain) keep
/// the process laws (replay = state, snapshot round trip, versions), and a refused command leaves the account as it
/// was.</summary>
[ProcessLawsFor(typeof(Account))]
public class AccountProcessTests
{
    private static readonly CustomerId[] People = [CustomerId.Of("C-1"), CustomerId.Of("C-2"), CustomerId.Of("C-3")];
    private static readonly AccountId?[] Parents = [AccountId.Of("A-P1"), AccountId.Of("A-P2"), null, AccountId.Of("A-1")];
    private static readonly CompanyIdentifier[] Identifiers = [CompanyIdentifier.Vat("DE136695976"), CompanyIdentifier.Other("HRB-86786")];
    private static readonly ContactRole[] Roles = Enum.GetValues<ContactRole>().Where(r => (int)r != 0).ToArray();

    public static Arbitrary<Account> Accounts() =>
        (from steps in (from kind in Gen.Choose(0, 10) from arg in Gen.Choose(0, 11) select (kind, arg)).ArrayOf()
         select Play(AccountFixtures.Rich(), steps)).ToArbitrary();

    /// <summary>Applies each step; a refused one (an illegal transition or a refused argument) must leave the account
    /// unchanged, and is skipped.</summary>
    private static Account Play(Account account, (int Kind, int Arg)[] steps)
    {
        foreach (var (kind, arg) in steps)
        {
            var at = account.History[^1].At + Duration.FromMinutes(1);
            var before = account.ToSnapshot();
            try
            {
                account = kind switch
                {
                    0 => account.LinkContact(People[arg % People.Length], [Roles[arg % Roles.Length]], at),
                    1 => account.UnlinkContact(People[arg % People.Length], at),
                    2 => account.MakePrimary(People[arg % People.Length], at),
                    3 => account.AssignOwner(arg % 2 == 0 ? "ana" : "ben", at),
                    4 => account.MoveUnder(Parents[arg % Parents.Length], at),
                    5 => account.Rename(arg % 2 == 0 ? "Acme GmbH" : "Acme Deutschland GmbH", at),
                    6 => account.ChangeIdentifiers(Identifiers[..(arg % (Identifiers.Length + 1))], at),
                    7 => account.ChangeIndustry(arg % 3 == 0 ? null : $"Industry {arg % 2}", at),
                    8 => account.ChangeSize((SizeBand)(arg % 5), at),
                    9 => account.ChangeAddress(arg % 2 == 0 ? null : PostalAddress.Create("1 Main St", "10115", "Berlin", "DE"), at),
                    _ => account.ChangeWebDomain(arg % 3 == 0 ? null : $"acme{arg % 2}.example", at),
                };
            }
            catch (Exception e) when (e is ArgumentException or IllegalTransitionException)
            {
                Assert.Equal(before.Version, account.Version);
                Assert.Equal(before.History, account.History);
            }
        }

        return account;
    }

    [Property(Arbitrary = [typeof(AccountProcessTests)], MaxTest = 150)]
    public void RandomCommandSequences_KeepTheProcessLaws(Account account) =>
        ProcessLaws.Hold<Account, AccountEvent, AccountSnapshot>(account, Account.FromHistory, a => a.ToSnapshot(), Account.FromSnapshot);

    [Property(Arbitrary = [typeof(AccountProcessTests)], MaxTest = 150)]
    public void A_linked_account_has_exactly_one_primary_contact(Account account) =>
        Assert.Equal(account.Contacts.IsEmpty ? 0 : 1, account.Contacts.Count(c => c.Contact == account.PrimaryContact));
}
