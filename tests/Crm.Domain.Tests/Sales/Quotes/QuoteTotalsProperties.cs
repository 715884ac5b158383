using Crm.Domain.Sales.Pricing;
using Crm.Domain.Sales.Quotes;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.Sales.Quotes;

/// <summary>Issue 16 item 6's law: a quote's totals equal the sum of its rounded lines. The expected values are computed
/// here from the lines' raw inputs with <see cref="Math.Round(decimal, int, MidpointRounding)"/>, not by the library.</summary>
public class QuoteTotalsProperties
{
    private static int Decimals(string code) => code switch { "JPY" => 0, "BHD" => 3, _ => 2 };

    private static decimal RoundHalfAway(decimal value, string code) => Math.Round(value, Decimals(code), MidpointRounding.AwayFromZero);

    [Property(Arbitrary = [typeof(QuoteArbitraries)], MaxTest = 300)]
    public void Totals_AreTheSumOfRoundedLines_PlusTheOnceRoundedTax(Quote quote)
    {
        var code = quote.Currency.Code;
        var subtotal = 0m;
        foreach (var line in quote.Lines)
        {
            var gross = RoundHalfAway(line.Quantity * line.UnitPrice.Amount, code);
            var off = line.Discount.Kind switch
            {
                DiscountKind.Percentage => RoundHalfAway(gross * line.Discount.Value / 100m, code),
                DiscountKind.Amount => RoundHalfAway(line.Discount.Value, code),
                _ => 0m,
            };
            Assert.Equal(gross - off, line.Net.Amount);
            subtotal += gross - off;
        }

        var tax = quote.TaxPercent is { } rate ? RoundHalfAway(subtotal * rate / 100m, code) : 0m;
        Assert.Equal(subtotal, quote.Subtotal.Amount);
        Assert.Equal(tax, quote.Tax.Amount);
        Assert.Equal(subtotal + tax, quote.Total.Amount);
        Assert.True(CurrencyRounding.IsRounded(quote.Total));
    }
}
