using Crm.Domain.Customers;
using Crm.Domain.Tests.Serialization;

namespace Crm.Domain.Tests.Customers;

public class ContactValueTests
{
    [Theory]
    [InlineData("  Ada.Lovelace@Example.ORG ", "ada.lovelace@example.org")]
    [InlineData("a+tag@sub.example.co.uk", "a+tag@sub.example.co.uk")]
    public void EmailParse_Valid_IsNormalised(string text, string expected) => Assert.Equal(expected, EmailAddress.Parse(text).Value);

    [Theory]
    [InlineData("", "blank")]
    [InlineData("ada.example.org", "no '@'")]
    [InlineData("a@b@example.org", "more than one '@'")]
    [InlineData("ada@localhost", "no dot")]
    [InlineData("ada..l@example.org", "two dots")]
    [InlineData("ada l@example.org", "white space")]
    [InlineData("ada@-bad.org", "hyphen")]
    [InlineData("ada@example.1", "top-level")]
    public void EmailTryParse_Invalid_GivesReasonWithoutEchoingText(string text, string reasonPart)
    {
        Assert.False(EmailAddress.TryParse(text, out _, out var reason));
        Assert.Contains(reasonPart, reason, StringComparison.Ordinal);
        if (text.Length > 0)
        {
            Assert.DoesNotContain(text, reason, StringComparison.Ordinal);
        }

        Assert.Throws<ArgumentException>(() => EmailAddress.Parse(text));
    }

    [Theory]
    [InlineData("+44 20 7946 0000", null, "+442079460000")]
    [InlineData("0044 (20) 7946-0000", null, "+442079460000")]
    [InlineData("020 7946 0000", "44", "+442079460000")]
    [InlineData("06.12.34.56.78", "33", "+33612345678")]
    public void PhoneParse_Valid_IsE164(string text, string? cc, string expected) => Assert.Equal(expected, PhoneNumber.Parse(text, cc).Value);

    [Theory]
    [InlineData("020 7946 0000", null, "no default country calling code")]
    [InlineData("+44 20 7946 000x", null, "character")]
    [InlineData("+44 123", null, "digits")]
    [InlineData("+1234567890123456", null, "digits")]
    [InlineData("7946 0000", "44", "neither")]
    public void PhoneTryParse_Invalid_GivesReason(string text, string? cc, string reasonPart)
    {
        Assert.False(PhoneNumber.TryParse(text, cc, out _, out var reason));
        Assert.Contains(reasonPart, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void PhoneParse_BadDefaultCallingCode_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PhoneNumber.Parse("020 7946 0000", "0044"));

    [Fact]
    public void PiiValues_ToString_AreRedacted()
    {
        var email = EmailAddress.Parse("ada@example.org");
        var phone = PhoneNumber.Parse("+442079460000");
        var address = PostalAddress.Create(" 12  St James's Square ", "sw1y 4lb", "London", "gb");
        var name = PersonName.Create(" Ada ", "Lovelace");
        Assert.DoesNotContain("ada", email.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("7946", phone.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("James", address.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Ada", name.ToString(), StringComparison.Ordinal);
        Assert.Equal("12 St James's Square", address.Street);
        Assert.Equal("SW1Y 4LB", address.PostalCode);
        Assert.Equal("GB", address.CountryCode);
        Assert.Equal("Ada Lovelace", name.Full);
    }

    [Fact]
    public void PostalAddress_BadCountry_Throws() =>
        Assert.Throws<ArgumentException>(() => PostalAddress.Create("1 Main St", "1000", "Brussels", "BEL"));

    [Fact]
    public void PersonName_Keys_StripDiacriticsAndCase()
    {
        var name = PersonName.Create("José-María", "Núñez O'Brien");
        Assert.Equal("jose maria", name.GivenKey);
        Assert.Equal("nunez o brien", name.FamilyKey);
    }

    [Fact]
    public void ContactPoint_RequiresMatchingValue() =>
        Assert.Throws<ArgumentException>(() => ContactPoint.ForEmail(default, VerificationState.Verified, CustomerFixtures.T0));

    [Fact]
    public void Touchpoints_FollowTheConceptsDocument()
    {
        Assert.Equal(TouchpointClass.FaceToFace, Touchpoints.ClassOf(Channel.InPerson));
        Assert.Equal(TouchpointClass.DatabaseDriven, Touchpoints.ClassOf(Channel.Email));
        Assert.Equal(TouchpointClass.DatabaseDriven, Touchpoints.ClassOf(Channel.Sms));
        Assert.Equal(TouchpointClass.DatabaseDriven, Touchpoints.ClassOf(Channel.Fax));
        Assert.Equal(TouchpointClass.MassMedia, Touchpoints.ClassOf(Channel.Web));
        Assert.Throws<ArgumentOutOfRangeException>(() => Touchpoints.ClassOf(Channel.Unknown));
    }

    [Fact]
    public void Json_RoundTrips_ContactValues()
    {
        Assert.Equal(EmailAddress.Parse("ada@example.org"), JsonAssert.RoundTrip(EmailAddress.Parse("ada@example.org")));
        Assert.Equal(PhoneNumber.Parse("+442079460000"), JsonAssert.RoundTrip(PhoneNumber.Parse("+442079460000")));
        var address = PostalAddress.Create("12 St James's Square", "SW1Y 4LB", "London", "GB");
        Assert.Equal(address, JsonAssert.RoundTrip(address));
        var name = PersonName.Create("Ada", "Lovelace");
        Assert.Equal(name, JsonAssert.RoundTrip(name));
        var cp = ContactPoint.ForEmail(EmailAddress.Parse("ada@example.org"), VerificationState.Verified, CustomerFixtures.T0);
        Assert.Equal(cp, JsonAssert.RoundTrip(cp));
        Assert.Equal(ConsentPurpose.Marketing, JsonAssert.RoundTrip(ConsentPurpose.Marketing));
        Assert.Equal(CustomerFixtures.SalesRep, JsonAssert.RoundTrip(CustomerFixtures.SalesRep));
        var interaction = Interaction.Create("o-1", CustomerFixtures.T0, InteractionKind.Order, Channel.Web, InteractionDirection.Inbound);
        Assert.Equal(interaction, JsonAssert.RoundTrip(interaction));
    }

    [Fact]
    public void Json_Invalid_IsRefused()
    {
        JsonAssert.Invalid<EmailAddress>("\"not-an-email\"");
        JsonAssert.Invalid<PhoneNumber>("\"12\"");
        JsonAssert.Invalid<PostalAddress>("{\"street\":\"x\",\"postalCode\":\"1\",\"city\":\"y\",\"countryCode\":\"XYZ\"}");
        JsonAssert.Invalid<PersonName>("{\"given\":\"Ada\",\"family\":\" \"}");
        JsonAssert.Invalid<ConsentRecord>("{\"channel\":\"Unknown\",\"purpose\":\"marketing\",\"status\":\"Granted\",\"at\":\"2026-01-01T00:00:00Z\",\"captureSource\":\"web\",\"proof\":\"None\"}");
        JsonAssert.Invalid<Interaction>("{\"reference\":\"o\",\"at\":\"2026-01-01T00:00:00Z\",\"kind\":\"Order\",\"channel\":\"Web\",\"touchpoint\":\"MassMedia\",\"direction\":\"Unknown\"}");
    }
}
