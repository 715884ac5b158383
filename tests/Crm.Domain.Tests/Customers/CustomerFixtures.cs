using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Tests.Customers;

/// <summary>Shared builders for customer tests (Customers and Idic rooms).</summary>
public static class CustomerFixtures
{
    public static readonly Instant T0 = Instant.FromUtc(2026, 1, 5, 12, 0);
    public static readonly Actor Admin = Actor.Of("u-admin", "admin");
    public static readonly Actor SalesRep = Actor.Of("u-sales", "sales");
    public static readonly Actor ServiceAgent = Actor.Of("u-service", "service");
    public static readonly Actor Finance = Actor.Of("u-finance", "finance");
    public static readonly Actor Stranger = Actor.Of("u-x", "intern");

    public static Customer New(string id, string given = "Ada", string family = "Lovelace", string source = "crm", Instant? at = null) =>
        Customer.Register(CustomerId.Of(id), PersonName.Create(given, family), Admin, at ?? T0, DataAccessPolicy.Standard, source);

    /// <summary>A customer with e-mail, phone, address, marketing consent on e-mail, two interactions and notes.</summary>
    public static Customer Rich(string id, string email = "ada@example.org", string given = "Ada", string family = "Lovelace", string source = "crm", Instant? at = null)
    {
        var t = at ?? T0;
        var c = New(id, given, family, source, t);
        c = c.AddContactPoint(Admin, ContactPoint.ForEmail(EmailAddress.Parse(email), VerificationState.Verified, t), t).ThrowIfDenied();
        c = c.AddContactPoint(Admin, ContactPoint.ForPhone(PhoneNumber.Parse("+44 20 7946 0000"), VerificationState.Unverified, t), t).ThrowIfDenied();
        c = c.AddContactPoint(Admin, ContactPoint.ForAddress(PostalAddress.Create("12 St James's Square", "SW1Y 4LB", "London", "gb"), VerificationState.Unverified, t), t).ThrowIfDenied();
        c = c.RecordConsent(Admin, ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, t, "web-signup", ConsentProof.DoubleOptIn, "confirm-" + id)).ThrowIfDenied();
        c = c.RecordInteraction(Admin, Interaction.Create("order-" + id, t + Duration.FromDays(1), InteractionKind.Order, Channel.Web, InteractionDirection.Inbound)).ThrowIfDenied();
        c = c.RecordInteraction(Admin, Interaction.Create("ticket-" + id, t + Duration.FromDays(2), InteractionKind.Support, Channel.Phone, InteractionDirection.Inbound)).ThrowIfDenied();
        c = c.SetNotes(Admin, "Prefers calls after lunch; daughter Byron.", t).ThrowIfDenied();
        return c;
    }
}
