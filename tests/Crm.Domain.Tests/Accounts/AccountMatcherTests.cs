using Crm.Domain.Accounts;
using Crm.Domain.Idic.Identify;
using Crm.Domain.Primitives;

namespace Crm.Domain.Tests.Accounts;

public class AccountMatcherTests
{
    private static readonly NodaTime.Instant T0 = AccountFixtures.T0;

    [Theory]
    [InlineData("Acme Ltd", "acme")]
    [InlineData("ACME Limited", "acme")]
    [InlineData("Müller & Söhne GmbH & Co. KG", "muller sohne")]
    public void Name_keys_drop_legal_forms(string name, string key) => Assert.Equal(key, AccountMatcher.NameKey(name));

    [Fact]
    public void Same_identifier_and_similar_name_is_the_same_account()
    {
        var a = Account.Create(AccountId.Of("A-1"), "Acme Ltd", "ana", T0, [CompanyIdentifier.UkCompanyNumber("00445790")]);
        var b = Account.Create(AccountId.Of("A-2"), "ACME Limited", "ben", T0, [CompanyIdentifier.UkCompanyNumber("00445790")], "acme.example");
        var r = new AccountMatcher().Compare(b, a);
        Assert.Equal(AccountId.Of("A-1"), r.First);
        Assert.Equal(MatchDecision.Same, r.Decision);
        // Identifier agrees (1 x 5), name keys equal (1 x 3): score 1; the domain is on one side only, not compared.
        Assert.Equal(1d, r.Score, 12);
        Assert.Equal([MatchField.Identifier, MatchField.Name], r.Evidence.Select(e => e.Field));
    }

    [Fact]
    public void Different_identifiers_outweigh_a_similar_name()
    {
        var a = Account.Create(AccountId.Of("A-1"), "Acme Ltd", "ana", T0, [CompanyIdentifier.UkCompanyNumber("00445790")]);
        var b = Account.Create(AccountId.Of("A-2"), "Acme Ltd", "ana", T0, [CompanyIdentifier.UkCompanyNumber("SC123456")]);
        var r = new AccountMatcher().Compare(a, b);
        // (0 x 1 + 1 x 3) / (1 + 3) = 0.75: review, not same.
        Assert.Equal(0.75, r.Score, 12);
        Assert.Equal(MatchDecision.Review, r.Decision);
    }

    [Fact]
    public void A_name_alone_is_never_same()
    {
        var a = Account.Create(AccountId.Of("A-1"), "Acme Ltd", "ana", T0);
        var b = Account.Create(AccountId.Of("A-2"), "Acme Limited", "ana", T0);
        Assert.Equal(MatchDecision.Review, new AccountMatcher().Compare(a, b).Decision);
    }
}
