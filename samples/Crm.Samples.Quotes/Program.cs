// Crm.Domain quotes: a B2B deal priced from a price list and quoted, step by step.
//   opportunity -> line items from the price list (volume tiers) -> a discount within the role's limit
//   -> quote draft -> revision -> presented -> accepted, with the totals printed at each step.
//   dotnet run --project samples/Crm.Samples.Quotes            colours
//   dotnet run --project samples/Crm.Samples.Quotes -- --ci    no ANSI, and the hand-worked totals are checked
using System.Globalization;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Sales;
using Crm.Domain.Sales.Pricing;
using Crm.Domain.Sales.Quotes;
using Crm.Domain.Serialization;
using Crm.Samples.Shared;
using NodaTime;
using Spectre.Console;

var ci = SampleConsole.Configure(args);
var console = AnsiConsole.Console;

try
{
    var t0 = Instant.FromUtc(2027, 3, 1, 9, 0);
    var today = new LocalDate(2027, 3, 1);
    static Money Eur(decimal amount) => Money.Of(amount, Currency.Eur);

    // The catalogue: CRM seats with volume tiers, onboarding days at a flat price, valid for 2027.
    var seat = new Product("CRM-SEAT", "CRM seat (monthly)", UnitOfMeasure.Month);
    var onboarding = new Product("ONBOARD-DAY", "Onboarding workshop", UnitOfMeasure.Day);
    var prices = new PriceList("EU-2027", "Europe 2027", Currency.Eur,
    [
        new PriceListEntry(seat.Sku, new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31),
            [new PriceTier(1m, Eur(49.90m)), new PriceTier(10m, Eur(44.90m)), new PriceTier(50m, Eur(39.90m))]),
        PriceListEntry.Flat(onboarding.Sku, new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31), Eur(850m)),
    ]);
    var sales = Role.Of("sales");
    var manager = Role.Of("sales-manager");
    var limits = new DiscountLimits([new DiscountLimit(sales, 10m), new DiscountLimit(manager, 25m)]);

    console.Write(new Rule("[bold]Crm.Domain quotes[/] - ACME's CRM roll-out, from opportunity to accepted quote").LeftJustified());
    console.MarkupLine($"[grey]Rounding: each line to the currency's ISO 4217 minor unit ({CurrencyRounding.MinorUnits(Currency.Eur)} places for EUR), midpoint {CurrencyRounding.Midpoint}.[/]");

    // 1. The opportunity, then its lines from the price list.
    var opportunity = Opportunity.Open("O-ACME-1", "CRM roll-out", SalesParty.Lead("L-ACME"), "ana", Eur(3000m), new LocalDate(2027, 4, 30), t0);
    var seats = prices.Line("L1", seat, 25m, today, Discount.Percent(7.5m), sales, limits);
    var days = prices.Line("L2", onboarding, 3m, today, Discount.Off(50m), sales, limits);
    opportunity = opportunity.AddLineItem(seats, t0 + Duration.FromHours(1)).AddLineItem(days, t0 + Duration.FromHours(2))
        .MoveTo(OpportunityStage.Proposal, t0 + Duration.FromHours(3));
    Lines("Opportunity O-ACME-1 line items", [seats, days]);
    var forecast = PipelineForecast.Forecast([opportunity], StageProbabilities.Default, ForecastGranularity.Month, Currency.Eur)[0];
    console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
        $"Estimate {opportunity.Amount}; line items {opportunity.LineItemsTotal}; pipeline {forecast.Label}: open {forecast.OpenAmount}, weighted at Proposal {forecast.WeightedAmount}."));

    // 2. A discount above the salesperson's limit is refused; the manager may grant it.
    try
    {
        prices.Line("L1", seat, 25m, today, Discount.Percent(15m), sales, limits);
        throw new InvalidOperationException("a 15 % discount by 'sales' should have been refused");
    }
    catch (ArgumentOutOfRangeException refused)
    {
        console.MarkupLine($"[yellow]Refused:[/] {Markup.Escape(refused.Message.Split(" (Parameter", 2)[0])}");
    }

    // 3. The quote: draft (20 % tax, explicit), presented, revised with the manager's 15 %, presented again, accepted.
    var quote = Quote.FromOpportunity("Q-2027-001", opportunity, 20m, t0 + Duration.FromDays(30), t0 + Duration.FromDays(1));
    Totals("Draft", quote);
    quote = quote.Present(t0 + Duration.FromDays(2));
    var seatsAt15 = prices.Line("L1", seat, 25m, today, Discount.Percent(15m), manager, limits);
    quote = quote.Revise([seatsAt15, days], 20m, t0 + Duration.FromDays(45), t0 + Duration.FromDays(5));
    Lines("Revision 2 (sales manager: 15 % on seats)", [seatsAt15, days]);
    Totals("Revised", quote);
    quote = quote.Present(t0 + Duration.FromDays(6)).Accept(t0 + Duration.FromDays(9));
    Totals("Accepted", quote);
    console.MarkupLine($"[grey]History: {string.Join(" -> ", quote.History.Select(e => e.GetType().Name.Replace("Quote", string.Empty, StringComparison.Ordinal)))}; " +
        $"the snapshot is {CrmJson.Serialize(quote.ToSnapshot()).Length:N0} characters of JSON.[/]");

    if (ci)
    {
        // Hand-worked: seats 25 x 44.90 = 1,122.50, 7.5 % = 84.1875 -> 84.19, net 1,038.31; days 3 x 850 - 50 = 2,500.00.
        // Draft: 3,538.31 + 20 % (707.662 -> 707.66) = 4,245.97. Revision: 15 % of 1,122.50 = 168.375 -> 168.38, seats
        // 954.12; subtotal 3,454.12, tax 690.824 -> 690.82, total 4,144.94.
        Check(opportunity.LineItemsTotal == Eur(3538.31m), "line items total 3,538.31");
        Check(forecast.WeightedAmount == Eur(1769.155m), "weighted pipeline 1,769.155");
        Check(Quote.FromHistory(quote.History.Take(1)).Total == Eur(4245.97m), "draft total 4,245.97");
        Check((quote.Subtotal, quote.Tax, quote.Total) == (Eur(3454.12m), Eur(690.82m), Eur(4144.94m)), "accepted totals 3,454.12 + 690.82 = 4,144.94");
        Check(quote.State == QuoteState.Accepted && quote.Revision == 2, "accepted at revision 2");
        Check(Quote.FromSnapshot(CrmJson.Deserialize<QuoteSnapshot>(CrmJson.Serialize(quote.ToSnapshot()))).Total == quote.Total, "snapshot round trip");
        console.MarkupLine("[green]ci: the hand-worked totals match.[/]");
    }

    return 0;
}
catch (Exception ex)
{
    console.WriteException(ex);
    return 1;
}

void Lines(string title, IEnumerable<LineItem> lines)
{
    var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(title)}[/]");
    foreach (var column in new[] { "Line", "SKU", "Qty", "Unit price", "Gross", "Discount", "Net" })
    {
        table.AddColumn(column is "Line" or "SKU" ? new TableColumn(column) : new TableColumn(column).RightAligned());
    }

    foreach (var l in lines)
    {
        table.AddRow(l.Id, l.Sku, l.Quantity.ToString(CultureInfo.InvariantCulture), Amount(l.UnitPrice), Amount(l.Gross),
            Markup.Escape($"{l.Discount} = {Amount(l.DiscountAmount)}"), Amount(l.Net));
    }

    AnsiConsole.Console.Write(table);
}

void Totals(string step, Quote q) => AnsiConsole.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
    $"[bold]{step}[/] {q.Id} rev {q.Revision} ({q.State}): subtotal {Amount(q.Subtotal)} + tax {q.TaxPercent} % {Amount(q.Tax)} = [bold]{Amount(q.Total)}[/], valid until {q.ValidUntil}"));

static string Amount(Money m) => m.Amount.ToString("N2", CultureInfo.InvariantCulture) + " " + m.Currency;

static void Check(bool ok, string what)
{
    if (!ok)
    {
        throw new InvalidOperationException("ci check failed: " + what);
    }
}
