using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Serialization;
using NodaTime;
using static Crm.Domain.Tests.Customers.CustomerFixtures;

// These tests also pin the raw accessors (Customer.Name, ContactPoints…), shipped API made obsolete by issue 17.
#pragma warning disable CS0618

namespace Crm.Domain.Tests.Customers;

public class CustomerTests
{
    [Fact]
    public void Change_Allowed_ReturnsNewCustomerAndAppendsAuditEntry()
    {
        var c = New("C1");
        var update = c.Rename(Admin, PersonName.Create("Augusta Ada", "King"), T0 + Duration.FromDays(1));
        Assert.True(update.IsAllowed);
        Assert.NotSame(c, update.Customer);
        Assert.Equal("King", update.Customer.Name!.Family);
        Assert.Equal("Lovelace", c.Name!.Family);
        Assert.Equal(2, update.Customer.AuditTrail.Length);
        var entry = update.Customer.AuditTrail[^1];
        Assert.Equal((AuditAction.Change, FieldGroup.Identity, "Name", AuditOutcome.Allowed), (entry.Action, entry.FieldGroup, entry.Field, entry.Outcome));
        Assert.Equal(AuditEntry.Redacted, entry.Before);
        Assert.Equal(AuditEntry.Redacted, entry.After);
        Assert.Equal(T0 + Duration.FromDays(1), update.Customer.LastChanged(FieldGroup.Identity));
    }

    [Fact]
    public void Change_WithoutPermission_LeavesCustomerUnchanged_AndAuditsTheRefusal()
    {
        var c = Rich("C1");
        var update = c.Rename(SalesRep, PersonName.Create("Eve", "Mallory"), T0);
        Assert.False(update.IsAllowed);

        // Issue 17: the refusal is kept in the trail (one AccessAudited event); the data is unchanged.
        Assert.IsType<AccessAudited>(Assert.Single(update.Customer.EventsSince(c.Version)));
        Assert.Same(update.Entry, update.Customer.AuditTrail[^1]);
        Assert.Equal(c.Name, update.Customer.Name);
        Assert.Equal(AuditOutcome.Denied, update.Entry.Outcome);
        Assert.Equal(FieldGroup.Identity, update.Entry.FieldGroup);
        Assert.Equal(SalesRep, update.Entry.Actor);
        Assert.Contains("role 'sales' has Read access to Identity", update.Entry.Reason, StringComparison.Ordinal);
        var ex = Assert.Throws<AccessDeniedException>(update.ThrowIfDenied);
        Assert.Same(update.Entry, ex.Refusal);
        Assert.IsAssignableFrom<InvalidOperationException>(ex);
        Assert.DoesNotContain("Mallory", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Change_UnknownRole_IsRefusedWithReason()
    {
        var update = New("C1").SetNotes(Stranger, "hello", T0);
        Assert.False(update.IsAllowed);
        Assert.Contains("not defined", update.Entry.Reason, StringComparison.Ordinal);
        Assert.Throws<AccessDeniedException>(() => New("C1").Read(Stranger, T0));
    }

    [Fact]
    public void Policy_UnknownFieldGroup_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DataAccessPolicy.Standard.LevelOf(Role.Of("admin"), FieldGroup.Unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataAccessPolicy.Standard.LevelOf(Role.Of("admin"), (FieldGroup)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataAccessPolicy.Empty.Grant(Role.Of("x"), AccessLevel.Read, FieldGroup.Unknown));
    }

    [Fact]
    public void Financial_Audit_ShowsBeforeAndAfterInClear()
    {
        var c = New("C1").SetCreditLimit(Finance, Money.Of(1000m, "EUR"), T0).ThrowIfDenied();
        var u = c.SetCreditLimit(Finance, Money.Of(2500m, "EUR"), T0 + Duration.FromDays(1));
        Assert.Equal("1000 EUR", u.Entry.Before);
        Assert.Equal("2500 EUR", u.Entry.After);
        Assert.False(c.SetCreditLimit(SalesRep, Money.Of(1m, "EUR"), T0).IsAllowed);
    }

    [Fact]
    public void Read_HidesGroupsTheRoleMayNotRead()
    {
        var c = Rich("C1").SetCreditLimit(Admin, Money.Of(500m, "EUR"), T0).ThrowIfDenied();
        var finance = c.Read(Finance, T0);
        Assert.NotNull(finance.Name);
        Assert.Empty(finance.ContactPoints);
        Assert.Null(finance.Notes);
        Assert.Equal(Money.Of(500m, "EUR"), finance.CreditLimit);
        Assert.False(finance.CanSee(FieldGroup.Contact));
        var service = c.Read(ServiceAgent, T0);
        Assert.Equal(3, service.ContactPoints.Length);
        Assert.Null(service.CreditLimit);
        Assert.NotNull(service.Notes);
    }

    [Fact]
    public void Register_WithoutIdentityChangeRight_Throws()
    {
        var ex = Assert.Throws<AccessDeniedException>(() =>
            Customer.Register(CustomerId.Of("C9"), PersonName.Create("A", "B"), SalesRep, T0, DataAccessPolicy.Standard));
        Assert.Equal(AuditAction.Register, ex.Refusal!.Action);
    }

    [Fact]
    public void Verify_RecordsNewState()
    {
        var c = Rich("C1");
        var email = c.PrimaryEmail!;
        var bounced = c.Verify(SalesRep, email, VerificationState.Failed, T0 + Duration.FromDays(3)).ThrowIfDenied();
        Assert.Null(bounced.PrimaryEmail);
        Assert.Equal("Verified", bounced.AuditTrail[^1].Before);
        Assert.Equal("Failed", bounced.AuditTrail[^1].After);
        Assert.Throws<ArgumentException>(() => c.Verify(SalesRep, ContactPoint.ForEmail(EmailAddress.Parse("zz@example.org"), VerificationState.Verified, T0), VerificationState.Verified, T0));
    }

    [Fact]
    public void Erase_RemovesAllPii_KeepsCountableAggregates()
    {
        var c = Rich("C1", email: "ada.lovelace@analytical.example");
        var erased = c.Erase(Admin, T0 + Duration.FromDays(30)).ThrowIfDenied();
        Assert.True(erased.IsErased);
        Assert.Null(erased.Name);
        Assert.Empty(erased.ContactPoints);
        Assert.Null(erased.Notes);
        Assert.Equal(c.Timeline.Count, erased.Timeline.Count);
        Assert.Equal(c.Consents.Records.Length, erased.Consents.Records.Length);
        Assert.Equal(ConsentStatus.Granted, erased.Consents.StatusOf(Channel.Email, ConsentPurpose.Marketing, T0));
        var texts = new[] { erased.ToString(), CrmJson.Serialize(erased.ToSnapshot()), string.Join("\n", erased.AuditTrail.Select(e => e.ToString())) };
        foreach (var pii in new[] { "Ada", "Lovelace", "ada.lovelace", "analytical", "7946", "James", "SW1Y", "Byron", "confirm-C1", "web-signup" })
        {
            Assert.All(texts, t => Assert.DoesNotContain(pii, t, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Erase_Twice_OrThenChangeIdentity_IsIllegal()
    {
        var erased = Rich("C1").Erase(Admin, T0).ThrowIfDenied();
        Assert.Throws<IllegalTransitionException>(() => erased.Erase(Admin, T0));
        Assert.Throws<IllegalTransitionException>(() => erased.Rename(Admin, PersonName.Create("A", "B"), T0));
        Assert.True(erased.RecordInteraction(Admin, Interaction.Create("o-9", T0, InteractionKind.Order, Channel.Web, InteractionDirection.Inbound)).IsAllowed);
    }

    [Fact]
    public void Erase_WithoutRights_IsRefused_AndChangesNothing()
    {
        var c = Rich("C1");
        var u = c.Erase(ServiceAgent, T0);
        Assert.False(u.IsAllowed);
        Assert.IsType<AccessAudited>(Assert.Single(u.Customer.EventsSince(c.Version)));
        Assert.False(u.Customer.IsErased);
        Assert.Equal(c.Name, u.Customer.Name);
        Assert.False(c.IsErased);
    }

    [Fact]
    public void ToString_ShowsNoPii()
    {
        var s = Rich("C1").ToString();
        Assert.Contains("C1", s, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada", s, StringComparison.Ordinal);
        Assert.DoesNotContain("example", s, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_Json_RoundTrips()
    {
        var c = Rich("C1").SetCreditLimit(Admin, Money.Of(10m, "EUR"), T0).ThrowIfDenied()
            .SetContactPreferences(Admin, DateTimeZoneProviders.Tzdb["Europe/Paris"], [Channel.Email, Channel.Phone], T0).ThrowIfDenied();
        var snapshot = c.ToSnapshot();
        var copy = JsonAssert.RoundTrip(snapshot);
        var back = Customer.FromSnapshot(copy, DataAccessPolicy.Standard);
        Assert.Equal(CrmJson.Serialize(snapshot), CrmJson.Serialize(back.ToSnapshot()));
        Assert.Equal("Europe/Paris", back.TimeZone.Id);
        Assert.Equal(c.Timeline.Interactions.ToArray(), back.Timeline.Interactions.ToArray());
    }

    [Fact]
    public void Snapshot_Invalid_IsRefused()
    {
        var json = CrmJson.Serialize(Rich("C1").ToSnapshot());
        var badZone = CrmJson.Deserialize<CustomerSnapshot>(json) with { TimeZoneId = "Mars/Olympus" };
        Assert.Throws<ArgumentException>(() => Customer.FromSnapshot(badZone, DataAccessPolicy.Standard));
        var erasedWithName = CrmJson.Deserialize<CustomerSnapshot>(json) with { IsErased = true };
        Assert.Throws<ArgumentException>(() => Customer.FromSnapshot(erasedWithName, DataAccessPolicy.Standard));
        JsonAssert.Invalid<CustomerSnapshot>(json.Replace("\"ada@example.org\"", "\"not-an-email\"", StringComparison.Ordinal));
    }
}
