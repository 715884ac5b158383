using Crm.Domain.Metrics.Service;
using NodaTime;

namespace Crm.Domain.Benchmarks.Metrics.Service;

/// <summary>Seeded service-desk data for the benchmarks: cases opened across 2026 in London (both DST changes),
/// resolved after a long-tailed time.</summary>
public static class ServiceData
{
    public const int N = 10_000_000;

    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static ClosedCase[] Cases(int n = N)
    {
        var random = new Random(42);
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        var cases = new ClosedCase[n];
        for (var i = 0; i < n; i++)
        {
            // Opened in time order (as a table scan would read them), resolved minutes to days later.
            var opened = start + Duration.FromSeconds((long)i * 365 * 86_400 / n);
            var minutes = Math.Exp(3 + (3 * random.NextDouble()) + (random.NextDouble() < 0.2 ? 3 : 0));
            cases[i] = ClosedCase.Of(opened, opened + Duration.FromMinutes(minutes));
        }

        return cases;
    }

    public static Instant[] Calls(int n = N)
    {
        var random = new Random(7);
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        var calls = new Instant[n];
        for (var i = 0; i < n; i++)
        {
            calls[i] = start + Duration.FromSeconds(random.NextInt64(0, 365L * 86_400));
        }

        return calls;
    }
}
