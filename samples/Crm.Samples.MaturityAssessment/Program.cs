// A fictional telecom, Northwind Mobile, is assessed against Gartner's eight building blocks by two assessors (an
// external consultant and the internal CRM lead); its metrics block is rated from its KPI scorecard. The sample prints
// block scores, where the assessors disagree, the cut by type of CRM, the largest gaps to the 2027 target, the phased
// roadmap and the change since last year's assessment, and draws the radar (current vs target, PNG and SVG), the gaps
// by block and the KPI scorecard into samples/out/ (or the folder after --out).
// Runs non-interactively; `--ci` prints the short version (top gaps and roadmap steps only, no history).
using Crm.Domain.Charts;
using Crm.Domain.Competencies;
using Crm.Domain.Metrics.Scorecards;
using Crm.Samples.Shared;
using NodaTime;
using Spectre.Console;

var ci = SampleConsole.Configure(args);

var gartner = CompetencyFrameworks.Gartner;
var today = new LocalDate(2026, 11, 20);
const string Company = "Northwind Mobile";

// 1. Two assessors rate every non-metrics criterion (levels per block, in criterion order; '-' = not rated).
var dana = Ratings("Dana (consultant)", new()
{
    ["vision"] = "433", ["strategy"] = "32213", ["experience"] = "2332421", ["collaboration"] = "2321",
    ["processes"] = "3243", ["information"] = "32222", ["technology"] = "33",
});
var lee = Ratings("Lee (CRM lead)", new()
{
    ["vision"] = "443", ["strategy"] = "2221-", ["experience"] = "2342431", ["collaboration"] = "3311",
    ["processes"] = "3443", ["information"] = "31221", ["technology"] = "24",
});

// 2. The metrics block comes from the KPI scorecard: each KPI's status maps to a level by the documented rule
//    (met -> managed, at risk -> defined, missed -> developing, no data -> initial); KPIs not on the scorecard stay
//    unrated. The scorecard's own KPI names map to the framework's criteria.
var scorecard = Scorecard.Create("Northwind KPI scorecard",
[
    KpiDefinition.Create("Same-day closure", KpiUnit.Fraction, KpiTarget.AtLeast(0.80, 0.70)),
    KpiDefinition.Create("Service renewal", KpiUnit.Fraction, KpiTarget.AtLeast(0.85, 0.80)),
    KpiDefinition.Create("Time to resolution", KpiUnit.Hours, KpiTarget.AtMost(8, 12)),
    KpiDefinition.Create("Service calls per 100 customers", KpiUnit.Number, KpiTarget.AtMost(30, 40)),
    KpiDefinition.Create("Satisfaction level", KpiUnit.Fraction, KpiTarget.AtLeast(0.80, 0.75)),
    KpiDefinition.Create("NPS", KpiUnit.Points, KpiTarget.AtLeast(30, 20)),
    KpiDefinition.Create("CSAT", KpiUnit.Fraction, KpiTarget.AtLeast(0.85, 0.80)),
    KpiDefinition.Create("First-contact resolution", KpiUnit.Fraction, KpiTarget.AtLeast(0.70, 0.60)),
    KpiDefinition.Create("Annual churn", KpiUnit.Fraction, KpiTarget.AtMost(0.15, 0.20)),
]);
var report = scorecard.Evaluate(new Dictionary<string, KpiValue>
{
    ["Same-day closure"] = KpiValue.Of(0.64),
    ["Service renewal"] = KpiValue.Of(0.88),
    ["Time to resolution"] = KpiValue.Of(9.5),
    ["Service calls per 100 customers"] = KpiValue.Of(27),
    ["Satisfaction level"] = KpiValue.Of(0.77),
    ["NPS"] = KpiValue.Of(12),
    ["CSAT"] = KpiValue.Of(0.87),
    ["Annual churn"] = KpiValue.Of(0.17),
});
var kpiRatings = MetricsMaturityRule.Default.FromScorecard(gartner, report, new Dictionary<string, string>
{
    ["Same-day closure"] = "metrics.same-day-closure",
    ["Service renewal"] = "metrics.renewal-rate",
    ["Time to resolution"] = "metrics.time-to-resolution",
    ["Service calls per 100 customers"] = "metrics.service-calls",
    ["Satisfaction level"] = "metrics.customer-satisfaction",
    ["NPS"] = "metrics.nps",
    ["CSAT"] = "metrics.csat",
    ["First-contact resolution"] = "metrics.first-contact-resolution",
    ["Annual churn"] = "metrics.retention-churn",
}, today);

var assessment = new Assessment(gartner, Company, today, [.. dana, .. lee, .. kpiRatings]);
var profile = assessment.Score();

AnsiConsole.MarkupLine($"[bold]{Company}[/]: CRM maturity against {Markup.Escape(gartner.Name)}{(ci ? " (CI run)" : string.Empty)}");
AnsiConsole.MarkupLine($"Metrics block from {Markup.Escape(report.ToString())}");
AnsiConsole.MarkupLine($"Assessors: {Markup.Escape(string.Join(", ", assessment.Assessors))}; coverage {profile.Coverage}; overall index [bold]{profile.Overall:0.0}[/] / 100");

var blocks = new Table().AddColumns("Block", "Index", "Level", "Coverage", "Disagree");
foreach (var b in profile.Blocks)
{
    blocks.AddRow(Markup.Escape(b.Title), b.Index is { } i ? $"{i:0.0}" : "-", b.MeanLevel is { } l ? $"{l:0.00}" : "-", b.Coverage.ToString(), b.DisagreementCount.ToString());
}

AnsiConsole.Write(blocks);

var disagreements = new Table().AddColumns("Criterion", "Lowest", "Highest", "Mean");
foreach (var d in profile.Disagreements)
{
    disagreements.AddRow(Markup.Escape(gartner.GetCriterion(d.CriterionId).Title), d.Lowest!.Value.Name, d.Highest!.Value.Name, $"{d.MeanLevel:0.0}");
}

AnsiConsole.MarkupLine($"[bold]Assessors disagree[/] (spread >= {profile.DisagreementThreshold} levels) on {Words.Count(profile.Disagreements.Length, "criterion", "criteria")}{(ci ? "." : ":")}");
if (!ci)
{
    AnsiConsole.Write(disagreements);
}

AnsiConsole.MarkupLine("By type of CRM: " + string.Join(", ", profile.ByCrmType.Select(t => $"{Words.Humanize(t.CrmType)} {t.Index:0.0}")));

// 3. Gaps against the 2027 target.
var target = TargetProfile.ForBlocks(gartner,
    [KeyValuePair.Create("technology", MaturityLevel.Defined), KeyValuePair.Create("vision", MaturityLevel.Optimised)],
    otherwise: MaturityLevel.Managed, name: "Target 2027");
var gaps = GapAnalysis.Of(profile, target);
AnsiConsole.MarkupLine($"[bold]Largest gaps to {target.Name}[/] (total {gaps.TotalWeightedGap:0.0} index points):");
var gapTable = new Table().AddColumns("Criterion", "Current", "Target", "Gap (levels)", "Points");
foreach (var g in gaps.Open.Take(ci ? 4 : 8))
{
    gapTable.AddRow(Markup.Escape(gartner.GetCriterion(g.CriterionId).Title), g.CurrentLevel is { } c ? $"{c:0.0}" : "unrated", g.Target.Name, $"{g.Gap:0.0}", $"{g.WeightedGap:0.00}");
}

AnsiConsole.Write(gapTable);

// 4. The phased roadmap.
Initiative[] initiatives =
[
    new("benchmark", "Current-state benchmark and customer research", RoadmapPhase.ScenarioAnalysis,
        ["strategy.current-state-benchmark", "vision.anticipation"], 0.9, 1),
    new("objectives", "Loyalty goal, experience level and baselined goals", RoadmapPhase.PurposeAndObjectives,
        ["vision.loyalty-goal", "strategy.experience-level", "strategy.baselined-goals"], 1.0, 1.5, ["benchmark"]),
    new("business-case", "CRM roadmap and prioritised business case", RoadmapPhase.BusinessPlanning,
        ["strategy.roadmap", "strategy.prioritised-initiatives"], 0.9, 2, ["objectives"]),
    new("platform", "CRM platform and vendor selection", RoadmapPhase.TechnologyAndVendorSelection,
        ["technology.process-support"], 0.6, 2, ["business-case"]),
    new("staff-training", "Train front-line staff on the new platform", RoadmapPhase.BusinessPlanning,
        ["collaboration.it-systems"], 0.5, 1.5, ["platform"]),
    new("single-view", "Single customer view and value segments", RoadmapPhase.SolutionDevelopment,
        ["information.value-segments", "information.needs-preferences", "information.target-classification", "information.response-monitoring"], 0.8, 4, ["platform"]),
    new("journeys", "Care, billing and exit journey redesign", RoadmapPhase.SolutionDevelopment,
        ["experience.care", "experience.billing-payment", "experience.exit", "processes.follow-ups", "processes.satisfaction-checks"], 0.7, 3, ["objectives"]),
    new("self-service", "Self-service portal and app", RoadmapPhase.Implementation,
        ["technology.channels", "experience.pricing-purchase"], 0.6, 3, ["platform", "single-view"]),
    new("culture", "Customer-centric culture and incentives", RoadmapPhase.Implementation,
        ["collaboration.culture", "collaboration.strategy", "collaboration.process"], 0.8, 3, ["business-case"]),
    new("kpi-loop", "KPI scorecard and closed-loop campaigns", RoadmapPhase.Measurement,
        ["information.closed-loop", "metrics.nps", "metrics.same-day-closure", "metrics.brand-image", "metrics.lifetime-value"], 0.7, 2, ["single-view"]),
];
var roadmap = Roadmap.Plan(gaps, initiatives);
AnsiConsole.MarkupLine($"[bold]Roadmap[/] ({Markup.Escape(roadmap.Ranking.ToString())}):");
// Narrow enough for 80 columns: words wrap inside cells, never an id ("After" lists one per line).
var roadmapTable = new Table().AddColumns("#", "Initiative", "Phase", "Rank", "Prio.", "Gap %")
    .AddColumn(new TableColumn("After").NoWrap());
foreach (var item in roadmap.Items.Take(ci ? 4 : int.MaxValue))
{
    roadmapTable.AddRow(item.Sequence.ToString(), Markup.Escape(item.Initiative.Title),
        Words.Humanize(item.ScheduledPhase) + (item.Deferred ? " (deferred)" : string.Empty), item.Ranked.Rank.ToString(),
        $"{item.Ranked.Priority.Total.Value:0.0}", $"{item.Ranked.GapShare:0.0}", string.Join("\n", item.Initiative.DependsOn));
}

AnsiConsole.Write(roadmapTable);
if (ci)
{
    AnsiConsole.MarkupLine($"... and {Words.Count(roadmap.Items.Length - 4, "more step")} (run without --ci for the whole roadmap and last year's comparison).");
}

// 5. History: last year's assessment (consultant only) against this year's.
if (!ci)
{
    PrintHistory();
}

void PrintHistory()
{
    var lastYear = new Assessment(gartner, Company, today.PlusYears(-1), Ratings("Dana (consultant)", new()
    {
        ["vision"] = "322", ["strategy"] = "22112", ["experience"] = "2222321", ["collaboration"] = "2211",
        ["processes"] = "3233", ["information"] = "22212", ["technology"] = "23",
    }, today.PlusYears(-1)));
    var history = new AssessmentHistory([lastYear, assessment]);
    var change = history.CompareLatest()!;
    AnsiConsole.MarkupLine($"Since {lastYear.AssessedOn:uuuu-MM-dd}: overall {change.Overall.Before:0.0} -> {change.Overall.After:0.0}; " +
        $"{Words.Count(change.Improved.Length, "criterion", "criteria")} improved, {change.FellBack.Length} fell back" +
        (change.FellBack.Length > 0 ? $" ({Markup.Escape(string.Join(", ", change.FellBack.Select(c => c.Title)))})" : string.Empty) + ".");
    AnsiConsole.MarkupLine("Block trends (index points per year): " + string.Join(", ", history.Trends.Select(t => t.ChangePerYear is { } slope ? $"{t.Id} {slope:+0.0;-0.0;0}" : $"{t.Id} n/a")));
}

// 6. Pictures: the radar of the eight blocks (current against target), the gaps by block and the KPI scorecard.
var outDir = RepositoryFiles.OutputDirectory(args);
var radar = MaturityCharts.Radar(profile, target, new ChartOptions { Title = $"{Company}: CRM maturity (Gartner's eight building blocks)" });
var written = new[]
{
    Save(radar, "maturity-radar.png"),
    Save(radar, "maturity-radar.svg"),
    Save(MaturityCharts.GapBars(gaps), "maturity-gaps.png"),
    Save(ScorecardCharts.Bullet(report), "maturity-kpi-scorecard.png"),
};
AnsiConsole.MarkupLine($"Pictures written to [link]{Markup.Escape(outDir)}[/]: {Markup.Escape(string.Join(", ", written))}");
return 0;

string Save(ChartImage chart, string file)
{
    if (file.EndsWith(".svg", StringComparison.Ordinal))
    {
        chart.SaveSvg(Path.Combine(outDir, file));
    }
    else
    {
        chart.SavePng(Path.Combine(outDir, file));
    }

    return file;
}

// Ratings of one assessor from per-block level strings ('1'-'5', '-' = not rated), in the block's criterion order.
IEnumerable<CriterionRating> Ratings(string assessor, Dictionary<string, string> levels, LocalDate? on = null)
{
    foreach (var (blockId, pattern) in levels)
    {
        var criteria = gartner.GetBlock(blockId).Criteria;
        for (var i = 0; i < criteria.Length; i++)
        {
            if (pattern[i] != '-')
            {
                yield return new CriterionRating(criteria[i].Id, MaturityLevel.Of(pattern[i] - '0'), assessor, on ?? today, "Workshop and document review");
            }
        }
    }
}
