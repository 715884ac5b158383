// Crm.Domain B2B, one deal from lead to accepted quote: a qualified lead converted in one command into an account under
// its group, a contact with roles and an opportunity; the account assigned to an owner by territory rules, explained;
// the opportunity priced from a price list (volume tiers, a discount within the role's limit), quoted, presented,
// revised with a manager's discount and accepted; pipeline and NPS rolled up the account hierarchy.
//   dotnet run --project samples/Crm.Samples.B2B            colours
//   dotnet run --project samples/Crm.Samples.B2B -- --ci    no ANSI; self-checks, exit 1 on a failed check
using System.Globalization;
using Crm.Domain.Accounts;
using Crm.Domain.Acquisition;
using Crm.Domain.Customers;
using Crm.Domain.Idic.Identify;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Primitives;
using Crm.Domain.Sales;
using Crm.Domain.Sales.Assignment;
using Crm.Domain.Sales.Pricing;
using Crm.Domain.Sales.Quotes;
using Crm.Domain.Specifications;
using Crm.Samples.Shared;
using NodaTime;
using Spectre.Console;

var ci = SampleConsole.Configure(args);
var console = AnsiConsole.Console;
var failures = new List<string>();
void Check(bool ok, string what)
{
    if (!ok)
    {
        failures.Add(what);
    }
    else if (ci)
    {
        AnsiConsole.Console.WriteLine("[ok] " + what);
    }
}

try
{
    var t0 = Instant.FromUtc(2026, 3, 2, 9, 0);
    var admin = Actor.Of("ana", "admin");

    // The group already exists: Acme Holdings (UK) with its UK subsidiary.
    var group = Account.Create(AccountId.Of("A-ACME"), "Acme Holdings plc", "kay", t0, [CompanyIdentifier.UkCompanyNumber("00445790")], "acme.example",
        "Manufacturing", SizeBand.Large, PostalAddress.Create("1 High Street", "SW1A 1AA", "London", "GB"));
    var uk = Account.Create(AccountId.Of("A-ACME-UK"), "Acme UK Ltd", "rob", t0, webDomain: "acme.example", size: SizeBand.Medium,
        address: PostalAddress.Create("2 Mill Lane", "M1 1AA", "Manchester", "GB"), parent: group.Id);

    // A qualified lead from a webinar enquiry: the German subsidiary wants 200 licences.
    var lead = Lead.Create("L-2026-17", LeadSource.Enquiry, t0, ProspectAttitude.Preferer, initialStage: FunnelStage.Qualified);
    var request = new LeadConversionRequest(AccountId.Of("A-ACME-DE"), "Acme Deutschland GmbH", CustomerId.Of("C-JANA"), PersonName.Create("Jana", "Schulz"),
        "O-17", "200 licences", Money.Of(48_000m, "EUR"), new LocalDate(2026, 6, 30), "pool")
        .WithAccountDetails([CompanyIdentifier.Vat("DE 136 695 976")], webDomain: "https://www.acme-de.example", size: SizeBand.Medium, parent: group.Id)
        .WithContact(EmailAddress.Parse("jana.schulz@acme-de.example"), roles: [ContactRole.DecisionMaker, ContactRole.Champion])
        .WithCampaign("spring-webinar");
    var existingPeople = new[] { MatchCandidate.Create(CustomerId.Of("C-TOM"), PersonName.Create("Tom", "Baker"), EmailAddress.Parse("tom@acme.example")) };
    var at = t0 + Duration.FromDays(3);
    var conversion = LeadConversion.Convert(lead, request, [group, uk], existingPeople, admin, DataAccessPolicy.Standard, at);
    var again = LeadConversion.Convert(conversion.Lead, request, [group, uk], existingPeople, admin, DataAccessPolicy.Standard, at + Duration.FromHours(1));

    console.Write(new Rule("[bold]Crm.Domain B2B[/] - from a qualified lead to an account, a contact and an opportunity").LeftJustified());
    console.WriteLine(conversion.Explain());
    console.MarkupLine($"[grey]Converting again: {again.Outcome}, same ids ({again.AccountId}, {again.ContactId}, {again.OpportunityId}); nothing new to store.[/]");
    Check(conversion.Outcome == LeadConversionOutcome.Converted && !conversion.AccountMatched && !conversion.ContactMatched, "a new account and a new contact");
    Check(conversion.Lead.Stage == FunnelStage.Opportunity && conversion.Lead.History[^1] is LeadConverted, "the lead's history records the conversion");
    Check(again.Outcome == LeadConversionOutcome.AlreadyConverted && again.OpportunityId == "O-17" && again.Lead.Version == conversion.Lead.Version, "conversion is idempotent");
    Check(conversion.Opportunity!.Party == SalesParty.Account(AccountId.Of("A-ACME-DE")), "the opportunity hangs on the account");

    // Assignment: the new account starts in the pool; territory rules pick its owner.
    var de = conversion.Account!;
    var rules = new TerritoryAssigner<Account>([
        AssignmentRule<Account>.Direct("key accounts", Spec.Where<Account>("large", a => a.Size == SizeBand.Large), "kay"),
        AssignmentRule<Account>.Capacity("DACH", Spec.Where<Account>("DACH VAT number", a => a.Identifiers.Any(i => i.Value.StartsWith("DE", StringComparison.Ordinal) || i.Value.StartsWith("AT", StringComparison.Ordinal))),
            [new("dora", 40), new("dirk", 60)]),
        AssignmentRule<Account>.RoundRobin("rest", Spec.All<Account>(), ["rob", "ria"]),
    ]);
    var batch = rules.AssignAll([de], new Dictionary<string, int> { ["dora"] = 30, ["dirk"] = 30 });
    var decision = batch.Decisions[0];
    de = de.AssignOwner(decision.Assignee!, at);
    console.WriteLine();
    console.MarkupLine($"[bold]Assignment[/]: {Markup.Escape(decision.ToString())} (dora 30/40, dirk 30/60: dirk has more room)");
    console.WriteLine(rules.Explain(de).Explain());
    Check(decision.Assignee == "dirk" && decision.Kind == AssignmentRuleKind.Capacity, "capacity assignment picks the rep with most room");

    // Pricing: the converted opportunity gets its line items from the EUR price list for 2026 (licences in volume
    // tiers, onboarding days at a flat price); the salesperson may give up to 10 %, the sales manager up to 25 %.
    var today = at.InUtc().Date;
    var licence = new Product("LIC-SEAT", "CRM licence (yearly)", UnitOfMeasure.Year);
    var onboarding = new Product("ONBOARD-DAY", "Onboarding workshop", UnitOfMeasure.Day);
    static Money Eur(decimal amount) => Money.Of(amount, Currency.Eur);
    var prices = new PriceList("EU-2026", "Europe 2026", Currency.Eur,
    [
        new PriceListEntry(licence.Sku, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31),
            [new PriceTier(1m, Eur(259.00m)), new PriceTier(100m, Eur(239.95m)), new PriceTier(500m, Eur(219.00m))]),
        PriceListEntry.Flat(onboarding.Sku, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31), Eur(1150m)),
    ]);
    var sales = Role.Of("sales");
    var manager = Role.Of("sales-manager");
    var limits = new DiscountLimits([new DiscountLimit(sales, 10m), new DiscountLimit(manager, 25m)]);
    var licences = prices.Line("L1", licence, 200m, today, Discount.Percent(7.5m), sales, limits);
    var workshop = prices.Line("L2", onboarding, 3m, today, Discount.Off(100m), sales, limits);
    var opportunity = conversion.Opportunity.AddLineItem(licences, at + Duration.FromHours(2)).AddLineItem(workshop, at + Duration.FromHours(2))
        .MoveTo(OpportunityStage.Proposal, at + Duration.FromHours(3));

    // The quote: drafted from the line items with German VAT (19 %, explicit), presented, revised with the manager's
    // 12.5 % on the licences, presented again and accepted; the opportunity is won.
    var quote = Quote.FromOpportunity("Q-2026-017", opportunity, 19m, at + Duration.FromDays(30), at + Duration.FromDays(1));
    var draft = quote;
    quote = quote.Present(at + Duration.FromDays(2));
    var licencesAt12 = prices.Line("L1", licence, 200m, today, Discount.Percent(12.5m), manager, limits);
    quote = quote.Revise([licencesAt12, workshop], 19m, at + Duration.FromDays(45), at + Duration.FromDays(6))
        .Present(at + Duration.FromDays(7))
        .Accept(at + Duration.FromDays(10));
    opportunity = opportunity.MoveTo(OpportunityStage.ClosedWon, at + Duration.FromDays(10));
    var quoteTable = new Table().Border(TableBorder.Rounded).Title($"[bold]Quote {quote.Id}: draft and accepted revision[/]");
    quoteTable.AddColumns("Step", "Rev", "Licences net", "Workshop net", "Subtotal", "VAT 19 %", "Total");
    foreach (var (step, q) in new[] { ("Draft (sales: 7.5 %)", draft), ("Accepted (manager: 12.5 %)", quote) })
    {
        quoteTable.AddRow(step, q.Revision.ToString(CultureInfo.InvariantCulture), q.Lines[0].Net.ToString(), q.Lines[1].Net.ToString(),
            q.Subtotal.ToString(), q.Tax.ToString(), q.Total.ToString());
    }

    console.WriteLine();
    console.Write(quoteTable);
    console.MarkupLine($"[grey]Quote history: {string.Join(" -> ", quote.History.Select(e => e.GetType().Name.Replace("Quote", string.Empty, StringComparison.Ordinal)))}; opportunity {opportunity.Id} {opportunity.Stage}.[/]");
    // Hand-worked (rounding per line to the cent, halves away from zero): 200 licences fall in the 100+ tier at 239.95:
    // gross 47,990.00, 7.5 % = 3,599.25, net 44,390.75; workshop 3 x 1,150.00 - 100.00 = 3,350.00. Draft subtotal
    // 47,740.75, VAT 19 % = 9,070.7425 -> 9,070.74, total 56,811.49. Revision: 12.5 % of 47,990.00 = 5,998.75, net
    // 41,991.25; subtotal 45,341.25, VAT 8,614.8375 -> 8,614.84, total 53,956.09.
    Check(opportunity.LineItemsTotal == Eur(47_740.75m), "line items total 44,390.75 + 3,350.00 = 47,740.75 EUR");
    Check((draft.Subtotal, draft.Tax, draft.Total) == (Eur(47_740.75m), Eur(9_070.74m), Eur(56_811.49m)), "draft quote 47,740.75 + VAT 9,070.74 = 56,811.49 EUR");
    Check((quote.Subtotal, quote.Tax, quote.Total) == (Eur(45_341.25m), Eur(8_614.84m), Eur(53_956.09m)), "accepted quote 45,341.25 + VAT 8,614.84 = 53,956.09 EUR");
    Check(quote.State == QuoteState.Accepted && quote.Revision == 2 && opportunity.Stage == OpportunityStage.ClosedWon, "quote accepted at revision 2, opportunity won");

    // Hierarchy roll-up: open pipeline and NPS per account, up to the group.
    var hierarchy = AccountHierarchy.Of([group, uk, de]);
    var pipeline = new Dictionary<AccountId, Money>
    {
        [uk.Id] = Money.Of(20_000m, "EUR"),
        [de.Id] = conversion.Opportunity.Amount,
    };
    var nps = new Dictionary<AccountId, NpsAccumulator>
    {
        [group.Id] = NpsAccumulator.Empty.Add(NpsRating.Of(9)),
        [uk.Id] = NpsAccumulator.Empty.AddRange([NpsRating.Of(10), NpsRating.Of(6)]),
        [de.Id] = NpsAccumulator.Empty.Add(NpsRating.Of(8)),
    };
    var rolledPipeline = hierarchy.RollUp(pipeline, (a, b) => a + b);
    var rolledNps = hierarchy.RollUp<NpsAccumulator>(nps);
    var table = new Table().Border(TableBorder.Rounded).Title("[bold]Roll-up up the account hierarchy[/]");
    table.AddColumns("Account", "Depth", "Own pipeline", "Rolled-up pipeline", "Rolled-up NPS");
    foreach (var a in new[] { group, uk, de })
    {
        table.AddRow(Markup.Escape($"{a.LegalName} ({a.Id})"), hierarchy.DepthOf(a.Id).ToString(CultureInfo.InvariantCulture),
            pipeline.TryGetValue(a.Id, out var own) ? own.ToString() : "-",
            rolledPipeline.TryGetValue(a.Id, out var up) ? up.ToString() : "-",
            Markup.Escape(rolledNps[a.Id].Result.ToString()));
    }

    console.WriteLine();
    console.Write(table);
    Check(rolledPipeline[group.Id] == Money.Of(68_000m, "EUR"), "group pipeline = 20,000 + 48,000 EUR");
    Check(rolledNps[group.Id].Count == 4 && rolledNps[group.Id].Result.Score == 25d, "group NPS over 4 answers = (2 - 1) / 4 = 25");

    if (failures.Count > 0)
    {
        console.MarkupLine($"[red]Self-checks failed:[/] {Markup.Escape(string.Join("; ", failures))}");
        return 1;
    }

    console.MarkupLine(ci ? "Self-checks passed." : "[green]Self-checks passed.[/]");
    return 0;
}
catch (Exception ex)
{
    console.WriteException(ex);
    return 1;
}
