using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.CustomerValue.Models.Clv;

/// <summary>
/// How a customer lifetime value is computed: the margin kept from each unit of spend, the discount rate, the time
/// unit of the fitted model, the CLV step (the period at whose end each step's cash flow is discounted) and the
/// horizon in steps.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ClvSettings
{
    private ClvSettings(double margin, DiscountRate discountRate, RatePeriod modelPeriod, RatePeriod step, int horizon, int maxDegreeOfParallelism = 1)
    {
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        Margin = margin;
        DiscountRate = discountRate;
        ModelPeriod = modelPeriod;
        Step = step;
        Horizon = horizon;
        StepInModelPeriods = DiscountRate.DaysIn(step) / DiscountRate.DaysIn(modelPeriod);
        DiscountFactorPerStep = 1d / (1d + discountRate.EffectiveRatePer(step));
    }

    /// <summary>The fraction of spend kept as profit, in [0, 1].</summary>
    public double Margin { get; }

    /// <summary>The discount rate (any period; converted to <see cref="Step"/>).</summary>
    public DiscountRate DiscountRate { get; }

    /// <summary>The time unit of the model's summaries (e.g. <see cref="RatePeriod.Week"/> for CDNOW).</summary>
    public RatePeriod ModelPeriod { get; }

    /// <summary>The length of one CLV step (e.g. <see cref="RatePeriod.Month"/>).</summary>
    public RatePeriod Step { get; }

    /// <summary>The number of steps summed (≥ 1).</summary>
    public int Horizon { get; }

    /// <summary>One step expressed in model periods (e.g. 4.348 weeks per month).</summary>
    public double StepInModelPeriods { get; }

    /// <summary>1 / (1 + d) with d the effective discount rate per step.</summary>
    public double DiscountFactorPerStep { get; }

    /// <summary>
    /// The most threads a batch CLV (<see cref="CustomerLifetimeValue.Of{TModel}(in TModel, ReadOnlySpan{CustomerSummary}, ReadOnlySpan{double}, ClvSettings, Span{double})"/>,
    /// <see cref="CustomerLifetimeValue.ForPopulation{TModel, TCustomer}(Fitting.ModelFit{TModel}, Fitting.ModelFit{GammaGamma.GammaGammaModel}, Summaries.CustomerSummaries{TCustomer}, ClvSettings)"/>)
    /// may use, ≥ 1; 1 (the default, from <see cref="Create"/>) runs on the calling thread, so that a call made inside a
    /// host's own parallel loop does not oversubscribe it. The values are the same bits whatever the degree: the
    /// customers are cut into fixed blocks of 8,192 that never depend on it, and each customer's value depends on its
    /// own inputs only. Batches of at most one block always run on the calling thread.
    /// </summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>A copy of these settings with <see cref="MaxDegreeOfParallelism"/> set (≥ 1).</summary>
    /// <param name="maxDegreeOfParallelism">The most threads a batch may use (1 = the calling thread only).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    public ClvSettings WithMaxDegreeOfParallelism(int maxDegreeOfParallelism) =>
        new(Margin, DiscountRate, ModelPeriod, Step, Horizon, Guard.Against.NotStrictlyPositive(maxDegreeOfParallelism));

    /// <summary>Creates CLV settings.</summary>
    /// <param name="margin">Profit margin in [0, 1].</param>
    /// <param name="discountRate">The discount rate, with its own period.</param>
    /// <param name="modelPeriod">The time unit of the model's summaries.</param>
    /// <param name="step">The CLV step.</param>
    /// <param name="horizon">Number of steps (1 to 100,000).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range or a period is unknown.</exception>
    public static ClvSettings Create(double margin, DiscountRate discountRate, RatePeriod modelPeriod, RatePeriod step, int horizon)
    {
        Guard.Against.OutsideRange(margin, 0d, 1d);
        Guard.Against.OutsideRange(horizon, 1, 100_000);
        if (discountRate.Period == RatePeriod.Unknown)
        {
            throw new ArgumentOutOfRangeException(nameof(discountRate), discountRate, string.Create(CultureInfo.InvariantCulture, $"discountRate must be created with DiscountRate.Of; it was an uninitialised default."));
        }

        _ = DiscountRate.DaysIn(modelPeriod);
        _ = DiscountRate.DaysIn(step);
        return new ClvSettings(margin, discountRate, modelPeriod, step, horizon);
    }
}
