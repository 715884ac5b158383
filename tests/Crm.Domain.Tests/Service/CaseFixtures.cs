using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Service;
using NodaTime;

namespace Crm.Domain.Tests.Service;

/// <summary>Instants and the opening event shared by the service-case and complaint process tests.</summary>
internal static class CaseFixtures
{
    /// <summary>Monday 2026-11-23 10:00 UTC.</summary>
    public static readonly Instant T0 = Instant.FromUtc(2026, 11, 23, 10, 0);

    /// <summary><see cref="T0"/> plus <paramref name="minutes"/>.</summary>
    public static Instant At(int minutes) => T0 + Duration.FromMinutes(minutes);

    /// <summary>Case C-1 of cust-1, team Tier1, High, by phone, opened at <see cref="T0"/>.</summary>
    public static readonly CaseOpened Opened = new(T0, "C-1", CustomerId.Of("cust-1"), "Tier1", CasePriority.High, Channel.Phone);
}
