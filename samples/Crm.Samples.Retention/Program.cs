// Retention sample: a generated customer base over two years (2025-2026) showing
//  1. the cohort retention matrix as a heat map (console, and a PNG in samples/out/ or the folder after --out),
//  2. customers at risk of defection with the retention strategies suggested for them,
//  3. SLA compliance by service team, counted in business hours of a London calendar,
//  4. a data-subject request walk-through: an access export, then an erasure plan executed across every aggregate.
// Pass --ci for a smaller base. Data is generated with a fixed seed, so every run prints the same figures.
using System.Globalization;
using Crm.Domain.Charts;
using Crm.Domain.Acquisition;
using Crm.Domain.Accounts;
using Crm.Domain.Customers;
using Crm.Domain.PersonalData;
using Crm.Domain.Primitives;
using Crm.Domain.Privacy;
using Crm.Domain.Retention;
using Crm.Domain.Sales;
using Crm.Domain.Serialization;
using Crm.Domain.Service;
using Crm.Samples.Shared;
using NodaTime;
using Spectre.Console;

var ci = SampleConsole.Configure(args);
var customerCount = ci ? 600 : 4_000;
var rng = new Random(20261124);
var london = DateTimeZoneProviders.Tzdb["Europe/London"];
var start = new LocalDate(2025, 1, 1);
var asOf = london.AtStartOfDay(new LocalDate(2027, 1, 1)).ToInstant();

// ---- 1. Generate customers and their orders -----------------------------------------------------------------
var activity = new List<CohortActivity>();
var purchases = new Dictionary<CustomerId, List<Instant>>();
// What the data shows about each customer (the CRM's complaint, service, price and account records): the churn
// drivers of an at-risk customer are read from these, so customers with different histories get different ones.
var evidence = new Dictionary<CustomerId, List<ChurnDriver>>();
(ChurnDriver Driver, double Share)[] recorded =
[
    (ChurnDriver.UnresolvedComplaint, 0.10), (ChurnDriver.CheaperCompetitorOffer, 0.12), (ChurnDriver.PriceIncrease, 0.10),
    (ChurnDriver.SlowResponse, 0.12), (ChurnDriver.MissingFeature, 0.08), (ChurnDriver.KeyContactLeft, 0.06),
];
for (var i = 0; i < customerCount; i++)
{
    var id = CustomerId.Of($"C{i:D5}");
    var firstDay = rng.Next(0, 700);
    var meanGapDays = rng.Next(10, 75);
    var lifetimeDays = rng.NextDouble() < 0.35 ? rng.Next(30, 300) : 1_000; // a third defect within the window
    var list = new List<Instant>();
    for (double day = firstDay; day < Math.Min(730, firstDay + lifetimeDays); day += meanGapDays * (0.5 + rng.NextDouble()))
    {
        var date = start.PlusDays((int)day);
        list.Add(london.AtStartOfDay(date).ToInstant() + Duration.FromHours(10 + rng.Next(8)));
        activity.Add(new CohortActivity(id, date.ToYearMonth()));
    }

    purchases[id] = list;
    evidence[id] = [.. recorded.Where(r => rng.NextDouble() < r.Share).Select(r => r.Driver)];
}

// ---- 2. Cohort retention heat map ---------------------------------------------------------------------------
var matrix = CohortRetentionMatrix.Build(activity.ToArray().AsSpan(), new YearMonth(2026, 12));
// Months +1 to +n (+0 is 100 % by definition), as many as fit: a column takes 7 characters, the first two 17, so
// 80 columns show 8 months and a log (120) all 12; the picture in samples/out/ has every month.
var shownMonths = Math.Clamp((AnsiConsole.Profile.Width - 18) / 7, 3, 12);
var heat = new Table().Border(TableBorder.Rounded).Title($"[bold]Cohort retention ({Words.Count(customerCount, "customer")}): share buying k months later[/]");
heat.AddColumn(new TableColumn("cohort").NoWrap());
heat.AddColumn(new TableColumn("size").RightAligned());
for (var k = 1; k <= shownMonths; k++)
{
    heat.AddColumn(new TableColumn($"+{k}").RightAligned());
}

for (var c = 0; c < matrix.Cohorts.Length; c++)
{
    var cells = new List<string> { matrix.Cohorts[c].ToString("yyyy-MM", null), matrix.Sizes[c].ToString() };
    for (var k = 1; k <= shownMonths; k++)
    {
        if (k >= matrix.Active[c].Length)
        {
            cells.Add("");
            continue;
        }

        var r = matrix.Retention(c, k).ValueOr(0);
        cells.Add($"[{HeatColour(r)}]{r * 100:0}%[/]");
    }

    heat.AddRow(cells.ToArray());
}

AnsiConsole.Write(heat);
if (AnsiConsole.Profile.Capabilities.ColorSystem != ColorSystem.NoColors)
{
    AnsiConsole.MarkupLine($"Key: [{HeatColour(0.6)}]60 %+[/]  [{HeatColour(0.4)}]40-59 %[/]  [{HeatColour(0.25)}]25-39 %[/]  [{HeatColour(0.1)}]10-24 %[/]  [{HeatColour(0)}]under 10 %[/]");
}
var outDir = RepositoryFiles.OutputDirectory(args);
RetentionCharts.CohortHeatmap(matrix, shownMonths).SavePng(Path.Combine(outDir, "retention-cohorts.png"));
AnsiConsole.MarkupLine($"Cohort heat map written to [link]{Markup.Escape(Path.Combine(outDir, "retention-cohorts.png"))}[/]");

// ---- 3. Customers at risk with suggested strategies ---------------------------------------------------------
var policy = DefectionPolicy.Create(silenceMultiplier: 2.5, pAliveThreshold: Probability.Of(0.25), minimumPurchases: 3);
var risks = new List<(DefectionRisk Risk, double Barrier)>();
foreach (var (id, list) in purchases)
{
    if (list.Count == 0)
    {
        continue;
    }

    // Stand-in for a BG/NBD P(alive), which the CustomerValue room provides: decays with silence measured in own gaps.
    var gap = list.Count > 1 ? (list[^1] - list[0]).TotalDays / (list.Count - 1) : 60d;
    var pAlive = Probability.Clamped(Math.Exp(-(asOf - list[^1]).TotalDays / (4 * gap)));
    var risk = policy.Assess(id, list, asOf, pAlive, evidence[id]);
    if (risk.IsAtRisk && list.Count >= 6)
    {
        var barriers = RelationshipBarriers.For(id);
        if (list.Count > 10)
        {
            barriers = barriers.Add(new SwitchingBarrier(SwitchingBarrierKind.LoyaltyReward, Probability.Of(0.4)));
        }

        risks.Add((risk, barriers.CombinedStrength(new LocalDate(2027, 1, 1)).Value));
    }
}

var shownRisks = ci ? 6 : 12;
var riskTable = new Table().Border(TableBorder.Rounded)
    .Title($"[bold]Valuable customers at risk: {risks.Count:N0} (top {shownRisks} by purchases)[/]");
riskTable.AddColumns("customer", "buys", "silent / own gap", "P(alive)", "drivers in the data");
var suggestions = new List<string>();
foreach (var (risk, barrier) in risks.OrderByDescending(r => purchases[r.Risk.Customer].Count).ThenBy(r => r.Risk.Customer.Value).Take(shownRisks))
{
    riskTable.AddRow(
        risk.Customer.Value,
        purchases[risk.Customer].Count.ToString(CultureInfo.InvariantCulture),
        $"{risk.Silence!.Value.TotalDays:0} d / {(risk.ExpectedGap is { } g ? $"{g.TotalDays:0} d" : "-")}",
        risk.PAlive?.ToString() ?? "-",
        risk.SuspectedDrivers.IsEmpty ? "none recorded" : string.Join("\n", risk.SuspectedDrivers.Select(Words.Humanize)));
    suggestions.Add($"{risk.Customer.Value}: {string.Join("; ", RetentionStrategyCatalogue.Suggest(risk, barrier, 3).Select(Words.Humanize))}");
}

AnsiConsole.Write(riskTable);
AnsiConsole.WriteLine("Suggested strategies:");
foreach (var line in suggestions)
{
    AnsiConsole.WriteLine("  " + line);
}

AnsiConsole.WriteLine("Strategies rank by the customer's drivers (Buttle's 29); with none recorded, the diagnostic ones; a weak switching barrier adds \"switching barriers\".");

// ---- 4. SLA compliance by team ------------------------------------------------------------------------------
var holidays = new[] { new LocalDate(2025, 12, 25), new LocalDate(2025, 12, 26), new LocalDate(2026, 1, 1), new LocalDate(2026, 4, 3), new LocalDate(2026, 4, 6), new LocalDate(2026, 12, 25) };
var calendar = BusinessCalendar.Create(london, WorkingHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 30)), holidays,
    new DateInterval(new LocalDate(2024, 12, 1), new LocalDate(2027, 12, 31)));
var sla = SlaPolicy.Create("standard", calendar, new Dictionary<CasePriority, SlaTargets>
{
    [CasePriority.Low] = SlaTargets.Of(Duration.FromHours(8), Duration.FromHours(40)),
    [CasePriority.Normal] = SlaTargets.Of(Duration.FromHours(4), Duration.FromHours(16)),
    [CasePriority.High] = SlaTargets.Of(Duration.FromHours(1), Duration.FromHours(8)),
    [CasePriority.Urgent] = SlaTargets.Of(Duration.FromMinutes(30), Duration.FromHours(4)),
}, Probability.Of(0.8));

string[] teams = ["Billing", "Technical", "Onboarding"];
double[] teamSpeed = [0.6, 1.3, 0.9]; // how long each team typically takes, relative to the target
var cases = new List<ServiceCase>();
var caseCount = ci ? 600 : 6_000;
var ids = purchases.Keys.ToArray();
for (var i = 0; i < caseCount; i++)
{
    var team = rng.Next(teams.Length);
    var priority = (CasePriority)rng.Next(4);
    var opened = london.AtStartOfDay(start.PlusDays(rng.Next(0, 725))).ToInstant() + Duration.FromMinutes(rng.Next(0, 24 * 60));
    var c = ServiceCase.Open($"K{i:D5}", ids[rng.Next(ids.Length)], teams[team], priority, (Channel)rng.Next(1, 10), opened);
    var target = sla.TargetsFor(priority);
    var fcr = rng.NextDouble() < 0.3;
    if (fcr)
    {
        cases.Add(c.Resolve(calendar.AddBusinessTime(opened, target.FirstResponse * (0.3 + rng.NextDouble()))));
        continue;
    }

    var t = calendar.AddBusinessTime(opened, target.FirstResponse * (0.2 + rng.NextDouble()));
    c = rng.NextDouble() < 0.3 ? c.WaitOnCustomer(t).Resume(t + Duration.FromHours(rng.Next(1, 72))) : c.Respond(t);
    var resolveAt = calendar.AddBusinessTime(c.LastEventAt, target.Resolution * (teamSpeed[team] * rng.NextDouble()));
    cases.Add(c.Resolve(resolveAt));
}

var compliance = SlaCompliance.ByTeam(cases, sla, asOf);
var slaTable = new Table().Border(TableBorder.Rounded).Title($"[bold]SLA compliance by team ({Words.Count(cases.Count, "case")}; business hours Mon-Fri 09:00-17:30, London)[/]");
slaTable.AddColumns("team", "cases", "resolved in SLA", "responded in SLA", "resolved at first contact", "mean to resolve");
foreach (var team in teams)
{
    var mine = cases.Where(c => c.Team == team).ToList();
    var frMet = mine.Count(c => sla.Evaluate(c, asOf).FirstResponse.Status == SlaStatus.Succeeded);
    var met = compliance[team];
    var colour = met.ValueOr(0) >= 0.9 ? "green" : met.ValueOr(0) >= 0.75 ? "yellow" : "red";
    slaTable.AddRow(team, mine.Count.ToString(CultureInfo.InvariantCulture), $"[{colour}]{Percent(met)}[/]", Percent(Ratio.Rate(frMet, mine.Count)),
        Percent(Ratio.Rate(mine.Count(c => c.IsFirstContactResolution), mine.Count)),
        $"{mine.Average(c => c.TimeToResolution!.Value.TotalHours):0.0} h");
}

AnsiConsole.Write(slaTable);

// ---- 5. A data-subject request (issue 17): access export, then erasure across every aggregate ------------------
var failures = new List<string>();
void Check(bool ok, string what)
{
    AnsiConsole.WriteLine($"{(ok ? "[ok]" : "[FAILED]")} {what}");
    if (!ok)
    {
        failures.Add(what);
    }
}

var dpo = Actor.Of("dpo-1", "admin");
var grace = CustomerId.Of("C-DSR");
var t0 = Instant.FromUtc(2026, 3, 2, 10, 0);
var person = Customer.Register(grace, PersonName.Create("Grace", "Hopper"), dpo, t0, DataAccessPolicy.Standard, "web");
person = person.AddContactPoint(dpo, ContactPoint.ForEmail(EmailAddress.Parse("grace@example.org"), VerificationState.Verified, t0), t0).ThrowIfDenied();
person = person.SetNotes(dpo, "Grace prefers letters", t0).ThrowIfDenied();
var graceCase = ServiceCase.Open("K-DSR-1", grace, "billing", CasePriority.Normal, Channel.Phone, t0).Respond(t0 + Duration.FromHours(1))
    .Escalate(t0 + Duration.FromHours(2), "Grace disputes invoice 2026-114").Resolve(t0 + Duration.FromDays(2));
var disputed = ServiceCase.Open("K-DSR-2", grace, "billing", CasePriority.High, Channel.Email, t0).Escalate(t0 + Duration.FromHours(3), "Grace: invoice 2026-115 wrong");
IPersonalDataHolder[] holders =
[
    PersonalDataHolders.Of(person),
    PersonalDataHolders.Of(Lead.Create("L-DSR", LeadSource.Enquiry, t0).Advance(t0, "Grace asked about the premium plan"), grace),
    PersonalDataHolders.Of(graceCase),
    PersonalDataHolders.Of(disputed),
    PersonalDataHolders.Of(Complaint.File(graceCase, "Grace was overcharged")),
    PersonalDataHolders.Of(Opportunity.Open("O-DSR", "Hopper family premium plan", SalesParty.Customer(grace), "sam", Money.Of(900m, "GBP"), new LocalDate(2026, 6, 30), t0)),
    PersonalDataHolders.Of(Household.Create("H-DSR", "The Hoppers", grace)),
];
string[] graceData = ["Grace", "Hopper", "grace@example.org", "premium plan", "overcharged"];

// Access: received, identity verified, export produced through the DPO's actor (customer reads audited).
var access = DataSubjectRequest.Receive("DSR-2026-0107", grace, DataSubjectRequestKind.Access, Instant.FromUtc(2026, 11, 2, 9, 30), calendar);
access = access.VerifyIdentity(Instant.FromUtc(2026, 11, 2, 11, 0), "signed-in account").StartWork(Instant.FromUtc(2026, 11, 3, 9, 0));
var exported = PersonalDataExport.Produce(access, holders, dpo, Instant.FromUtc(2026, 11, 3, 10, 0));
var exportJson = CrmJson.Serialize(exported.Export);
access = access.Fulfil(Instant.FromUtc(2026, 11, 3, 10, 5), "export sent");
AnsiConsole.WriteLine($"Access request {access.Id}: received 2026-11-02, due {access.DueDate:uuuu-MM-dd}, {access.State} on 2026-11-03; {exported.Export} ({exportJson.Length:N0} characters of JSON).");
Check(access.DueDate == new LocalDate(2026, 12, 2), "an access request received on Monday 2 November 2026 is due one month later, Wednesday 2 December");
Check(exported.Export.Records.Length == holders.Length && graceData.All(d => exportJson.Contains(d, StringComparison.Ordinal)), "the export holds every aggregate about the person, and her data");
Check(CrmJson.Serialize(CrmJson.Deserialize<PersonalDataExport>(exportJson)) == exportJson, "the export's JSON reads back strictly to the same JSON");

// Erasure: the plan over the same aggregates, with the disputed case under a legal hold; then executed.
var erasure = DataSubjectRequest.Receive("DSR-2026-0131", grace, DataSubjectRequestKind.Erasure, Instant.FromUtc(2026, 11, 30, 9, 0), calendar)
    .VerifyIdentity(Instant.FromUtc(2026, 11, 30, 9, 30), "signed-in account").StartWork(Instant.FromUtc(2026, 12, 1, 9, 0));
var plan = ErasurePlan.For(erasure, exported.Holders, [new LegalHold("serviceCase", "K-DSR-2", "invoice 2026-115 under dispute")]);
AnsiConsole.WriteLine(plan.ToString());
foreach (var item in plan.Items)
{
    AnsiConsole.WriteLine($"  {item.Kind,-12} {item.Id,-8} {item.Action,-18} {item.Explanation}");
}

var erasedAt = Instant.FromUtc(2026, 12, 1, 10, 0);
var result = plan.Execute(dpo, erasedAt);
erasure = erasure.Fulfil(erasedAt, "erased; one case kept under legal hold");
foreach (var e in result.Erasures)
{
    AnsiConsole.WriteLine($"  {e}");
}

var afterJson = string.Join("\n", result.Holders.Where(h => h.Id != "K-DSR-2").Select(h => h.Aggregate switch
{
    Customer c => CrmJson.Serialize(c.ToSnapshot()),
    Lead l => CrmJson.Serialize(l.ToSnapshot()),
    ServiceCase k => CrmJson.Serialize(k.ToSnapshot()),
    Complaint k => CrmJson.Serialize(k.ToSnapshot()),
    Opportunity o => CrmJson.Serialize(o.ToSnapshot()),
    Household home => CrmJson.Serialize(home),
    _ => string.Empty,
}));
AnsiConsole.WriteLine($"Erasure request {erasure.Id}: due {erasure.DueDate:uuuu-MM-dd}, {erasure.State} on 2026-12-01, overdue: {erasure.IsOverdue(erasedAt)}.");
Check(plan.Items.Count(i => i.Action == ErasureAction.Erase) == 6 && plan.HasLegalHolds, "six aggregates erased, the disputed case kept under a legal hold");
Check(result.Erasures.Count(e => e.Event is not null) == 5, "five erasure events (the household has no history)");
Check(!graceData.Any(d => afterJson.Contains(d, StringComparison.Ordinal)), "no trace of her data in any erased aggregate's stored JSON");
Check(((ServiceCase)result.Holders[2].Aggregate).TimeToResolution == Duration.FromDays(2), "the erased case keeps its duration");
Check(erasure.DueDate == new LocalDate(2026, 12, 30) && !erasure.IsOverdue(erasedAt), "the erasure request is answered within its month (received 30 November, due 30 December)");
if (failures.Count > 0)
{
    AnsiConsole.WriteLine($"Self-checks failed: {string.Join("; ", failures)}");
    return 1;
}

return 0;

// Foreground colours (readable on dark and light terminals); a log without colour shows the numbers alone.
static string HeatColour(double share) => share >= 0.6 ? "green" : share >= 0.4 ? "chartreuse3" : share >= 0.25 ? "yellow" : share >= 0.1 ? "darkorange" : "red";

static string Percent(Ratio r) => r.HasValue ? string.Create(CultureInfo.InvariantCulture, $"{r.ValueOr(0) * 100:0.0} %") : "no data";
