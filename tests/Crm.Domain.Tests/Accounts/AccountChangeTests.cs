using Crm.Domain.Accounts;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using NodaTime;

namespace Crm.Domain.Tests.Accounts;

/// <summary>Issue 16 leftovers: every account field can change after creation, through its own command and event;
/// a change to the current value is refused; old snapshots (before these events existed) read back.</summary>
public class AccountChangeTests
{
    private static readonly Instant T0 = AccountFixtures.T0;
    private static readonly Duration Minute = Duration.FromMinutes(1);

    [Fact]
    public void Every_field_changes_through_its_own_event()
    {
        var a = AccountFixtures.Group();
        var address = PostalAddress.Create("2 Low Road", "EC1A 1BB", "London", "GB");
        var changed = a
            .Rename("  Acme   Holdings   Ltd ", T0 + Minute)
            .ChangeIdentifiers([CompanyIdentifier.UkCompanyNumber("00445790"), CompanyIdentifier.Vat("DE136695976"), CompanyIdentifier.Vat("de 136 695 976")], T0 + 2 * Minute)
            .ChangeIndustry(" Retail ", T0 + 3 * Minute)
            .ChangeSize(SizeBand.Micro, T0 + 4 * Minute)
            .ChangeAddress(address, T0 + 5 * Minute)
            .ChangeWebDomain("http://WWW.acme-holdings.example/", T0 + 6 * Minute);

        Assert.Equal("Acme Holdings Ltd", changed.LegalName);
        Assert.Equal(["00445790", "DE136695976"], changed.Identifiers.Select(i => i.Value));
        Assert.Equal("Retail", changed.Industry);
        Assert.Equal(SizeBand.Micro, changed.Size);
        Assert.Equal(address, changed.Address);
        Assert.Equal("acme-holdings.example", changed.WebDomain);
        Assert.Equal(a.Id, changed.Id);
        Assert.Equal(T0, changed.CreatedAt);
        Assert.Equal(7, changed.Version);
        Assert.Equal([typeof(AccountCreated), typeof(AccountLegalNameChanged), typeof(AccountIdentifiersChanged), typeof(AccountIndustryChanged),
            typeof(AccountSizeChanged), typeof(AccountAddressChanged), typeof(AccountWebDomainChanged)], changed.History.Select(e => e.GetType()));
        Assert.Equal("Acme Holdings plc", a.LegalName); // the original is unchanged

        var cleared = changed.ChangeIndustry(null, T0 + 7 * Minute).ChangeAddress(null, T0 + 7 * Minute)
            .ChangeWebDomain(null, T0 + 7 * Minute).ChangeIdentifiers([], T0 + 7 * Minute).ChangeSize(SizeBand.Unknown, T0 + 7 * Minute);
        Assert.Null(cleared.Industry);
        Assert.Null(cleared.Address);
        Assert.Null(cleared.WebDomain);
        Assert.Empty(cleared.Identifiers);
        Assert.Equal(SizeBand.Unknown, cleared.Size);
    }

    [Fact]
    public void Replay_and_snapshot_equal_the_changed_state()
    {
        var a = Changed();
        var replayed = Account.FromHistory(a.History);
        Assert.Equal((a.LegalName, a.Industry, a.Size, a.Address, a.WebDomain), (replayed.LegalName, replayed.Industry, replayed.Size, replayed.Address, replayed.WebDomain));
        Assert.Equal(a.Identifiers.ToArray(), replayed.Identifiers.ToArray());

        var json = CrmJson.Serialize(a.ToSnapshot());
        foreach (var kind in new[] { "legalNameChanged", "identifiersChanged", "industryChanged", "sizeChanged", "addressChanged", "webDomainChanged" })
        {
            Assert.Contains($"\"type\":\"account.{kind}.v1\"", json, StringComparison.Ordinal);
        }

        var back = Account.FromSnapshot(CrmJson.Deserialize<AccountSnapshot>(json));
        Assert.Equal("Acme Holdings Ltd", back.LegalName);
        Assert.Equal(json, CrmJson.Serialize(back.ToSnapshot()));
        Assert.ThrowsAny<ArgumentException>(() => Account.FromSnapshot(a.ToSnapshot() with { LegalName = "Acme Holdings plc" }));
    }

    [Fact]
    public void A_change_to_the_current_value_is_refused_and_records_nothing()
    {
        var a = Changed();
        var at = a.History[^1].At;
        Assert.Throws<IllegalTransitionException>(() => a.Rename("Acme  Holdings Ltd", at));
        Assert.Throws<IllegalTransitionException>(() => a.ChangeIdentifiers(a.Identifiers, at));
        Assert.Throws<IllegalTransitionException>(() => a.ChangeIndustry("Retail", at));
        Assert.Throws<IllegalTransitionException>(() => a.ChangeSize(SizeBand.Micro, at));
        Assert.Throws<IllegalTransitionException>(() => a.ChangeAddress(PostalAddress.Create("2 Low Road", "EC1A 1BB", "London", "GB"), at));
        Assert.Throws<IllegalTransitionException>(() => a.ChangeWebDomain("https://acme-holdings.example", at));
        var bare = Account.Create(AccountId.Of("A-9"), "Bare Ltd", "ana", T0);
        Assert.Throws<IllegalTransitionException>(() => bare.ChangeIndustry(null, T0));
        Assert.Throws<IllegalTransitionException>(() => bare.ChangeAddress(null, T0));
        Assert.Throws<IllegalTransitionException>(() => bare.ChangeWebDomain(null, T0));
        Assert.Throws<IllegalTransitionException>(() => bare.ChangeIdentifiers([], T0));
        Assert.Equal(1, bare.Version);
    }

    [Fact]
    public void Bad_values_are_refused_at_entry_naming_the_parameter()
    {
        var a = AccountFixtures.Group();
        Assert.Equal("legalName", Assert.ThrowsAny<ArgumentException>(() => a.Rename("  ", T0)).ParamName);
        Assert.Equal("legalName", Assert.ThrowsAny<ArgumentException>(() => a.Rename("Acme \uD800 Ltd", T0)).ParamName);
        Assert.Equal("legalName", Assert.ThrowsAny<ArgumentException>(() => a.Rename(new string('x', Account.MaxTextLength + 1), T0)).ParamName);
        Assert.Equal("identifiers", Assert.ThrowsAny<ArgumentException>(() => a.ChangeIdentifiers(null!, T0)).ParamName);
        Assert.Equal("identifiers", Assert.ThrowsAny<ArgumentException>(() => a.ChangeIdentifiers([default], T0)).ParamName);
        Assert.Equal("industry", Assert.ThrowsAny<ArgumentException>(() => a.ChangeIndustry(" ", T0)).ParamName);
        Assert.Equal("size", Assert.ThrowsAny<ArgumentException>(() => a.ChangeSize((SizeBand)99, T0)).ParamName);
        Assert.Equal("webDomain", Assert.ThrowsAny<ArgumentException>(() => a.ChangeWebDomain("not a domain", T0)).ParamName);
        Assert.Equal("at", Assert.ThrowsAny<ArgumentException>(() => a.ChangeSize(SizeBand.Small, T0 - Minute)).ParamName);
    }

    [Fact]
    public void A_history_with_a_tampered_change_is_refused()
    {
        var a = AccountFixtures.Group();
        Assert.ThrowsAny<ArgumentException>(() => Account.FromHistory([a.History[0], new AccountWebDomainChanged(T0, "WWW.Example.com")]));
        Assert.ThrowsAny<ArgumentException>(() => Account.FromHistory([a.History[0], new AccountLegalNameChanged(T0, "")]));
        Assert.ThrowsAny<ArgumentException>(() => Account.FromHistory([a.History[0], new AccountIdentifiersChanged(T0, default)]));
        Assert.ThrowsAny<ArgumentException>(() => Account.FromHistory([a.History[0], new AccountSizeChanged(T0, SizeBand.Large)])); // unchanged
    }

    /// <summary>A snapshot as 0.1.x wrote it before the field-change events existed (hand-written JSON): it reads back
    /// unchanged, and the account it gives accepts the new commands.</summary>
    [Fact]
    public void An_old_snapshot_reads_back()
    {
        const string json = """
            {"schemaVersion":1,"version":2,"id":"A-OLD","legalName":"Old Co Ltd","owner":"ben","parent":null,"primaryContact":null,
             "createdAt":"2026-03-02T09:00:00Z","history":[
              {"type":"account.created.v1","at":"2026-03-02T09:00:00Z","id":"A-OLD","legalName":"Old Co Ltd","owner":"ana",
               "identifiers":[{"kind":"Vat","value":"DE136695976"}],"webDomain":"old.example","industry":null,"size":"Small","address":null,"parent":null},
              {"type":"account.ownerChanged.v1","at":"2026-03-02T10:00:00Z","owner":"ben"}]}
            """;
        var old = Account.FromSnapshot(CrmJson.Deserialize<AccountSnapshot>(json));
        Assert.Equal(("Old Co Ltd", "ben", "old.example", SizeBand.Small), (old.LegalName, old.Owner, old.WebDomain, old.Size));
        Assert.Null(old.MergedInto);
        var renamed = old.Rename("New Co Ltd", Instant.FromUtc(2026, 3, 3, 9, 0));
        Assert.Equal("New Co Ltd", Account.FromSnapshot(CrmJson.Deserialize<AccountSnapshot>(CrmJson.Serialize(renamed.ToSnapshot()))).LegalName);
    }

    [Fact]
    public void Change_events_print_no_names_or_addresses()
    {
        var a = Changed();
        foreach (var e in a.History)
        {
            Assert.DoesNotContain("Acme", e.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Low Road", e.ToString(), StringComparison.Ordinal);
        }
    }

    /// <summary>Group() with every profile field changed once.</summary>
    internal static Account Changed() =>
        AccountFixtures.Group()
            .Rename("Acme Holdings Ltd", T0 + Minute)
            .ChangeIdentifiers([CompanyIdentifier.UkCompanyNumber("00445790"), CompanyIdentifier.Vat("DE136695976")], T0 + 2 * Minute)
            .ChangeIndustry("Retail", T0 + 3 * Minute)
            .ChangeSize(SizeBand.Micro, T0 + 4 * Minute)
            .ChangeAddress(PostalAddress.Create("2 Low Road", "EC1A 1BB", "London", "GB"), T0 + 5 * Minute)
            .ChangeWebDomain("acme-holdings.example", T0 + 6 * Minute);
}
