using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Categorisation;
using Crm.Domain.Metrics.Indices;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Metrics.Service;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Samples.Quickstart;

/// <summary>How one service desk behaves: its zone, its size, and how good it is.</summary>
public sealed record DeskProfile(
    string Name,
    string ZoneId,
    int Customers,
    int CasesPerDay,
    double Speed,          // > 1 resolves faster than the company average
    double Delight,        // shifts survey answers up (> 0) or down (< 0)
    double RenewalChance,
    decimal SpendPerNewCustomerUsd,
    double NewCustomerRate,
    double LossRate);

/// <summary>Everything one desk produced in the quarter: the raw observations a CRM would hold.</summary>
public sealed record DeskData(
    DeskProfile Profile,
    DateTimeZone Zone,
    ClosedCase[] Cases,
    Instant[] Calls,
    bool[] FirstContactResolved,
    NpsRating[] Nps,
    CsatRating[] Csat,
    CesRating[] Ces,
    IndexResponse[] Satisfaction,
    IndexResponse[] BrandImage,
    bool[] Renewals,
    int[] ServicesPerCustomer,
    ValuedCustomer[] CustomerValues,
    RetentionPeriodCounts Retention,
    AcquisitionSpend Acquisition);

/// <summary>A seeded, realistic service desk generator: business-hours arrivals in local time, a long-tailed mix of
/// quick fixes, same-day work and multi-day cases, and survey answers that follow how long the customer waited.</summary>
public static class ServiceDeskSimulation
{
    public static readonly DateInterval Quarter = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31));

    public static DeskProfile[] Desks(bool small) =>
    [
        new("London", "Europe/London", small ? 400 : 4_000, small ? 60 : 600, 1.15, 0.3, 0.90, 380m, 0.20, 0.06),
        new("New York", "America/New_York", small ? 500 : 5_000, small ? 80 : 800, 0.95, 0.0, 0.86, 470m, 0.22, 0.085),
        new("Tokyo", "Asia/Tokyo", small ? 300 : 3_000, small ? 45 : 450, 0.80, -0.4, 0.80, 505m, 0.17, 0.11),
    ];

    public static DeskData Generate(DeskProfile desk, int seed)
    {
        var random = new Random(seed);
        var zone = DateTimeZoneProviders.Tzdb[desk.ZoneId];
        var cases = new List<ClosedCase>();
        var fcr = new List<bool>();
        var calls = new List<Instant>();
        var nps = new List<NpsRating>();
        var csat = new List<CsatRating>();
        var ces = new List<CesRating>();
        var csi = new List<IndexResponse>();

        for (var day = Quarter.Start; day <= Quarter.End; day = day.PlusDays(1))
        {
            var weekend = day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            var n = Poisson(random, desk.CasesPerDay * (weekend ? 0.25 : 1.0));
            for (var i = 0; i < n; i++)
            {
                // Arrivals peak mid-morning and mid-afternoon, local time; a few come in late in the evening.
                var hour = random.NextDouble() < 0.08 ? 20 + (random.NextDouble() * 3.9) : 8 + (random.NextDouble() * 11);
                var local = day.AtMidnight().PlusTicks((long)(hour * NodaConstants.TicksPerHour));
                var opened = local.InZoneLeniently(zone).ToInstant();
                var duration = ResolutionTime(random, desk.Speed);
                cases.Add(ClosedCase.Of(opened, opened + duration));
                calls.Add(opened);
                if (random.NextDouble() < 0.35)
                {
                    calls.Add(opened + Duration.FromMinutes(random.Next(20, 600))); // the customer chases it
                }

                fcr.Add(duration < Duration.FromMinutes(45) && random.NextDouble() < 0.92);

                if (random.NextDouble() < 0.3)
                {
                    // Survey answers follow the wait: fast fixes delight, multi-day cases do not.
                    var mood = desk.Delight + (duration < Duration.FromHours(2) ? 1.0 : duration < Duration.FromDays(1) ? 0.2 : -1.6) + Normal(random);
                    nps.Add(NpsRating.Of(Clamp((int)Math.Round(7.6 + (1.6 * mood)), 0, 10)));
                    csat.Add(CsatRating.Of(Clamp((int)Math.Round(3.9 + (0.8 * mood)), 1, 5)));
                    ces.Add(CesRating.Of(Clamp((int)Math.Round(5.3 + (1.1 * mood)), 1, 7), CesScale.Agreement7));
                    if (random.NextDouble() < 0.5)
                    {
                        csi.Add(IndexResponse.Of(Rate(random, 7.9 + mood), Rate(random, 7.5 + mood), Rate(random, 7.0 + mood)));
                    }
                }
            }
        }

        var brand = Enumerable.Range(0, desk.Customers / 4)
            .Select(_ =>
            {
                var mood = desk.Delight + Normal(random);
                // Some respondents skip the recommendation question.
                int? recommend = random.NextDouble() < 0.1 ? null : Rate(random, 7.2 + mood);
                return IndexResponse.WithSkips(Rate(random, 8.4 + mood), Rate(random, 7.3 + mood), Rate(random, 7.6 + mood), recommend);
            })
            .ToArray();

        var customers = Enumerable.Range(1, desk.Customers)
            .Select(i => ValuedCustomer.Of(CustomerId.Of($"{desk.Name[..2].ToUpperInvariant()}-{i:D5}"), Math.Round(Math.Exp(7 + (1.3 * Normal(random))), 2)))
            .ToArray();
        var renewals = Enumerable.Range(0, desk.Customers / 3).Select(_ => random.NextDouble() < desk.RenewalChance).ToArray();
        var services = Enumerable.Range(0, desk.Customers).Select(_ => 1 + Poisson(random, 1.4)).ToArray();
        var acquired = (int)(desk.Customers * desk.NewCustomerRate);
        var lost = (int)(desk.Customers * desk.LossRate);
        var retention = RetentionPeriodCounts.Of(desk.Customers, desk.Customers - lost + acquired, acquired);
        var spend = Math.Round(desk.SpendPerNewCustomerUsd * acquired * (decimal)(0.95 + (0.1 * random.NextDouble())), 2);
        var acquisition = AcquisitionSpend.Of(Money.Of(spend, "USD"), acquired);

        return new DeskData(desk, zone, [.. cases], [.. calls], [.. fcr], [.. nps], [.. csat], [.. ces], [.. csi], brand,
            renewals, services, customers, retention, acquisition);
    }

    /// <summary>A long-tailed mix: quick fixes (minutes), same-day work (hours), escalations (days).</summary>
    private static Duration ResolutionTime(Random random, double speed)
    {
        var u = random.NextDouble();
        var minutes = u < 0.42 ? LogNormal(random, 25, 0.7)
            : u < 0.80 ? LogNormal(random, 240, 0.6)
            : LogNormal(random, 2_400, 0.8);
        return Duration.FromMinutes(Math.Min(minutes / speed, 60 * 24 * 60));
    }

    private static int Rate(Random random, double mean) => Clamp((int)Math.Round(mean + (0.9 * Normal(random))), 1, 10);

    private static double LogNormal(Random random, double median, double sigma) => median * Math.Exp(sigma * Normal(random));

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static int Poisson(Random random, double lambda)
    {
        if (lambda > 30)
        {
            return Math.Max(0, (int)Math.Round(lambda + (Math.Sqrt(lambda) * Normal(random))));
        }

        var (l, k, p) = (Math.Exp(-lambda), 0, 1.0);
        do
        {
            k++;
            p *= random.NextDouble();
        }
        while (p > l);
        return k - 1;
    }

    private static int Clamp(int value, int min, int max) => Math.Min(max, Math.Max(min, value));
}
