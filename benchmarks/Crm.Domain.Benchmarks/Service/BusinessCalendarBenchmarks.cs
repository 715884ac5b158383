using BenchmarkDotNet.Attributes;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Service;
using NodaTime;

namespace Crm.Domain.Benchmarks.Service;

/// <summary>Business-hours SLA computation for 100,000 cases (Mon–Fri 09:00–17:30 Europe/London with holidays,
/// cases open 0–10 days): precomputed-interval calendar, full SLA evaluation of case objects, and a naive baseline
/// that steps hour by hour through the zone.</summary>
[MemoryDiagnoser]
public class BusinessCalendarBenchmarks
{
    private const int N = 100_000;
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDate[] Holidays = [new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 4), new(2026, 5, 25), new(2026, 8, 31), new(2026, 12, 25), new(2026, 12, 28)];
    private readonly HashSet<LocalDate> _holidaySet = [.. Holidays];
    private BusinessCalendar _calendar = null!;
    private SlaPolicy _policy = null!;
    private Instant[] _opened = [];
    private Instant[] _resolved = [];
    private ServiceCase[] _cases = [];
    private Instant _asOf;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = BusinessCalendar.Create(London, WorkingHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 30)), Holidays,
            new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2027, 12, 31)));
        _policy = SlaPolicy.Create("bench", _calendar, Enum.GetValues<CasePriority>().ToDictionary(p => p, _ => SlaTargets.Of(Duration.FromHours(4), Duration.FromHours(16))), Probability.Of(0.8));
        var random = new Random(42);
        _opened = new Instant[N];
        _resolved = new Instant[N];
        _cases = new ServiceCase[N];
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        for (var i = 0; i < N; i++)
        {
            _opened[i] = start + Duration.FromMinutes(random.Next(0, 340 * 24 * 60));
            _resolved[i] = _opened[i] + Duration.FromMinutes(random.Next(31, 10 * 24 * 60)); // after the 30-minute response
            _cases[i] = ServiceCase.Open("K", CustomerId.Of("c"), "T", CasePriority.Normal, Channel.Email, _opened[i]).Respond(_opened[i] + Duration.FromMinutes(30)).Resolve(_resolved[i]);
        }

        _asOf = Instant.FromUtc(2027, 1, 1, 0, 0);
    }

    [Benchmark(Baseline = true)]
    public double NaiveHourStepping()
    {
        var total = 0d;
        for (var i = 0; i < N; i++)
        {
            var hours = 0;
            for (var t = _opened[i]; t < _resolved[i]; t += Duration.FromHours(1))
            {
                var local = t.InZone(London).LocalDateTime;
                if (local.DayOfWeek < IsoDayOfWeek.Saturday && !_holidaySet.Contains(local.Date) && local.Hour >= 9 && (local.Hour < 17 || (local.Hour == 17 && local.Minute < 30)))
                {
                    hours++;
                }
            }

            total += hours;
        }

        return total;
    }

    [Benchmark]
    public double BusinessTimeBetween()
    {
        var total = 0d;
        for (var i = 0; i < N; i++)
        {
            total += _calendar.BusinessTimeBetween(_opened[i], _resolved[i]).TotalHours;
        }

        return total;
    }

    [Benchmark]
    public int SlaEvaluate()
    {
        var met = 0;
        for (var i = 0; i < N; i++)
        {
            met += _policy.Evaluate(_cases[i], _asOf).Resolution.Status == SlaStatus.Succeeded ? 1 : 0;
        }

        return met;
    }
}
