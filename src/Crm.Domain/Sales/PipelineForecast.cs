using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>The weighted pipeline forecast: per month or quarter of expected close, the open amount weighted by the
/// probability of its stage, beside what is already won.</summary>
/// <remarks>An opportunity's amount is its <see cref="Opportunity.ForecastAmount"/>: the sum of its rounded line
/// items when it has any, else its <see cref="Opportunity.Amount"/>.
/// Lost opportunities are left out. Periods with no opportunity are not listed. Pure and thread-safe.</remarks>
public static class PipelineForecast
{
    /// <summary>Forecasts <paramref name="opportunities"/> per period, in <paramref name="currency"/>.</summary>
    /// <exception cref="ArgumentException">An opportunity is in another currency, or the currency is default.</exception>
    public static ImmutableArray<PipelinePeriod> Forecast(IEnumerable<Opportunity> opportunities, StageProbabilities probabilities, ForecastGranularity granularity, Currency currency)
    {
        Guard.Against.Null(opportunities);
        Guard.Against.Null(probabilities);
        Guard.Against.UndefinedEnum(granularity, allowDefault: true);
        Guard.Against.Uninitialized(currency, !currency.IsDefault);
        var rows = new SortedDictionary<YearMonth, (int Count, decimal Open, decimal Weighted, decimal Won)>();
        foreach (var o in opportunities)
        {
            if (o.Amount.Currency != currency)
            {
                throw new ArgumentException($"opportunities must be in {currency}; {o.Id} is in {o.Amount.Currency}.", nameof(opportunities));
            }

            if (o.Stage == OpportunityStage.ClosedLost)
            {
                continue;
            }

            var amount = o.ForecastAmount.Amount;
            var start = PeriodStart(o.ExpectedClose, granularity);
            rows.TryGetValue(start, out var r);
            rows[start] = o.Stage == OpportunityStage.ClosedWon
                ? (r.Count, r.Open, r.Weighted, r.Won + amount)
                : (r.Count + 1, r.Open + amount, r.Weighted + (amount * (decimal)probabilities.Of(o.Stage).Value), r.Won);
        }

        return [.. rows.Select(kv => new PipelinePeriod(kv.Key, Label(kv.Key, granularity), kv.Value.Count,
            Money.Of(kv.Value.Open, currency), Money.Of(kv.Value.Weighted, currency), Money.Of(kv.Value.Won, currency)))];
    }

    private static YearMonth PeriodStart(LocalDate date, ForecastGranularity granularity) => granularity == ForecastGranularity.Quarter
        ? new YearMonth(date.Year, (((date.Month - 1) / 3) * 3) + 1)
        : new YearMonth(date.Year, date.Month);

    private static string Label(YearMonth start, ForecastGranularity granularity) => granularity == ForecastGranularity.Quarter
        ? string.Create(CultureInfo.InvariantCulture, $"{start.Year}-Q{((start.Month - 1) / 3) + 1}")
        : string.Create(CultureInfo.InvariantCulture, $"{start.Year}-{start.Month:D2}");
}
