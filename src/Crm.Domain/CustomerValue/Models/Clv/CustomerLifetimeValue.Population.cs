using System.Buffers;
using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Guards;

namespace Crm.Domain.CustomerValue.Models.Clv;

/// <content>The one-call CLV of a whole customer base: a count-model fit, a spend fit, the summaries and the settings.</content>
public static partial class CustomerLifetimeValue
{
    /// <summary>
    /// Writes the CLV of every customer of <paramref name="data"/> into <paramref name="destination"/>, in the row order
    /// of the summaries (<c>destination[i]</c> belongs to <c>data.Customers[i]</c>): the count model's expected
    /// transactions per step times the spend model's expected spend per transaction, margin and discounting from
    /// <paramref name="settings"/>. Each value equals
    /// <see cref="Of{TModel}(in TModel, in CustomerSummary, double, ClvSettings)"/> with the Gamma-Gamma conditional mean.
    /// </summary>
    /// <remarks>
    /// <para><b>Periods are checked, not trusted</b>: the count model must have been fitted on summaries of the same
    /// period as <paramref name="data"/> (a fit through <c>Fit(CustomerSummaries)</c> records it), and
    /// <see cref="ClvSettings.ModelPeriod"/> must be that period; a mismatch (a weekly model scored on monthly summaries
    /// changes CLV several-fold) is an <see cref="ArgumentException"/>.</para>
    /// <para><b>Zero-spend policy</b>: a customer with x = 0 is valued at the population mean spend; a repeat buyer whose
    /// recorded spend m_x is 0 is valued at the Gamma-Gamma conditional mean with m_x = 0, γ p / (p x + q − 1) (the value
    /// the Python package lifetimes returns; it falls towards 0 as such purchases accumulate), never refused. Such buyers
    /// are left out of <see cref="GammaGammaModel.Fit{TCustomer}(CustomerSummaries{TCustomer}, FitOptions)"/>.</para>
    /// <para>Allocates one pooled buffer of spends (and pooled copies of the inputs when
    /// <see cref="ClvSettings.MaxDegreeOfParallelism"/> is above 1: the values are the same bits on any number of
    /// threads); thread-safe.</para>
    /// </remarks>
    /// <typeparam name="TModel">The count model (BG/NBD, Pareto/NBD, MBG/NBD).</typeparam>
    /// <typeparam name="TCustomer">The customer key.</typeparam>
    /// <param name="transactions">The count model's fit on summaries of <paramref name="data"/>'s period.</param>
    /// <param name="spend">The Gamma-Gamma fit.</param>
    /// <param name="data">The customers to value.</param>
    /// <param name="settings">Margin, discount rate, model period, step and horizon.</param>
    /// <param name="destination">Receives one CLV per row of <paramref name="data"/> (same length).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ, or the periods of the fit, the data and the settings disagree (or the fit's is not recorded).</exception>
    /// <exception cref="InvalidOperationException">The spend model's expected spend is infinite for a customer (q ≤ 1 and x = 0).</exception>
    public static void ForPopulation<TModel, TCustomer>(ModelFit<TModel> transactions, ModelFit<GammaGammaModel> spend, CustomerSummaries<TCustomer> data, ClvSettings settings, Span<double> destination)
        where TModel : struct, ITransactionModel
        where TCustomer : notnull, IEquatable<TCustomer>
    {
        Guard.Against.Null(transactions);
        Guard.Against.Null(spend);
        Guard.Against.Null(data);
        Guard.Against.Null(settings);
        Guard.Against.LengthMismatch(destination.Length, data.Count, "customer");
        CheckPeriods(transactions.Period, data.Options.Period, settings.ModelPeriod);
        var customers = data.Summaries.AsSpan();
        var buffer = ArrayPool<double>.Shared.Rent(customers.Length);
        try
        {
            var spends = buffer.AsSpan(0, customers.Length);
            var model = spend.Model;
            for (int i = 0; i < customers.Length; i++)
            {
                spends[i] = model.SpendForValue(customers[i]);
            }

            Of(transactions.Model, customers, spends, settings, destination);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The CLV of every customer of <paramref name="data"/> with the customer keys, in the row order of the summaries;
    /// see <see cref="ForPopulation{TModel, TCustomer}(ModelFit{TModel}, ModelFit{GammaGammaModel}, CustomerSummaries{TCustomer}, ClvSettings, Span{double})"/>
    /// for the period checks and the zero-spend policy.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The periods of the fit, the data and the settings disagree (or the fit's is not recorded).</exception>
    /// <exception cref="InvalidOperationException">The spend model's expected spend is infinite for a customer.</exception>
    public static CustomerValues<TCustomer> ForPopulation<TModel, TCustomer>(ModelFit<TModel> transactions, ModelFit<GammaGammaModel> spend, CustomerSummaries<TCustomer> data, ClvSettings settings)
        where TModel : struct, ITransactionModel
        where TCustomer : notnull, IEquatable<TCustomer>
    {
        Guard.Against.Null(data);
        var values = new double[data.Count];
        ForPopulation(transactions, spend, data, settings, values);
        // The keys are the summaries' own immutable column, and the values array is this method's own: neither is copied.
        return new CustomerValues<TCustomer>(data.Customers, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(values));
    }

    /// <summary>The rate period that measures the same length as a summary period.</summary>
    internal static RatePeriod RatePeriodOf(SummaryPeriod period) => period switch
    {
        SummaryPeriod.Week => RatePeriod.Week,
        SummaryPeriod.Month => RatePeriod.Month,
        _ => RatePeriod.Day,
    };

    private static void CheckPeriods(SummaryPeriod? transactions, SummaryPeriod data, RatePeriod settings)
    {
        if (transactions is not { } f)
        {
            throw new ArgumentException("transactions must be a fit on CustomerSummaries (Fit(data)), which records its period; this fit was on bare summaries, whose period is unknown.", nameof(transactions));
        }

        if (f != data)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"transactions was fitted on summaries in {f}s but data is in {data}s; fit and score on the same period."), nameof(data));
        }

        if (settings != RatePeriodOf(data))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"settings.ModelPeriod must be the period of the summaries ({RatePeriodOf(data)}); it was {settings}."), nameof(settings));
        }
    }
}
