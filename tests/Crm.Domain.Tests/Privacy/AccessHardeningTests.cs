using System.Reflection;
using Crm.Domain.Campaigns;
using Crm.Domain.Customers;
using Crm.Domain.Idic.Interact;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using NodaTime;
using static Crm.Domain.Tests.Customers.CustomerFixtures;

namespace Crm.Domain.Tests.Privacy;

/// <summary>Issue 17, item 5: refusals and audited reads kept in the trail, reads through an actor, no personal data in
/// diagnostic text or exception messages, capture sources without contact data, compiled eligibility bound to its
/// instant, campaigns refuse audiences selected without a contact policy.</summary>
public class AccessHardeningTests
{
    // Every personal value Rich("C1") holds (CustomerFixtures.Rich): name, e-mail, phone, address, notes.
    private static readonly string[] Pii = ["Ada", "Lovelace", "ada@example.org", "7946", "St James", "SW1Y", "Byron"];

    [Fact]
    public void DeniedChange_IsKeptInTheAuditTrail_AndSurvivesReplay()
    {
        var c = Rich("C1");
        var update = c.Rename(SalesRep, PersonName.Create("Eve", "Mallory"), T0 + Duration.FromDays(3));

        Assert.False(update.IsAllowed);
        var after = update.Customer;
        Assert.Equal(c.Version + 1, after.Version);
        Assert.Same(update.Entry, after.AuditTrail[^1]);
        Assert.Equal((AuditAction.Change, FieldGroup.Identity, "Name", AuditOutcome.Denied), (update.Entry.Action, update.Entry.FieldGroup, update.Entry.Field, update.Entry.Outcome));
        Assert.Equal(SalesRep, update.Entry.Actor);
        Assert.Equal("role 'sales' has Read access to Identity, Change is required", update.Entry.Reason);
        var audited = Assert.IsType<AccessAudited>(after.History[^1]);
        Assert.Equal(T0 + Duration.FromDays(3), audited.AttemptedAt);

        // No data changed: the name the admin reads is the old one, and no field group's change instant moved.
        Assert.Equal("Lovelace", after.Read(Admin, T0).Name!.Family);
        foreach (var g in DataAccessPolicy.FieldGroups)
        {
            Assert.Equal(c.LastChanged(g), after.LastChanged(g));
        }

        // Replay and the snapshot's JSON keep the refusal.
        var replayed = Customer.FromHistory(after.History, DataAccessPolicy.Standard);
        Assert.Equal(AuditOutcome.Denied, replayed.AuditTrail[^1].Outcome);
        Assert.Equal(update.Entry.Reason, replayed.AuditTrail[^1].Reason);
        var restored = Customer.FromSnapshot(CrmJson.Deserialize<CustomerSnapshot>(CrmJson.Serialize(after.ToSnapshot())), DataAccessPolicy.Standard);
        Assert.Equal(after.Version, restored.Version);
        Assert.Equal(AuditOutcome.Denied, restored.AuditTrail[^1].Outcome);
    }

    [Fact]
    public void DeniedAttempt_DoesNotMoveTheClock_AndKeepsTheAttemptedInstant()
    {
        var c = Rich("C1").Rename(Admin, PersonName.Create("Ada", "King"), T0 + Duration.FromDays(10)).ThrowIfDenied();
        var early = c.SetNotes(SalesRep, "x", T0);
        var e = Assert.IsType<AccessAudited>(early.Customer.History[^1]);
        Assert.Equal(T0 + Duration.FromDays(10), e.At);
        Assert.Equal(T0, e.AttemptedAt);
        Assert.Equal(T0, early.Entry.At);

        // A refusal dated later does not stop an allowed change dated between.
        var late = c.SetNotes(SalesRep, "x", T0 + Duration.FromDays(30)).Customer;
        Assert.Equal(T0 + Duration.FromDays(10), late.History[^1].At);
        Assert.True(late.SetNotes(Admin, "y", T0 + Duration.FromDays(20)).IsAllowed);
    }

    [Fact]
    public void DeniedErasure_IsKeptInTheAuditTrail()
    {
        var update = Rich("C1").Erase(ServiceAgent, T0 + Duration.FromDays(3));
        Assert.False(update.IsAllowed);
        Assert.False(update.Customer.IsErased);
        Assert.Equal((AuditAction.Erase, AuditOutcome.Denied), (update.Customer.AuditTrail[^1].Action, update.Customer.AuditTrail[^1].Outcome));
    }

    [Fact]
    public void AuditedGroup_IsHiddenFromPlainReads_AndEachAuditedReadIsKept()
    {
        var policy = DataAccessPolicy.Standard.AuditReadsOf(FieldGroup.Notes);
        Assert.True(policy.IsReadAudited(FieldGroup.Notes));
        Assert.False(policy.IsReadAudited(FieldGroup.Identity));
        Assert.False(DataAccessPolicy.Standard.IsReadAudited(FieldGroup.Notes));
        var c = Customer.FromHistory(Rich("C1").History, policy);

        var plain = c.Read(Admin, T0 + Duration.FromDays(3));
        Assert.False(plain.CanSee(FieldGroup.Notes));
        Assert.Null(plain.Notes);

        var read = c.ReadAudited(Admin, T0 + Duration.FromDays(3));
        Assert.Equal("Prefers calls after lunch; daughter Byron.", read.View.Notes);
        Assert.Equal(c.Version + 1, read.Customer.Version);
        var entry = read.Customer.AuditTrail[^1];
        Assert.Equal((AuditAction.Read, FieldGroup.Notes, AuditOutcome.Allowed, Admin), (entry.Action, entry.FieldGroup, entry.Outcome, entry.Actor));
        Assert.Equal(read.Customer.Version, Customer.FromHistory(read.Customer.History, policy).Version);

        // A role that may not read the notes leaves no read event: nothing audited was shown.
        var sales = c.ReadAudited(SalesRep, T0 + Duration.FromDays(3));
        Assert.Same(c, sales.Customer);
        Assert.False(sales.View.CanSee(FieldGroup.Notes));
    }

    [Fact]
    public void RawPersonalDataAccessors_AreObsolete_InFavourOfReadingThroughAnActor()
    {
        foreach (var name in new[] { "Name", "DateOfBirth", "ContactPoints", "TimeZone", "PreferredChannels", "Notes", "PrimaryEmail", "PrimaryPhone", "PrimaryAddress" })
        {
            var attribute = typeof(Customer).GetProperty(name)!.GetCustomAttribute<ObsoleteAttribute>();
            Assert.NotNull(attribute);
            Assert.Contains("Customer.Read(actor, at)", attribute.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NoOutputOfACustomer_PrintsItsPersonalData()
    {
        var c = Rich("C1").SetDateOfBirth(Admin, new LocalDate(1815, 12, 10), T0).ThrowIfDenied();
        var denied = c.Rename(SalesRep, PersonName.Create("Eve", "Mallory"), T0);
        var texts = new List<string> { c.ToString(), c.ToSnapshot().ToString(), denied.ToString(), c.Read(Admin, T0).ToString(), c.ReadAudited(Admin, T0).ToString() };
        texts.AddRange(c.History.Select(e => e.ToString()));
        texts.AddRange(denied.Customer.AuditTrail.Select(e => e.ToString()));
        foreach (var text in texts)
        {
            foreach (var pii in Pii.Append("1815").Append("Mallory"))
            {
                Assert.DoesNotContain(pii, text, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>Every public type of the library with a member that holds personal data declares its own
    /// <c>ToString</c>: the compiler-generated one of a record prints every member.</summary>
    [Fact]
    public void EveryTypeHoldingPersonalData_DeclaresItsOwnToString()
    {
        var offenders = typeof(Customer).Assembly.GetExportedTypes()
            .Where(t => !t.IsInterface && !t.IsAbstract && !t.IsEnum)
            .Where(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(IsPersonal))
            .Where(t => t.GetMethod(nameof(ToString), Type.EmptyTypes) is not { } m || m.DeclaringType == typeof(object) || PrintsEveryMember(m))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void ExceptionMessages_NameTheFieldAndTheRule_NotTheValue()
    {
        var country = Assert.Throws<ArgumentException>(() => PostalAddress.Create("1 Main St", "12345", "Springfield", "Zebedee"));
        Assert.Equal("countryCode", country.ParamName);
        Assert.DoesNotContain("Zebedee", country.Message, StringComparison.Ordinal);
        Assert.Contains("ISO 3166-1 alpha-2", country.Message, StringComparison.Ordinal);

        var snapshot = Rich("C1").ToSnapshot() with { TimeZoneId = "Ada/Lovelace-Street" };
        var zone = Assert.Throws<ArgumentException>(() => Customer.FromSnapshot(snapshot, DataAccessPolicy.Standard));
        Assert.DoesNotContain("Lovelace-Street", zone.Message, StringComparison.Ordinal);
        Assert.Contains("TZDB", zone.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ada@example.org")]
    [InlineData("form from ada.lovelace@mail.example.co.uk")]
    [InlineData("+44 20 7946 0000")]
    [InlineData("call back on 020 7946 0000")]
    [InlineData("(555) 123-4567 ext")]
    public void CaptureSourceOrProofReference_ShapedLikeContactData_IsRefused_WithoutEchoingIt(string text)
    {
        var source = Assert.Throws<ArgumentException>(() => ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, T0, text, ConsentProof.DoubleOptIn));
        Assert.Equal("captureSource", source.ParamName);
        Assert.DoesNotContain(text, source.Message, StringComparison.Ordinal);
        var reference = Assert.Throws<ArgumentException>(() => ConsentRecord.Withdraw(Channel.Email, ConsentPurpose.Marketing, T0, "web", ConsentProof.None, text));
        Assert.Equal("proofReference", reference.ParamName);
    }

    [Theory]
    [InlineData("web-signup")]
    [InlineData("campaign-2026-05")]
    [InlineData("store 42, till 3")]
    [InlineData("reply STOP")]
    [InlineData("import 2026-05-12T10:15")]
    [InlineData("@marketing desk")]
    public void CaptureSource_Labels_AreAccepted(string text) =>
        Assert.Equal(text, ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, T0, text, ConsentProof.DoubleOptIn).CaptureSource);

    [Fact]
    public void ConsentRecordJson_WithAnEmailAsCaptureSource_IsRefused()
    {
        var json = CrmJson.Serialize(ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, T0, "web", ConsentProof.DoubleOptIn))
            .Replace("\"web\"", "\"ada@example.org\"", StringComparison.Ordinal);
        var ex = Record.Exception(() => CrmJson.Deserialize<ConsentRecord>(json));
        Assert.NotNull(ex);
        Assert.DoesNotContain("ada@example.org", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CompiledEligibility_RefusesLaterInstants_SoAWithdrawalInBetweenIsNeverMissed()
    {
        var noon = Instant.FromUtc(2026, 2, 2, 12, 0);
        var customer = Rich("C1");
        var eligibility = PolicyContactEligibility.Create(ContactPolicy.Create(ConsentPurpose.Marketing), [customer], noon);
        Assert.Equal(noon, eligibility.AsOf);
        Assert.True(eligibility.MayContact(customer.Id, Channel.Email, noon));

        // The customer withdraws an hour later; a selection a day later must not use the noon compilation.
        var later = noon + Duration.FromDays(1);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => eligibility.MayContact(customer.Id, Channel.Email, later));
        Assert.Equal("at", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => eligibility.Decide(customer.Id, Channel.Email, later));
        var definition = AudienceDefinition.Create("spring", Crm.Domain.Specifications.Spec.All<CampaignCustomer>(), Channel.Email, 0.5, 1, eligibility);
        Assert.Throws<ArgumentOutOfRangeException>(() => definition.Select([new CampaignCustomer(customer.Id, "A", 1, 1, 1, 1)], later));

        var withdrawn = customer.RecordConsent(Admin, ConsentRecord.Withdraw(Channel.Email, ConsentPurpose.Marketing, noon + Duration.FromHours(1), "unsubscribe-link")).ThrowIfDenied();
        var recompiled = PolicyContactEligibility.Create(ContactPolicy.Create(ConsentPurpose.Marketing), [withdrawn], later);
        Assert.False(recompiled.MayContact(customer.Id, Channel.Email, later));
    }

    [Fact]
    public void Campaign_RefusesAnAudienceSelectedWithoutAContactPolicy_UnlessToldExplicitly()
    {
        var at = Instant.FromUtc(2026, 2, 2, 12, 0);
        CampaignCustomer[] customers = [new(CustomerId.Of("C1"), "A", 1, 1, 1, 1), new(CustomerId.Of("C2"), "A", 1, 1, 1, 1)];
        var unchecked_ = AudienceDefinition.Create("all", Crm.Domain.Specifications.Spec.All<CampaignCustomer>(), Channel.Email, 0.5, 1, ContactEligibility.AllowAll).Select(customers, at);
        var draft = Campaign.Create("CMP-1", "Spring", Currency.Of("EUR"), at);

        var ex = Assert.Throws<ArgumentException>(() => draft.WithAudience(unchecked_, at));
        Assert.Equal("audience", ex.ParamName);
        Assert.Contains("AllowAll", ex.Message, StringComparison.Ordinal);
        Assert.Same(unchecked_, draft.WithUncheckedAudience(unchecked_, at).Audience);

        var withPolicy = AudienceDefinition.Create("all", Crm.Domain.Specifications.Spec.All<CampaignCustomer>(), Channel.Email, 0.5, 1, ContactEligibility.From((_, _, _) => true)).Select(customers, at);
        Assert.Same(withPolicy, draft.WithAudience(withPolicy, at).Audience);

        // An audience restored from JSON was accepted when it was first set.
        var restored = CrmJson.Deserialize<CampaignAudience>(CrmJson.Serialize(unchecked_));
        Assert.Equal(2, draft.WithAudience(restored, at).Audience!.MemberCount);
    }

    /// <summary>True when <paramref name="toString"/> is a record's synthesized one, which calls <c>PrintMembers</c>
    /// (Roslyn marks a record's hand-written <c>ToString</c> [CompilerGenerated] too, so the attribute cannot tell).</summary>
    private static bool PrintsEveryMember(MethodInfo toString)
    {
        var il = toString.GetMethodBody()?.GetILAsByteArray() ?? [];
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] is 0x28 or 0x6F)
            {
                try
                {
                    if (toString.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1))?.Name == "PrintMembers")
                    {
                        return true;
                    }
                }
                catch (ArgumentException)
                {
                    // Not a method token at this offset.
                }
            }
        }

        return false;
    }

    private static bool IsPersonal(PropertyInfo p) => PersonalMembers.IsPersonal(p);
}
