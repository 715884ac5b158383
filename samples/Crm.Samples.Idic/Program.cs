// IDIC over a generated customer base: plants duplicates, runs Identify / Differentiate / Interact / Customize, and
// reports precision and recall of duplicate detection against the planted truth, tier and segment sizes, and offers.
// Usage: dotnet run -c Release [-- --ci] [--size N]   (--ci uses 5,000 customers)
using System.Diagnostics;
using Crm.Domain.Customers;
using Crm.Domain.Idic;
using Crm.Domain.Idic.Customize;
using Crm.Domain.Idic.Differentiate;
using Crm.Domain.Metrics.Categorisation;
using Crm.Domain.Idic.Identify;
using Crm.Domain.Idic.Interact;
using Crm.Domain.Scoring;
using Crm.Domain.Specifications;
using Crm.Samples.Idic;
using Crm.Samples.Shared;
using NodaTime;
using Spectre.Console;

var ci = SampleConsole.Configure(args);
var sizeArg = Array.IndexOf(args, "--size");
var size = sizeArg >= 0 && sizeArg + 1 < args.Length ? int.Parse(args[sizeArg + 1], System.Globalization.CultureInfo.InvariantCulture) : ci ? 5_000 : 100_000;
var asOf = Instant.FromUtc(2026, 6, 1, 10, 0);
var total = Stopwatch.StartNew();

AnsiConsole.MarkupLine($"[bold]IDIC sample[/]: {size:N0} customers, 5% planted duplicates, as of {asOf}");
var sw = Stopwatch.StartNew();
var generated = BaseGenerator.Generate(size, duplicateShare: 0.05, seed: 42, asOf);
AnsiConsole.MarkupLine($"Generated {generated.Customers.Count:N0} records ({generated.PlantedPairs.Count:N0} planted duplicate pairs) in {sw.Elapsed.TotalSeconds:0.0} s");

// Differentiate: needs-based segments over profiles (criteria, several per customer allowed).
var atRisk = Spec.Where<CustomerProfile>("no interaction for 180 days", p => p.SinceLastInteraction is not { } d || d > Duration.FromDays(180));
var frequentBuyer = Spec.Where<CustomerProfile>("5+ orders", p => p.CountOf(InteractionKind.Order) >= 5);
var serviceHeavy = Spec.Where<CustomerProfile>("2+ support contacts", p => p.CountOf(InteractionKind.Support) >= 2);
var unhappy = Spec.Where<CustomerProfile>("complained", p => p.CountOf(InteractionKind.Complaint) > 0);
var classA = Spec.Where<CustomerProfile>("ABC class A", p => p.Abc == AbcClass.A);
var segments = Segmentation<CustomerProfile>.Of(
    Segment<CustomerProfile>.Create("frequent buyers", frequentBuyer, "value range and convenience"),
    Segment<CustomerProfile>.Create("service-dependent", serviceHeavy | unhappy, "need reassurance and fast help"),
    Segment<CustomerProfile>.Create("at risk", atRisk, "need a reason to come back"),
    Segment<CustomerProfile>.Create("key accounts", classA & !unhappy, "want recognition"));

// Interact: marketing contact policy; Customize: offers ranked by priority, then expected value.
var contactPolicy = ContactPolicy.Create(ConsentPurpose.Marketing,
    [FrequencyCap.Create(2, Duration.FromDays(7)), FrequencyCap.Create(1, Duration.FromDays(1), Channel.Sms)],
    QuietHours.Create(new LocalTime(21, 0), new LocalTime(8, 0)));
ScoringModel<CustomerProfile> Ev(double acceptance, double margin, string name) =>
    ScoringModel<CustomerProfile>.Of(ScoringRule<CustomerProfile>.Create($"{name}: {acceptance:P0} acceptance x margin", p => acceptance * (margin + (0.05 * Math.Max(0, p.Valuation.Current)))));
var offers = OfferEngine.Create(
    [
        Offer.Create("loyalty-upgrade", Channel.Email, Spec.Where<CustomerProfile>("most valuable", p => p.Tier == ValueTier.MostValuable), 10, Ev(0.25, 40, "upgrade")),
        Offer.Create("service-check-call", Channel.Phone, unhappy, 9, Ev(0.40, 15, "call")),
        Offer.Create("growth-bundle", Channel.Email, Spec.Where<CustomerProfile>("most growable", p => p.Tier == ValueTier.MostGrowable), 8, Ev(0.15, 60, "bundle")),
        Offer.Create("win-back-sms", Channel.Sms, atRisk & Spec.Where<CustomerProfile>("has ordered", p => p.CountOf(InteractionKind.Order) > 0), 6, Ev(0.05, 30, "win-back")),
        Offer.Create("newsletter", Channel.Email, Spec.All<CustomerProfile>(), 1, Ev(0.02, 5, "newsletter")),
    ],
    contactPolicy, maxPerCustomer: 2);

var cycle = IdicCycle.Create(new DuplicateDetector(), SurvivorshipPolicy.Create(SurvivorshipRule.MostRecent, ["crm", "webshop", "import"]),
    ValueTierPolicy.Default, segments, offers, Actor.Of("idic-batch", "system"));

sw.Restart();
var result = cycle.Run(generated.Customers, c => generated.ValueOf(c), NotDuplicateRegister.Empty, asOf);
var cycleSeconds = sw.Elapsed.TotalSeconds;

// Identify: precision and recall against the planted truth.
var truth = generated.PlantedPairs;
var predicted = result.Duplicates.Same.Select(m => (m.First, m.Second)).ToHashSet();
var review = result.Duplicates.Review.Select(m => (m.First, m.Second)).ToHashSet();
var tp = predicted.Count(truth.Contains);
var precision = predicted.Count == 0 ? 0 : (double)tp / predicted.Count;
var recall = truth.Count == 0 ? 0 : (double)tp / truth.Count;
var recallWithReview = truth.Count == 0 ? 0 : (double)(tp + review.Count(truth.Contains)) / truth.Count;
long n = generated.Customers.Count;

var identify = new Table().Title("Identify").AddColumns("measure", "value");
identify.AddRow("records", $"{n:N0}");
identify.AddRow("pairs compared (blocking)", $"{result.Duplicates.ComparedPairs:N0} of {n * (n - 1) / 2:N0} ({100.0 * result.Duplicates.ComparedPairs / (n * (n - 1) / 2):0.000}%)");
identify.AddRow("planted duplicate pairs", $"{truth.Count:N0}");
identify.AddRow("pairs decided 'same'", $"{predicted.Count:N0} ({tp:N0} planted)");
identify.AddRow("pairs to review", $"{review.Count:N0} ({review.Count(truth.Contains):N0} planted)");
identify.AddRow("[bold]precision[/] (same)", $"{precision:P2}");
identify.AddRow("[bold]recall[/] (same)", $"{recall:P2}");
identify.AddRow("recall (same + review)", $"{recallWithReview:P2}");
identify.AddRow("merges / customers after", $"{result.Merges.Count(m => m.IsAllowed):N0} / {result.Customers.Length:N0}");
AnsiConsole.Write(identify);
var example = result.Duplicates.Same.FirstOrDefault(m => truth.Contains((m.First, m.Second)));
if (example is not null)
{
    AnsiConsole.WriteLine(example.Explain());
}

var differentiate = new Table().Title("Differentiate").AddColumns("tier / segment", "customers");
foreach (var (tier, count) in result.TierSizes())
{
    differentiate.AddRow(Words.Humanize(tier), $"{count:N0}");
}

foreach (var abc in result.Tiers.GroupBy(t => t.Abc).OrderBy(g => g.Key))
{
    differentiate.AddRow($"ABC class {abc.Key}", $"{abc.Count():N0}");
}

foreach (var (segment, count) in result.SegmentSizes)
{
    differentiate.AddRow($"segment: {segment}", $"{count:N0}");
}

differentiate.AddRow("customers in 2+ segments", $"{result.Memberships.Count(m => m.Length >= 2):N0}");
AnsiConsole.Write(differentiate);

var customize = new Table().Title("Interact + Customize").AddColumn(new TableColumn("offer").NoWrap())
    .AddColumns("recommended", "no contact", "not eligible", "over limit");
var evaluations = result.Actions.SelectMany(a => a.Recommended.Concat(a.Rejected)).ToList();
foreach (var offer in offers.Offers)
{
    int Count(OfferOutcome o) => evaluations.Count(e => e.Offer == offer && e.Outcome == o);
    customize.AddRow(offer.Name, $"{Count(OfferOutcome.Recommended):N0}", $"{Count(OfferOutcome.ContactForbidden):N0}", $"{Count(OfferOutcome.NotEligible):N0}", $"{Count(OfferOutcome.OverLimit):N0}");
}

AnsiConsole.Write(customize);
var refusals = evaluations.Where(e => e.Outcome == OfferOutcome.ContactForbidden).GroupBy(e => e.Contact!.Value.Refusal).OrderByDescending(g => g.Count());
AnsiConsole.MarkupLine("Contact refusals: " + string.Join(", ", refusals.Select(g => $"{Words.Humanize(g.Key.ToString()).ToLowerInvariant()} {g.Count():N0}")));
var explained = result.Actions.First(a => a.Recommended.Length == 2);
AnsiConsole.WriteLine($"Why {explained.CustomerId} gets {string.Join(" and ", explained.Recommended.Select(r => r.Offer.Name))}:");
AnsiConsole.WriteLine(explained.Recommended[0].Explain());

AnsiConsole.MarkupLine($"IDIC cycle: {cycleSeconds:0.0} s; total {total.Elapsed.TotalSeconds:0.0} s");
return 0;
