// Crm.Domain quickstart: a seeded quarter of three service desks (London, New York, Tokyo), every KPI of the CRM
// metrics block computed through mergeable accumulators, and the scorecard printed per desk and for the company.
//   dotnet run --project samples/Crm.Samples.Quickstart            full data, colours
//   dotnet run --project samples/Crm.Samples.Quickstart -- --ci    smaller data, no ANSI
using System.Diagnostics;
using System.Globalization;
using Crm.Domain.Metrics.Categorisation;
using Crm.Domain.Metrics.Scorecards;
using Crm.Samples.Quickstart;
using Crm.Samples.Shared;
using NodaTime;
using Spectre.Console;

var ci = SampleConsole.Configure(args);
var console = AnsiConsole.Console;

try
{
    var clock = Stopwatch.StartNew();
    var data = ServiceDeskSimulation.Desks(small: ci).Select((d, i) => ServiceDeskSimulation.Generate(d, seed: 2026 + i)).ToArray();
    var desks = data.Select(d => DeskMetrics.Compute(d, shards: 4)).ToArray();
    var company = DeskMetrics.Company(desks);
    var companyReport = CompanyScorecard.Evaluate(company, DeskMetrics.CompanySameDay(desks));
    var deskReports = desks.Select(d => CompanyScorecard.Evaluate(d, d.SameDay.Result)).ToArray();
    var abc = AbcClassifier.Default.Classify(data.SelectMany(d => d.CustomerValues));
    var computed = clock.Elapsed;

    console.Write(new Rule("[bold]Crm.Domain quickstart[/] - three service desks, Q1 2026").LeftJustified());
    console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
        $"[grey]{data.Sum(d => d.Profile.Customers):N0} customers, {data.Sum(d => d.Cases.Length):N0} closed cases, {data.Sum(d => d.Calls.Length):N0} calls, {data.Sum(d => d.Nps.Length):N0} surveys; seeded, so every run prints the same figures.[/]"));
    console.WriteLine();

    // The scorecard: one row per KPI, the company column first, then each desk.
    var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{companyReport.ScorecardName}[/]");
    table.AddColumn("KPI").AddColumn("Target");
    table.AddColumn(new TableColumn("[bold]Company[/]").RightAligned());
    // Under 110 columns the desks share one column of statuses (values in the per-desk table below), so that an
    // 80-column terminal shows every KPI name on one or two lines instead of cells broken mid-word.
    var narrow = console.Profile.Width < 110;
    if (narrow)
    {
        table.AddColumn(new TableColumn(string.Join(" / ", data.Select(d => d.Profile.Name))));
    }
    else
    {
        foreach (var d in data)
        {
            table.AddColumn(new TableColumn($"{d.Profile.Name}\n[grey]{d.Zone.Id}[/]").RightAligned());
        }
    }

    foreach (var (outcome, i) in companyReport.Outcomes.Select((o, i) => (o, i)))
    {
        var kpi = outcome.Kpi;
        var target = $"{(kpi.Target.Direction == KpiDirection.HigherIsBetter ? ">=" : "<=")} {kpi.Format(kpi.Target.Target)}";
        var cells = new List<string> { Markup.Escape(kpi.Name), Markup.Escape(target), Cell(outcome, bold: true) };
        if (narrow)
        {
            cells.Add(string.Join(" / ", deskReports.Select(r => Badge(r.Outcomes[i].Status))));
        }
        else
        {
            cells.AddRange(deskReports.Select(r => Cell(r.Outcomes[i], bold: false)));
        }

        table.AddRow(cells.ToArray());
    }

    table.Caption(string.Create(CultureInfo.InvariantCulture,
        $"{Badge(KpiStatus.Met)} met   {Badge(KpiStatus.AtRisk)} at risk   {Badge(KpiStatus.Missed)} missed   {Badge(KpiStatus.NoData)} no data      company: {companyReport.CountOf(KpiStatus.Met)} met, {companyReport.CountOf(KpiStatus.AtRisk)} at risk, {companyReport.CountOf(KpiStatus.Missed)} missed"));
    console.Write(table);
    console.WriteLine();

    // Per desk: the service operation behind the scorecard, and why "the same day" needs the desk's zone.
    var ops = new Table().Border(TableBorder.Simple).Title("[bold]Per desk[/]");
    ops.AddColumns("Desk", "Cases", "Same day", "In UTC", "Median / p90", "Calls/day", "Busiest day");
    foreach (var d in desks)
    {
        var ttr = d.TimeToResolution.Result;
        var calls = d.Calls.Result;
        ops.AddRow(
            d.Name,
            d.TimeToResolution.Count.ToString("N0", CultureInfo.InvariantCulture),
            Percent(d.SameDay.Result.Value),
            Percent(d.SameDayJudgedInUtc.Result.Value),
            $"{Hours(ttr.Median)} / {Hours(ttr.P90)}",
            calls.MeanPerDay(ServiceDeskSimulation.Quarter).ToString("N1", CultureInfo.InvariantCulture),
            calls.BusiestDay is { } busy ? $"{busy.Date.ToString("ddd d MMM", CultureInfo.InvariantCulture)} ({busy.Count:N0})" : "-");
    }

    console.Write(ops);
    console.MarkupLine("[grey]Same day: closed on the local day it was opened, in the desk's zone; in UTC: the same cases judged by UTC days (wrong for every desk but London in winter).[/]");

    // Customer categorisation across all desks.
    var tiers = new Table().Border(TableBorder.Simple).Title("[bold]Customer categorisation (ABC by cumulative value)[/]");
    tiers.AddColumns("Class", "Customers", "Share of customers", "Share of value");
    foreach (var s in abc.Summary)
    {
        tiers.AddRow(s.Class.ToString(), s.CustomerCount.ToString("N0", CultureInfo.InvariantCulture), Percent(s.CustomerShare), Percent(s.ValueShare));
    }

    console.Write(tiers);
    console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
        $"[grey]Each desk's cases were cut into 4 shards, accumulated in parallel and combined: the same answer as one pass. Quantiles come from a mergeable sketch (within {Crm.Domain.Metrics.Service.TimeToResolutionAccumulator.RelativeAccuracy:P0}). Computed in {computed.TotalMilliseconds:N0} ms.[/]"));
    return 0;
}
catch (Exception ex)
{
    console.WriteException(ex);
    return 1;
}

static string Cell(KpiOutcome o, bool bold)
{
    var text = Markup.Escape(o.FormattedValue);
    return $"{(bold ? $"[bold]{text}[/]" : text)} {Badge(o.Status)}";
}

static string Badge(KpiStatus status) => status switch
{
    KpiStatus.Met => "[green]MET[/]",
    KpiStatus.AtRisk => "[yellow]RISK[/]",
    KpiStatus.Missed => "[red]MISS[/]",
    _ => "[grey]n/a[/]",
};

static string Percent(double? fraction) => fraction is { } f ? (f * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "no data";

static string Hours(Duration? d) => d is { } v ? v.TotalHours.ToString("0.0", CultureInfo.InvariantCulture) + " h" : "-";
