using System.Collections.Immutable;
using Crm.Domain.Primitives;
using Crm.Domain.Sales.Pricing;
using Crm.Domain.Sales.Quotes;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Crm.Domain.Tests.Sales.Quotes;

/// <summary>Quotes built by random valid command sequences (revise, present, accept, reject, expire), and random lines
/// with prices of up to four decimals, so that rounding matters.</summary>
public static class QuoteArbitraries
{
    public static readonly Instant T0 = Instant.FromUtc(2027, 3, 1, 9, 0);

    public static Arbitrary<Quote> Quotes() => QuoteGen().ToArbitrary();

    public static Gen<LineItem> LineGen(string id, string currency) =>
        from quantity in Gen.Choose(1, 400)
        from tenThousandths in Gen.Choose(0, 5_000_000)
        from kind in Gen.Choose(0, 2)
        from points in Gen.Choose(0, 10_000)
        select new LineItem(id, "SKU-" + (quantity % 7), quantity / 4m, Money.Of(tenThousandths / 10_000m, currency),
            kind == 0 ? Discount.None : kind == 1 ? Discount.Percent(points / 100m) : Discount.Off(0m));

    public static Gen<ImmutableArray<LineItem>> LinesGen(string currency) =>
        from raw in LineGen("L", currency).ArrayOf()
        select raw.Take(6).Select((l, i) => new LineItem("L" + (i + 1), l.Sku, l.Quantity, l.UnitPrice, l.Discount)).ToImmutableArray();

    public static Gen<decimal?> TaxGen() =>
        Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(0, 2_500).Select(t => (decimal?)(t / 100m)));

    public static Gen<Quote> QuoteGen() =>
        from currency in Gen.Elements("EUR", "JPY", "BHD")
        from lines in LinesGen(currency)
        from tax in TaxGen()
        from steps in Gen.Choose(0, 5).ArrayOf()
        from revisions in LinesGen(currency).ArrayOf()
        select Play(Quote.Draft("Q-1", "O-1", Currency.Of(currency), lines, tax, T0 + Duration.FromDays(30), T0), steps, revisions.ToArray());

    /// <summary>Applies each step that is legal in the quote's state; others are skipped.</summary>
    public static Quote Play(Quote quote, int[] steps, ImmutableArray<LineItem>[] revisions)
    {
        var r = 0;
        foreach (var step in steps)
        {
            var at = quote.History[^1].At + Duration.FromHours(1);
            quote = (step, quote.State) switch
            {
                (0, QuoteState.Draft or QuoteState.Presented) when revisions.Length > 0 =>
                    quote.Revise(revisions[r++ % revisions.Length], quote.TaxPercent, at + Duration.FromDays(30), at),
                (1, QuoteState.Draft) when !quote.Lines.IsEmpty && at < quote.ValidUntil => quote.Present(at),
                (2, QuoteState.Presented) when at < quote.ValidUntil => quote.Accept(at),
                (3, QuoteState.Presented) => quote.Reject(at, "budget cut"),
                (4, QuoteState.Draft or QuoteState.Presented) => quote.Expire(quote.ValidUntil + Duration.FromMinutes(1) > at ? quote.ValidUntil + Duration.FromMinutes(1) : at),
                _ => quote,
            };
        }

        return quote;
    }
}
