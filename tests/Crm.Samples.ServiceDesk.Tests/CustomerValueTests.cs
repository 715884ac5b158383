using System.Globalization;
using System.Net.Http.Json;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Serialization;
using Crm.Samples.ServiceDesk.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Tests;

/// <summary>
/// Customer value from the stored transaction table: the CDNOW 1-in-10 sample (BTYD's data set, 2,357 customers,
/// 6,919 purchases) posted through HTTP, fitted on demand, scores stored per customer.
/// </summary>
public sealed class CustomerValueTests : IDisposable
{
    private static readonly LocalDate CalibrationEnd = new(1997, 9, 30);
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task CdnowFit_MatchesThePublishedFit_AndTheLibrary_AndStoresTheModelsScores()
    {
        var log = Cdnow();
        await using var host = new DeskHost(_db);
        var admin = host.As("admin");
        var recorded = await (await admin.PostAsJsonAsync("/customer-value/transactions", new
        {
            transactions = log.Select(t => new { customerId = t.Customer, day = t.Day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), amount = t.Amount }),
        })).ExpectAsync(201);
        Assert.Equal(6919, recorded.GetProperty("recorded").GetInt32());

        var fitJson = await (await admin.PostAsJsonAsync("/customer-value/fits", new { calibrationEnd = "1997-09-30", horizonWeeks = 52 })).ExpectAsync(201);
        var model = CrmJson.Deserialize<BgNbdModel>(fitJson.GetProperty("model").GetRawText());
        Assert.True(fitJson.GetProperty("converged").GetBoolean());
        Assert.Equal(2357, fitJson.GetProperty("customers").GetInt32());

        // Fader, Hardie & Lee (2005), "Counting your customers the easy way": r = 0.243, alpha = 4.414, a = 0.793,
        // b = 2.426; LL = -9582.4.
        Assert.Equal(0.243, model.R, 0.0005);
        Assert.Equal(4.414, model.Alpha, 0.0005);
        Assert.Equal(0.793, model.A, 0.0005);
        Assert.Equal(2.426, model.B, 0.0005);
        Assert.Equal(-9582.4, fitJson.GetProperty("logLikelihood").GetDouble(), 0.05);

        // The library's own fit over the same summaries (the service adds storage, not arithmetic).
        var summaries = CustomerSummarizer.Summarize(
            log.Where(t => t.Day <= CalibrationEnd).Select(t => CustomerTransaction<string>.Create(t.Customer, t.Day, t.Amount)).ToArray(),
            SummaryOptions.Create(CalibrationEnd));
        var library = BgNbdModel.Fit(summaries.Summaries.AsSpan()).Model;
        Assert.Equal(library.R, model.R, 1e-9);
        Assert.Equal(library.Alpha, model.Alpha, 1e-9);
        Assert.Equal(library.A, model.A, 1e-9);
        Assert.Equal(library.B, model.B, 1e-9);

        // Every stored score is the fitted model's prediction for that customer's summary.
        var stored = await host.QueryAsync(db => db.Set<ValueScoreRow>().AsNoTracking().ToDictionaryAsync(s => s.CustomerId));
        Assert.Equal(summaries.Count, stored.Count);
        foreach (var row in summaries.Rows)
        {
            var s = stored[row.Customer];
            Assert.Equal(row.Summary.Frequency, s.Frequency);
            Assert.Equal(model.ProbabilityAlive(row.Summary), s.ProbabilityAlive, 1e-12);
            Assert.Equal(model.ExpectedTransactions(row.Summary, 52), s.ExpectedTransactions, 1e-12);
        }

        // BTYD walkthrough, customer 1516 (x = 26, t.x = 30.86, T = 31): E[X(52) | history] = 25.75659, P(alive) = 0.9688523
        // (with BTYD's full-precision parameters; ours agree to 1e-3).
        var c1516 = await (await admin.GetAsync("/customer-value/scores/1516")).ExpectAsync(200);
        Assert.Equal(26, c1516.GetProperty("frequency").GetInt32());
        Assert.True(Math.Abs(c1516.GetProperty("expectedTransactions").GetDouble() - 25.75659) <= 1e-3 * 25.75659);
        Assert.True(Math.Abs(c1516.GetProperty("probabilityAlive").GetDouble() - 0.9688523) <= 1e-3);

        var latest = await (await admin.GetAsync("/customer-value/fits/latest")).ExpectAsync(200);
        Assert.Equal(fitJson.GetProperty("id").GetInt64(), latest.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task BadTransactionsAndFits_AreRefused_AndStoreNothing()
    {
        await using var host = new DeskHost(_db);
        var admin = host.As("admin");
        var negative = await (await admin.PostAsJsonAsync("/customer-value/transactions", new
        {
            transactions = new object[] { new { customerId = "A", day = "2026-03-01", amount = 10m }, new { customerId = "B", day = "2026-03-01", amount = -1m } },
        })).ExpectAsync(400);
        Assert.Equal("amount", negative.GetProperty("parameter").GetString());
        await (await admin.PostAsync("/customer-value/transactions", Json.Raw("{\"transactions\": [{\"customerId\": \"A\", \"day\": \"2026-02-30\", \"amount\": 1}]}"))).ExpectAsync(400);
        Assert.Equal(0, await host.QueryAsync(db => db.Set<TransactionRow>().CountAsync()));

        var none = await (await admin.PostAsJsonAsync("/customer-value/fits", new { calibrationEnd = "2026-03-01", horizonWeeks = 52 })).ExpectAsync(400);
        Assert.Equal("calibrationEnd", none.GetProperty("parameter").GetString());
        var horizon = await (await admin.PostAsJsonAsync("/customer-value/fits", new { calibrationEnd = "2026-03-01", horizonWeeks = 0 })).ExpectAsync(400);
        Assert.Equal("horizonWeeks", horizon.GetProperty("parameter").GetString());
        await (await admin.GetAsync("/customer-value/fits/latest")).ExpectAsync(404);
    }

    /// <summary>cdnow_elog.csv (masterid, sampleid, date, cds, sales), keyed by the sample id as the published summaries are.</summary>
    private static (string Customer, LocalDate Day, decimal Amount)[] Cdnow() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "cdnow_elog.csv")).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var f = line.Split(',');
            var day = new LocalDate(int.Parse(f[2][..4], CultureInfo.InvariantCulture), int.Parse(f[2][4..6], CultureInfo.InvariantCulture), int.Parse(f[2][6..8], CultureInfo.InvariantCulture));
            return (f[1], day, decimal.Parse(f[4], CultureInfo.InvariantCulture));
        }).ToArray();
}
