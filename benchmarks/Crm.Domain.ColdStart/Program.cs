using System.Diagnostics;
using System.Globalization;
using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Rfm;
using Crm.Domain.CustomerValue.Summaries;
using NodaTime;

// What a host pays on its first call: each path is timed on its first call in this fresh process, then warm (the
// best of five later calls). Inputs are seeded and built before any timing. One line per path:
// "<path> first=<ms> warm=<ms>"; "--ci" runs the small inputs only (a smoke: it runs, no timing assertions).
var small = args.Contains("--ci");
var process = DateTime.Now - Process.GetCurrentProcess().StartTime;
var cdnowLike = Generate(small ? 2_000 : 2_357, 7);
var million = Generate(small ? 10_000 : 1_000_000, 42);
var rfm = million.Take(small ? 10_000 : 100_000).Select(RfmObservation.FromSummary).ToArray();
var log = Log(small ? 10_000 : 100_000);
var options = SummaryOptions.Create(new LocalDate(2023, 12, 31), new LocalDate(2024, 12, 31), SummaryPeriod.Week);
var alive = new double[million.Length];
var expected = new double[million.Length];
var scores = new RfmScore[rfm.Length];
var model = BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667);

Time("bgnbd-fit-cdnow", () => BgNbdModel.Fit(cdnowLike).LogLikelihood);
Time("bgnbd-score-1m", () =>
{
    model.Score(million, 39, alive, expected);
    return expected[^1];
});
Time("rfm-100k", () => RfmScorer.FitAndScore(rfm, scores).PopulationSize);
Time("summaries-100k", () => CustomerSummarizer.Summarize<long>(log, options).Count);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process-start-to-main={process.TotalMilliseconds:F1}"));

static void Time(string name, Func<double> call)
{
    var clock = Stopwatch.StartNew();
    var sink = call();
    var first = clock.Elapsed.TotalMilliseconds;
    var warm = double.MaxValue;
    for (var i = 0; i < 5; i++)
    {
        clock.Restart();
        sink += call();
        warm = Math.Min(warm, clock.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} first={first:F2} warm={warm:F2} (sink {sink:G3})"));
}

static CustomerSummary[] Generate(int count, int seed)
{
    // CDNOW-like: 60 % one-time buyers, continuous recency and age in weeks.
    var rng = new Random(seed);
    var result = new CustomerSummary[count];
    for (var i = 0; i < count; i++)
    {
        var age = 27 + (rng.NextDouble() * 12);
        var x = rng.NextDouble() < 0.6 ? 0 : (int)Math.Min(60, -Math.Log(1 - rng.NextDouble()) * 3) + 1;
        result[i] = CustomerSummary.Create(x, x == 0 ? 0 : rng.NextDouble() * age, age, x == 0 ? 0 : 10 + (rng.NextDouble() * 50));
    }

    return result;
}

static CustomerTransaction<long>[] Log(int rows)
{
    var rng = new Random(20240101);
    var start = new LocalDate(2023, 1, 1);
    var log = new CustomerTransaction<long>[rows];
    for (var i = 0; i < rows; i++)
    {
        log[i] = CustomerTransaction<long>.Create((long)(Math.Pow(rng.NextDouble(), 2) * (rows / 3)), start.PlusDays(i * 731 / rows), Math.Round(5 + (rng.NextDouble() * 95), 2));
    }

    return log;
}
