using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Sales.Pricing;

/// <summary>
/// The one rounding rule of prices, discounts, line totals, tax and quote totals: to the currency's ISO 4217 minor
/// unit, with the midpoint rounded away from zero (<see cref="MidpointRounding.AwayFromZero"/>, "commercial"
/// rounding: 0.125 EUR is 0.13 EUR, 2.5 JPY is 3 JPY).
/// </summary>
/// <remarks>
/// <para>Why away from zero and not to even: invoices and tax authorities (the EU VAT rules of most member states,
/// HMRC's "round half up") use commercial rounding on each line, and a customer checking a quote by hand expects
/// it; banker's rounding only pays off when many rounded amounts are summed again, which a quote never does
/// (its total is the sum of its already rounded lines).</para>
/// <para>Minor units: ISO 4217's exponent. The currencies with an exponent other than 2 are listed here (0: BIF,
/// CLP, DJF, GNF, ISK, JPY, KMF, KRW, PYG, RWF, UGX, UYI, VND, VUV, XAF, XOF, XPF; 3: BHD, IQD, JOD, KWD, LYD, OMR,
/// TND; 4: CLF, UYW); every other code, including ones issued after this release, has 2. Pure and thread-safe.</para>
/// </remarks>
public static class CurrencyRounding
{
    /// <summary>The midpoint rule of every rounding in pricing and quotes.</summary>
    public const MidpointRounding Midpoint = MidpointRounding.AwayFromZero;

    /// <summary>The number of decimal places of <paramref name="currency"/>'s minor unit (ISO 4217 exponent): 0, 2, 3 or 4.</summary>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default</c>.</exception>
    public static int MinorUnits(Currency currency)
    {
        Guard.Against.Uninitialized(currency, !currency.IsDefault);
        return currency.Code switch
        {
            "BIF" or "CLP" or "DJF" or "GNF" or "ISK" or "JPY" or "KMF" or "KRW" or "PYG" or "RWF" or "UGX" or "UYI" or "VND" or "VUV"
                or "XAF" or "XOF" or "XPF" => 0,
            "BHD" or "IQD" or "JOD" or "KWD" or "LYD" or "OMR" or "TND" => 3,
            "CLF" or "UYW" => 4,
            _ => 2,
        };
    }

    /// <summary><paramref name="amount"/> rounded to its currency's minor unit, midpoint away from zero.</summary>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is <c>default</c> (no currency).</exception>
    public static Money Round(Money amount)
    {
        Guard.Against.Uninitialized(amount.Currency, !amount.Currency.IsDefault, nameof(amount));
        return amount.Round(MinorUnits(amount.Currency), Midpoint);
    }

    /// <summary>True when <paramref name="amount"/> has no digits past its currency's minor unit.</summary>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is <c>default</c> (no currency).</exception>
    public static bool IsRounded(Money amount) => Round(amount).Amount == amount.Amount;
}
