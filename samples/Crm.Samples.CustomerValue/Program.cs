// CDNOW end to end: transaction log -> summaries -> BG/NBD, Pareto/NBD, Gamma-Gamma, MBG/NBD -> holdout check, CLV,
// tracking plot and model checks as PNG files in samples/out/ (or the folder after --out).
// Usage: dotnet run --project samples/Crm.Samples.CustomerValue [-- --ci]
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Crm.Domain.Charts;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Checks;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Samples.CustomerValue;
using Crm.Samples.Shared;
using NodaTime;

bool ci = SampleConsole.Configure(args);
var inv = CultureInfo.InvariantCulture;
// The CDNOW sample log ships with the tests (tests/Crm.Domain.Tests/TestData/Cdnow): nothing outside the clone.
var logPath = RepositoryFiles.Cdnow("cdnow_elog.csv");
if (logPath is null)
{
    Console.Error.WriteLine("Could not find tests/Crm.Domain.Tests/TestData/Cdnow/cdnow_elog.csv: run the sample from a clone of the repository.");
    return 2;
}

var clock = Stopwatch.StartNew();
var log = CdnowLog.Read(logPath);
var options = SummaryOptions.Create(new LocalDate(1997, 9, 30), new LocalDate(1998, 6, 30));
var summaries = CustomerSummarizer.Summarize(log, options);
var customers = summaries.Summaries.AsSpan();
Console.WriteLine(string.Create(inv, $"CDNOW: {log.Length:N0} transactions, {summaries.Count:N0} customers, {summaries.TotalFrequency:N0} calibration repeat"));
Console.WriteLine(string.Create(inv, $"purchases, {summaries.TotalHoldoutFrequency:N0} in the holdout."));
Console.WriteLine($"Data: {Path.GetRelativePath(RepositoryFiles.Root!, logPath)}");

// Fit on the summarizer's result: each fit records the summaries' period, which the CLV below checks.
var bg = BgNbdModel.Fit(summaries);
var pn = ParetoNbdModel.Fit(summaries);
var gg = GammaGammaModel.Fit(summaries);
var mbg = MbgNbdModel.Fit(summaries);
Print("BG/NBD", bg);
Print("Pareto/NBD", pn);
Print("Gamma-Gamma", gg);
Print("MBG/NBD (Batislam et al. 2007: may also drop out at the first purchase)", mbg);
Console.WriteLine(string.Create(inv, $"Population mean spend per transaction (Gamma-Gamma): {gg.Model.PopulationMeanSpend:F3}"));

// Holdout check: cumulative repeat transactions per week since 1997-01-01, actual against expected for the cohort.
var start = new LocalDate(1997, 1, 1);
const int Weeks = 78;
var trackingBg = TransactionTracking.Of(bg.Model, summaries, log, start, Weeks);
var trackingPn = TransactionTracking.Of(pn.Model, summaries, log, start, Weeks);
var actual = trackingBg.Select(p => (int)p.ActualCumulative).ToArray();
var expectedBg = trackingBg.Select(p => p.ExpectedCumulative).ToArray();
var expectedPn = trackingPn.Select(p => p.ExpectedCumulative).ToArray();
Console.WriteLine();
Console.WriteLine("Cumulative repeat transactions (actual from the log; expected by the fitted models; calibration ends in week 39):");
Console.WriteLine("Week  actual  BG/NBD  Pareto/NBD");
foreach (int w in Enumerable.Range(1, Weeks).Where(w => w % 13 == 0 || w == 39 || w == 1 || (!ci && w % 4 == 0)))
{
    Console.WriteLine(string.Create(inv, $"{w,4}  {actual[w - 1],6}  {expectedBg[w - 1],6:F0}  {expectedPn[w - 1],10:F0}"));
}

// BTYD's cdnow tracking data (the published actuals of this sample) ends at 4,339 in week 78: the log reproduces it.
const int PublishedWeek78 = 4339;
Console.WriteLine(string.Create(inv, $"Actual at week 78: {actual[Weeks - 1]:N0} (BTYD's published CDNOW tracking data: {PublishedWeek78:N0})."));

// Holdout per customer: predicted E[X(39) | history] against x.star.
double holdoutWeeks = Period.Between(new LocalDate(1997, 9, 30), new LocalDate(1998, 6, 30), PeriodUnits.Days).Days / 7d;
double predictedHoldout = 0d;
foreach (var c in customers)
{
    predictedHoldout += bg.Model.ExpectedTransactions(c, holdoutWeeks);
}

Console.WriteLine(string.Create(inv, $"Holdout ({holdoutWeeks:F2} weeks): BG/NBD predicts {predictedHoldout:F0} repeat purchases, actual {summaries.TotalHoldoutFrequency}."));
var mbgHoldout = new double[customers.Length];
mbg.Model.ExpectedTransactions(customers, holdoutWeeks, mbgHoldout);
Console.WriteLine(string.Create(inv, $"Holdout: MBG/NBD predicts {mbgHoldout.Sum():F0}."));
Console.WriteLine();
Console.WriteLine(ModelCheck.Run(bg, summaries));

// Top customers by CLV: BG/NBD transactions x Gamma-Gamma spend, 30 % margin, 15 % a year, 24 monthly steps.
var settings = ClvSettings.Create(0.30, DiscountRate.PerYear(0.15), RatePeriod.Week, RatePeriod.Month, 24);
var spend = new double[customers.Length];
gg.Model.ExpectedAverageSpend(customers, spend);
var clv = CustomerLifetimeValue.ForPopulation(bg, gg, summaries, settings).Values;
var alive = new double[customers.Length];
bg.Model.ProbabilityAlive(customers, alive);
var dert = new double[customers.Length];
pn.Model.DiscountedExpectedResidualTransactions(customers, DiscountRate.PerYear(0.15).ContinuousRatePer(RatePeriod.Week), dert);
Console.WriteLine();
Console.WriteLine("Top customers by 24-month CLV (BG/NBD x Gamma-Gamma, 30 % margin, 15 %/year):");
Console.WriteLine("  id   x    t_x      T     m_x  P(alive)  E[X(52)]  E[spend]     CLV  DERT"); // DERT: discounted expected residual transactions (Pareto/NBD)
foreach (int i in Enumerable.Range(0, customers.Length).OrderByDescending(i => clv[i]).Take(ci ? 5 : 10))
{
    var c = customers[i];
    Console.WriteLine(string.Create(inv, $"{summaries.Rows[i].Customer,4} {c.Frequency,3} {c.Recency,6:F2} {c.Age,6:F2} {c.MonetaryValue,7:F2}  {alive[i],8:F4}  {bg.Model.ExpectedTransactions(c, 52),8:F2}  {spend[i],8:F2}  {clv[i],6:F0} {dert[i],5:F1}"));
}

// Pictures: the tracking plot (cumulative and weekly, holdout shaded) and the model checks, into samples/out/ (or --out).
var outDir = RepositoryFiles.OutputDirectory(args);
KeyValuePair<string, ImmutableArray<TrackingPoint>>[] tracking = [new("BG/NBD", trackingBg), new("Pareto/NBD", trackingPn)];
var bgMatrixSize = ci ? 10 : 20;

// P(alive) over the calibration of the first customer with 3+ repeat purchases who went quiet before half their age.
var quiet = summaries.Rows.First(r => r.Summary.Frequency >= 3 && r.Summary.Recency < r.Summary.Age / 2);
double[] repeatWeeks = [.. log.Where(t => t.Customer == quiet.Customer && t.Date > quiet.FirstPurchase && t.Date <= options.CalibrationEnd)
    .Select(t => t.Date).Distinct().Order().Select(d => Period.Between(quiet.FirstPurchase, d, PeriodUnits.Days).Days / 7d)];
string[] pictures =
[
    Save(CustomerValueCharts.CumulativeTracking(tracking, 39, "week", new ChartOptions { Title = "CDNOW: cumulative repeat transactions, actual vs BG/NBD and Pareto/NBD" }), "cdnow-tracking-cumulative"),
    Save(CustomerValueCharts.PeriodTracking(tracking, 39, "week", new ChartOptions { Title = "CDNOW: weekly repeat transactions, actual vs BG/NBD and Pareto/NBD" }), "cdnow-tracking-weekly"),
    Save(ModelCheckCharts.PeriodTransactions([new("BG/NBD", PeriodTransactionsCheck.Of(bg.Model, customers)), new("Pareto/NBD", PeriodTransactionsCheck.Of(pn.Model, customers))], null), "cdnow-period-transactions"),
    Save(ModelCheckCharts.CalibrationVsHoldout([new("BG/NBD", ModelCheck.Run(bg, summaries)), new("Pareto/NBD", ModelCheck.Run(pn, summaries))], null), "cdnow-calibration-vs-holdout"),
    Save(ModelCheckCharts.FrequencyRecencyHeatmap(ModelMatrix.ExpectedTransactions(bg.Model, bgMatrixSize, 39, 40, 13), "next 13 weeks", "week", new ChartOptions { Title = "BG/NBD: expected transactions in the next 13 weeks by history (age 39 weeks)" }), "cdnow-frequency-recency"),
    Save(ModelCheckCharts.ProbabilityAliveHeatmap(ModelMatrix.ProbabilityAlive(bg.Model, bgMatrixSize, 39, 40), "week", new ChartOptions { Title = "BG/NBD: probability alive by history (age 39 weeks)" }), "cdnow-p-alive"),
    Save(CustomerValueCharts.AliveHistory(bg.Model, repeatWeeks, quiet.Summary.Age, "week", new ChartOptions { Title = $"BG/NBD: probability alive of customer {quiet.Customer} over the calibration period" }), "cdnow-alive-history"),
];
Console.WriteLine();
Console.WriteLine($"Pictures written to {outDir}: {string.Join(", ", pictures)}");
Console.WriteLine(string.Create(inv, $"Done in {clock.Elapsed.TotalSeconds:F2} s."));
return bg.Converged && pn.Converged && gg.Converged && mbg.Converged ? 0 : 1;

string Save(ChartImage chart, string name)
{
    chart.SavePng(Path.Combine(outDir, name + ".png"));
    return name + ".png";
}

static void Print<T>(string name, ModelFit<T> fit)
    where T : struct
{
    Console.WriteLine();
    Console.WriteLine(name);
    Console.WriteLine(fit.Report);
}
