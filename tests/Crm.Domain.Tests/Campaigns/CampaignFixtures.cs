using Crm.Domain.Campaigns;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Specifications;
using NodaTime;

namespace Crm.Domain.Tests.Campaigns;

/// <summary>Small, seeded customer bases and a ready campaign for the Campaigns tests.</summary>
public static class CampaignFixtures
{
    public static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 9, 0);
    public static readonly Currency Eur = Currency.Of("EUR");
    public static readonly string[] Segments = ["loyal", "new", "lapsed"];

    public static CampaignCustomer Customer(int i, string? segment = null, int r = 3, int f = 3, int m = 3, int tier = 2) =>
        CampaignCustomer.Of(CustomerId.Of($"C{i:D6}"), segment ?? Segments[i % Segments.Length], r, f, m, tier);

    public static CampaignCustomer[] Base(int n, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n)
            .Select(i => Customer(i, Segments[random.Next(Segments.Length)], random.Next(1, 6), random.Next(1, 6), random.Next(1, 6), random.Next(1, 4)))
            .ToArray();
    }

    /// <summary>A test double of a contact policy under which everyone consented (unlike <see cref="ContactEligibility.AllowAll"/>,
    /// which a campaign refuses unless told explicitly, issue 17).</summary>
    public static readonly IContactEligibility EveryoneConsented = ContactEligibility.From((_, _, _) => true);

    /// <summary>Customers whose number is divisible by <paramref name="modulus"/> have not consented to e-mail.</summary>
    public static IContactEligibility NoEmailConsentEvery(int modulus) =>
        ContactEligibility.From((id, channel, _) => channel != Channel.Email || int.Parse(id.Value.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) % modulus != 0);

    public static AudienceDefinition Audience(double controlShare = 0.2, ulong seed = 7, Specification<CampaignCustomer>? criteria = null, SuppressionList? suppression = null, IContactEligibility? eligibility = null) =>
        AudienceDefinition.Create("test audience", criteria ?? Spec.All<CampaignCustomer>(), Channel.Email, controlShare, seed, eligibility ?? EveryoneConsented, suppression);

    public static CampaignOffer Offer(string code = "SPRING10", string currency = "EUR") =>
        new(code, "10 % off the spring range", Money.Of(45m, currency), new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)), Money.Of(50m, currency), "free delivery");

    /// <summary>A campaign in the running state over a base of <paramref name="n"/> customers.</summary>
    public static Campaign Running(int n = 200, double controlShare = 0.2)
    {
        var audience = Audience(controlShare).Select(Base(n, 1), T0);
        var draft = Campaign.Create("CMP-1", "Spring", Eur, T0).WithOffer(Offer(), T0).WithAudience(audience, T0)
            .WithCosts(Money.Of(100m, Eur), Money.Of(0.5m, Eur), T0);
        return draft.Schedule(T0 + Duration.FromDays(1), T0).Start(T0 + Duration.FromDays(1));
    }
}
