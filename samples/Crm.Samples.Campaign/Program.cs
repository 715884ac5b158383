// Two waves of an e-mail campaign on a generated, seeded customer base: select the audience (criteria, consent,
// suppression, a hashed hold-out), simulate responses, analyse with Wilson intervals and a two-proportion lift test
// per segment, decide keep / drop / test again, run wave 2 on the survivors, and credit conversions across the
// two waves. Deterministic: the same output on every run. `--ci` uses a smaller base.
using System.Globalization;
using Crm.Domain.Campaigns;
using Crm.Domain.Campaigns.Analysis;
using Crm.Domain.Campaigns.Attribution;
using Crm.Domain.Charts;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Specifications;
using Crm.Samples.Shared;
using NodaTime;
using Spectre.Console;

var ci = SampleConsole.Configure(args);
var baseSize = ci ? 12_000 : 40_000;
var eur = Currency.Eur;
var start = Instant.FromUtc(2026, 3, 2, 8, 0);

// The simulated truth the analysis must recover: base conversion (without the campaign) and the campaign's effect.
var truth = new Dictionary<string, (double Base, double Effect, double Open)>
{
    ["loyal"] = (0.060, 0.030, 0.45),
    ["growing"] = (0.040, 0.015, 0.35),
    ["new"] = (0.030, 0.004, 0.30),
    ["lapsed"] = (0.010, 0.000, 0.12),
    ["bargain"] = (0.050, -0.025, 0.25),
};
var segments = truth.Keys.ToArray();

var random = new Random(2026);
var customers = Enumerable.Range(0, baseSize).Select(i => CampaignCustomer.Of(
    CustomerId.Of($"C{i:D6}"), segments[random.Next(segments.Length)], random.Next(1, 6), random.Next(1, 6), random.Next(1, 6), random.Next(1, 4))).ToArray();
var noEmailConsent = customers.Where(_ => random.NextDouble() < 0.08).Select(c => c.Id).ToHashSet();
var suppression = SuppressionList.Of(customers.Where(_ => random.NextDouble() < 0.01).Select(c => c.Id));
var consent = ContactEligibility.From((id, channel, _) => channel != Channel.Email || !noEmailConsent.Contains(id));

AnsiConsole.Write(new Rule("[bold]Crm.Domain — campaign in two waves[/]").LeftJustified());
AnsiConsole.MarkupLine("Simulated truth (conversion without → with the campaign): " + Markup.Escape(string.Join("; ",
    truth.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value.Base:P1} → {t.Value.Base + t.Value.Effect:P1}")))));
AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"Base: {baseSize:N0} customers in {segments.Length} segments; {noEmailConsent.Count:N0} without e-mail consent; {suppression.Count:N0} suppressed.");

var touches = new List<Touch>();
var conversions = new List<Conversion>();

// Wave 1: everyone with RFM total >= 5 (excludes only the very weakest), 20 % hold-out.
var wave1Criteria = Spec.Where<CampaignCustomer>("RFM total >= 5", c => c.RfmTotal >= 5);
var (wave1, analysis1) = RunWave("W1", "Spring offer — wave 1", wave1Criteria, seed: 11, start);
var decisions1 = NextWavePolicy.Default.Decide(analysis1);
Print(wave1, analysis1, decisions1);

// Wave 2, a week later: only the segments kept or to be tested again, with a new hold-out seed.
var next = decisions1.Where(d => d.Decision != WaveDecision.Drop).Select(d => d.Segment).ToHashSet(StringComparer.Ordinal);
var wave2Criteria = wave1Criteria & Spec.Where<CampaignCustomer>($"segment in {{{string.Join(", ", next.Order(StringComparer.Ordinal))}}}", c => next.Contains(c.Segment));
var (wave2, analysis2) = RunWave("W2", "Spring offer — wave 2", wave2Criteria, seed: 12, start + Duration.FromDays(7));
var decisions2 = NextWavePolicy.Default.Decide(analysis2);
Print(wave2, analysis2, decisions2);

// The conversion lift of each wave by segment, with its intervals, as pictures in samples/out/ (or --out).
var outDir = RepositoryFiles.OutputDirectory(args);
CampaignCharts.Lift(analysis1, new ChartOptions { Title = "Wave 1: conversion lift by segment (95 % intervals)" }).SavePng(Path.Combine(outDir, "campaign-wave1-lift.png"));
CampaignCharts.Lift(analysis2, new ChartOptions { Title = "Wave 2: conversion lift by segment (95 % intervals)" }).SavePng(Path.Combine(outDir, "campaign-wave2-lift.png"));
AnsiConsole.MarkupLine($"Lift charts written to [link]{Markup.Escape(outDir)}[/]: campaign-wave1-lift.png, campaign-wave2-lift.png");

// Attribution of every conversion across the two waves.
var attribution = new Table().Title("Attribution of conversions across waves (14-day window)")
    .AddColumn(new TableColumn("Model").NoWrap()).AddColumns("W1 conv.", "W1 EUR", "W2 conv.", "W2 EUR");
var unattributed = string.Empty;
foreach (var (name, rule) in new (string, AttributionRule)[]
{
    ("last touch", AttributionRule.LastTouch(Duration.FromDays(14))),
    ("first touch", AttributionRule.FirstTouch(Duration.FromDays(14))),
    ("linear", AttributionRule.Linear(Duration.FromDays(14))),
    ("time decay (t½ 3 d)", AttributionRule.TimeDecay(Duration.FromDays(14), Duration.FromDays(3))),
})
{
    var report = rule.AttributeAll(conversions, touches);
    var w1 = report.Credits.FirstOrDefault(c => c.CampaignId == "W1");
    var w2 = report.Credits.FirstOrDefault(c => c.CampaignId == "W2");
    attribution.AddRow(name, w1 is null ? "-" : $"{w1.Conversions:N1}", w1 is null ? "-" : $"{w1.Value.Amount:N0}",
        w2 is null ? "-" : $"{w2.Conversions:N1}", w2 is null ? "-" : $"{w2.Value.Amount:N0}");
    // The same for every model: a conversion with no touch in its window is nobody's.
    unattributed = $"{Words.Count(report.UnattributedConversions, "conversion")} ({report.UnattributedValue.Amount:N0} EUR) had no touch within 14 days: unattributed under every model.";
}

AnsiConsole.Write(attribution);
AnsiConsole.WriteLine(unattributed);
return 0;

(Campaign Campaign, CampaignAnalysis Analysis) RunWave(string id, string name, Specification<CampaignCustomer> criteria, ulong seed, Instant at)
{
    var definition = AudienceDefinition.Create(name, criteria, Channel.Email, 0.2, seed, consent, suppression);
    var audience = definition.Select(customers, at);
    var offer = new CampaignOffer($"{id}-SPRING15", "15 % off the spring range", Money.Of(85m, eur),
        new DateInterval(at.InUtc().Date, at.InUtc().Date.PlusDays(20)), Money.Of(100m, eur), "free delivery over 50 EUR");
    var campaign = Campaign.Create(id, name, eur, at - Duration.FromDays(7))
        .WithOffer(offer, at - Duration.FromDays(7)).WithAudience(audience, at - Duration.FromDays(7)).WithCosts(Money.Of(1_500m, eur), Money.Of(0.35m, eur), at - Duration.FromDays(7));
    campaign = campaign.Schedule(at, at - Duration.FromDays(3)).Start(at);

    var simulation = new Random((int)seed * 7919);
    var responses = new List<CampaignResponse>();
    foreach (var m in audience.Treated)
    {
        var (baseRate, effect, open) = truth[m.Segment];
        var sentAt = at + Duration.FromMinutes(simulation.Next(0, 120));
        responses.Add(CampaignResponse.Sent(m.Id, sentAt, Channel.Email));
        touches.Add(new Touch(id, m.Id, sentAt, Channel.Email));
        if (simulation.NextDouble() < 0.97)
        {
            responses.Add(CampaignResponse.Delivered(m.Id, sentAt + Duration.FromMinutes(1), Channel.Email));
            if (simulation.NextDouble() < open)
            {
                responses.Add(CampaignResponse.Opened(m.Id, sentAt + Duration.FromHours(simulation.Next(1, 48)), Channel.Email));
                var roll = simulation.NextDouble();
                if (roll < 0.20)
                {
                    var code = roll < 0.12 ? ResponseCode.Interested : roll < 0.19 ? ResponseCode.NotInterested : ResponseCode.DoNotContact;
                    responses.Add(CampaignResponse.Responded(m.Id, code, sentAt + Duration.FromHours(50), Channel.Email));
                }
            }
        }

        Convert(m, Math.Max(0d, baseRate + effect));
    }

    foreach (var m in audience.Control)
    {
        Convert(m, truth[m.Segment].Base);
    }

    campaign = campaign.RecordRange(responses).Complete(at + Duration.FromDays(14));
    return (campaign, CampaignAnalysis.Of(campaign));

    void Convert(CampaignCustomer m, double p)
    {
        if (simulation.NextDouble() < p)
        {
            var value = Money.Of(Math.Round(40m + (decimal)(simulation.NextDouble() * 120d), 2), eur);
            var when = at + Duration.FromHours(simulation.Next(3, 14 * 24));
            responses.Add(CampaignResponse.Converted(m.Id, value, when, Channel.Web));
            conversions.Add(new Conversion(m.Id, when, value));
        }
    }
}

static void Print(Campaign campaign, CampaignAnalysis analysis, IReadOnlyList<SegmentDecision> decisions)
{
    var a = campaign.Audience!;
    AnsiConsole.WriteLine();
    AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(campaign.Name)}[/] ({Words.Humanize(campaign.State).ToLowerInvariant()}, {Words.Count(campaign.History.Length, "event")})").LeftJustified());
    var c = a.Counts;
    AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
        $"Audience: {c.Considered:N0} considered → {c.NotMatched:N0} not matching, {c.Suppressed:N0} suppressed, {c.NotPermitted:N0} without consent → [green]{c.Treated:N0} treated[/], [blue]{c.Control:N0} control[/] (requested {a.RequestedControlShare:P0}, actual {a.ActualControlShare:P2}).");

    // Two narrow tables rather than one wide one, so that 80 columns show them unbroken. Every interval is a 95 %
    // interval written one way: estimate [lower, upper], in the unit of the column (% or percentage points).
    var reach = new Table().Title("Reach and return").AddColumns("Segment", "Treated", "Control", "Response % [[95 % CI]]", "Incr. revenue", "ROI");
    var lift = new Table().Title("Conversion: treated against control").AddColumns("Segment", "Treated %", "Control %", "Uplift, pt [[95 % CI]]", "p");
    foreach (var s in analysis.Segments.Append(analysis.Overall))
    {
        var l = s.Rates.ConversionLift;
        var segment = s.Segment == CampaignAnalysis.AllSegments ? "[bold]all[/]" : s.Segment;
        reach.AddRow(
            segment,
            $"{s.Tally.Treated.Members:N0}",
            $"{s.Tally.Control.Members:N0}",
            Rate(s.Rates.ResponseRate),
            s.IncrementalRevenue is { } r ? $"{r.Amount:N0} EUR" : "-",
            s.Roi is { } roi ? string.Create(CultureInfo.InvariantCulture, $"{roi * 100:0} %") : "-");
        lift.AddRow(
            segment,
            l.Treated.HasValue ? string.Create(CultureInfo.InvariantCulture, $"{l.Treated.Estimate * 100:0.0}") : "-",
            l.Control.HasValue ? string.Create(CultureInfo.InvariantCulture, $"{l.Control.Estimate * 100:0.0}") : "-",
            l.Uplift is { } u ? Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{u * 100:+0.00;-0.00} {Words.Interval(l.UpliftLower!.Value * 100, l.UpliftUpper!.Value * 100, "0.00")}")) : "-",
            l.PValue is { } p ? (p < 0.05 ? $"[green]{Markup.Escape(Words.PValue(p))}[/]" : Markup.Escape(Words.PValue(p))) : "-");
    }

    AnsiConsole.Write(reach);
    AnsiConsole.Write(lift);
    var decisionTable = new Table().Title("Next wave").AddColumns("Segment", "Decision", "Reason");
    foreach (var d in decisions)
    {
        var colour = d.Decision switch { WaveDecision.Keep => "green", WaveDecision.Drop => "red", _ => "yellow" };
        decisionTable.AddRow(d.Segment, $"[{colour}]{Words.Humanize(d.Decision)}[/]", Markup.Escape(d.Reason));
    }

    AnsiConsole.Write(decisionTable);

    static string Rate(RateEstimate e) => e.HasValue
        ? Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{e.Estimate * 100:0.0} {Words.Interval(e.Lower!.Value * 100, e.Upper!.Value * 100, "0.0")}"))
        : "-";
}
