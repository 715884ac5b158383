using Crm.Domain.Accounts;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Tests.Accounts;

/// <summary>Hand-built B2B fixtures: a group (parent) with a subsidiary, contacts with roles.</summary>
public static class AccountFixtures
{
    public static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);

    public static Account Group() =>
        Account.Create(AccountId.Of("A-GROUP"), "Acme Holdings plc", "ana", T0, [CompanyIdentifier.UkCompanyNumber("00445790")], "https://www.acme.example/about",
            "Manufacturing", SizeBand.Large, PostalAddress.Create("1 High Street", "SW1A 1AA", "London", "GB"));

    /// <summary>A subsidiary with two contacts (the first is primary), a new owner and a parent: every event kind.</summary>
    public static Account Rich() =>
        Account.Create(AccountId.Of("A-DE"), "Acme Deutschland GmbH", "ana", T0, [CompanyIdentifier.Vat("DE136695976")], "acme.example", size: SizeBand.Medium)
            .LinkContact(CustomerId.Of("C-1"), [ContactRole.DecisionMaker, ContactRole.EconomicBuyer], T0 + Duration.FromMinutes(1))
            .LinkContact(CustomerId.Of("C-2"), [ContactRole.Technical], T0 + Duration.FromMinutes(2))
            .MakePrimary(CustomerId.Of("C-2"), T0 + Duration.FromMinutes(3))
            .AssignOwner("ben", T0 + Duration.FromMinutes(4))
            .MoveUnder(AccountId.Of("A-GROUP"), T0 + Duration.FromMinutes(5))
            .UnlinkContact(CustomerId.Of("C-1"), T0 + Duration.FromMinutes(6));
}
