using Crm.Domain.Accounts;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using Crm.Domain.Serialization;
using NodaTime;

namespace Crm.Domain.Tests.Accounts;

public class AccountTests
{
    private static readonly Instant T0 = AccountFixtures.T0;

    // Published examples: python-stdnum's doctests (de/vat.py, be/vat.py, it/iva.py, fr/tva.py).
    [Theory]
    [InlineData("DE 136,695 976", "DE136695976")]
    [InlineData("BE 0403.019.261", "BE0403019261")]
    [InlineData("IT 00743110157", "IT00743110157")]
    [InlineData("Fr 40 303 265 045", "FR40303265045")]
    [InlineData("NL820646660B01", "NL820646660B01")]
    public void Valid_vat_numbers_normalise(string given, string normalised) =>
        Assert.Equal(normalised, CompanyIdentifier.Vat(given).Value);

    [Theory]
    [InlineData("DE136695978")] // wrong ISO 7064 MOD 11,10 check digit (stdnum)
    [InlineData("BE0431150351")] // wrong mod-97 check (stdnum's BE431150351)
    [InlineData("IT00743110158")] // wrong Luhn digit (stdnum)
    [InlineData("FR41303265045")] // wrong key
    [InlineData("DE12345678")] // eight digits
    [InlineData("QQ123456789")] // no such country
    public void Invalid_vat_numbers_are_refused(string given)
    {
        Assert.ThrowsAny<ArgumentException>(() => CompanyIdentifier.Vat(given));
        Assert.False(CompanyIdentifier.IsValid(CompanyIdentifierKind.Vat, given));
    }

    [Theory]
    [InlineData("00445790", true)] // Tesco PLC
    [InlineData("SC123456", true)]
    [InlineData("oc 301 540", true)]
    [InlineData("1234567", false)]
    [InlineData("XX123456", false)]
    [InlineData("SC12345A", false)]
    public void Uk_company_numbers_follow_the_companies_house_format(string given, bool valid) =>
        Assert.Equal(valid, CompanyIdentifier.IsValid(CompanyIdentifierKind.UkCompanyNumber, given));

    [Fact]
    public void The_first_contact_is_primary_and_the_primary_leaves_last()
    {
        var a = Account.Create(AccountId.Of("A-1"), "  Acme   Ltd ", "ana", T0, webDomain: "HTTPS://www.Acme.example/contact");
        Assert.Equal("Acme Ltd", a.LegalName);
        Assert.Equal("acme.example", a.WebDomain);
        Assert.Null(a.PrimaryContact);

        var c1 = CustomerId.Of("C-1");
        var c2 = CustomerId.Of("C-2");
        a = a.LinkContact(c2, [ContactRole.Technical, ContactRole.User, ContactRole.Technical], T0)
             .LinkContact(c1, [ContactRole.DecisionMaker], T0);
        Assert.Equal(c2, a.PrimaryContact);
        Assert.Equal([c1, c2], a.Contacts.Select(c => c.Contact));
        Assert.Equal([ContactRole.Technical, ContactRole.User], a.ContactOf(c2)!.Roles.ToArray());
        Assert.Equal([c1], a.ContactsWith(ContactRole.DecisionMaker).Select(c => c.Contact));

        Assert.Throws<IllegalTransitionException>(() => a.UnlinkContact(c2, T0));
        a = a.MakePrimary(c1, T0).UnlinkContact(c2, T0);
        Assert.Equal(c1, a.PrimaryContact);
        a = a.UnlinkContact(c1, T0);
        Assert.Null(a.PrimaryContact);
        Assert.Empty(a.Contacts);
    }

    [Fact]
    public void Commands_refuse_what_cannot_happen()
    {
        var a = AccountFixtures.Group();
        Assert.ThrowsAny<ArgumentException>(() => a.MoveUnder(a.Id, T0));
        Assert.Throws<IllegalTransitionException>(() => a.MoveUnder(null, T0));
        Assert.Throws<IllegalTransitionException>(() => a.AssignOwner("ana", T0));
        Assert.Throws<IllegalTransitionException>(() => a.MakePrimary(CustomerId.Of("C-9"), T0));
        Assert.ThrowsAny<ArgumentException>(() => a.LinkContact(CustomerId.Of("C-9"), [], T0));
        Assert.ThrowsAny<ArgumentException>(() => a.LinkContact(CustomerId.Of("C-9"), [ContactRole.Unknown], T0));
        Assert.ThrowsAny<ArgumentException>(() => a.AssignOwner("ben", T0 - Duration.FromSeconds(1)));
        Assert.ThrowsAny<ArgumentException>(() => Account.Create(AccountId.Of("A-2"), "X", "ana", T0, webDomain: "not a domain"));
        Assert.ThrowsAny<ArgumentException>(() => Account.Create(default, "X", "ana", T0));
    }

    [Fact]
    public void History_and_snapshot_rebuild_the_account()
    {
        var a = AccountFixtures.Rich();
        Assert.Equal(7, a.Version);
        var replayed = Account.FromHistory(a.History);
        Assert.Equal(a.Contacts.ToArray(), replayed.Contacts.ToArray());
        Assert.Equal(a.PrimaryContact, replayed.PrimaryContact);
        Assert.Equal(CustomerId.Of("C-2"), a.PrimaryContact);
        Assert.Equal(AccountId.Of("A-GROUP"), replayed.Parent);
        Assert.Equal("ben", replayed.Owner);

        var json = CrmJson.Serialize(a.ToSnapshot());
        Assert.Contains("\"type\":\"account.contactLinked.v1\"", json, StringComparison.Ordinal);
        var back = Account.FromSnapshot(CrmJson.Deserialize<AccountSnapshot>(json));
        Assert.Equal(json, CrmJson.Serialize(back.ToSnapshot()));

        var tampered = a.ToSnapshot() with { Owner = "eve" };
        Assert.ThrowsAny<ArgumentException>(() => Account.FromSnapshot(tampered));
        Assert.ThrowsAny<ArgumentException>(() => Account.FromHistory(a.History.RemoveAt(0)));
        Assert.Equal(a.History[^1..].ToArray(), a.EventsSince(a.Version - 1).ToArray());
    }
}
