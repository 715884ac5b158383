using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Serialization;
using Crm.Samples.ServiceDesk.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Value;

/// <summary>
/// Customer value on demand: reads the transaction table, summarises it (<see cref="CustomerSummarizer"/>, weekly
/// periods, purchases up to the calibration end), fits BG/NBD (<see cref="BgNbdModel.Fit(ReadOnlySpan{Crm.Domain.CustomerValue.CustomerSummary})"/>)
/// and stores the fit and every customer's scores (P(alive), expected purchases over a horizon), replacing the previous
/// scores, in one transaction.
/// </summary>
/// <remarks>Scoped (one per request, like its <see cref="DeskDb"/>); not thread-safe.</remarks>
public sealed class CustomerValueFits(DeskDb db, IClock clock)
{
    /// <summary>Fits, scores and stores; returns the stored fit.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizonWeeks"/> is not in (0, 520].</exception>
    /// <exception cref="ArgumentException">No transaction on or before <paramref name="calibrationEnd"/>.</exception>
    public async Task<ValueFit> FitAsync(LocalDate calibrationEnd, double horizonWeeks, CancellationToken ct)
    {
        if (!(horizonWeeks > 0 && horizonWeeks <= 520))
        {
            throw new ArgumentOutOfRangeException(nameof(horizonWeeks), horizonWeeks, $"horizonWeeks must be in (0, 520]; it was {horizonWeeks}.");
        }

        var end = IsoDay.Format(calibrationEnd);
        var transactions = await StoredTransactions.UpToAsync(db, calibrationEnd, ct).ConfigureAwait(false);
        if (transactions.Length == 0)
        {
            throw new ArgumentException($"There are no transactions on or before calibrationEnd {end}.", nameof(calibrationEnd));
        }

        var summaries = CustomerSummarizer.Summarize(transactions, SummaryOptions.Create(calibrationEnd));
        var (fit, alive, expected) = FitAndScore(summaries.Summaries.AsSpan(), horizonWeeks);

        var now = clock.GetCurrentInstant();
        var fitRow = new ValueFitRow
        {
            FittedAt = now, CalibrationEnd = end, HorizonWeeks = horizonWeeks, Customers = summaries.Count,
            Model = CrmJson.Serialize(fit.Model), LogLikelihood = fit.LogLikelihood, Converged = fit.Converged,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await db.Set<ValueScoreRow>().ExecuteDeleteAsync(ct).ConfigureAwait(false);
        db.Add(fitRow);
        for (var i = 0; i < summaries.Count; i++)
        {
            db.Add(new ValueScoreRow
            {
                CustomerId = summaries.Customers[i], FittedAt = now, Frequency = summaries.Summaries[i].Frequency,
                ProbabilityAlive = alive[i], ExpectedTransactions = expected[i],
            });
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return ValueFit.Of(fitRow);
    }

    private static (Crm.Domain.CustomerValue.Models.Fitting.ModelFit<BgNbdModel> Fit, double[] Alive, double[] Expected) FitAndScore(
        ReadOnlySpan<Crm.Domain.CustomerValue.CustomerSummary> customers, double horizonWeeks)
    {
        var fit = BgNbdModel.Fit(customers);
        var alive = new double[customers.Length];
        var expected = new double[customers.Length];
        fit.Model.Score(customers, horizonWeeks, alive, expected);
        return (fit, alive, expected);
    }

    /// <summary>The latest fit; <see cref="NotFoundException"/> before the first.</summary>
    public async Task<ValueFit> LatestAsync(CancellationToken ct)
    {
        var row = await db.Set<ValueFitRow>().AsNoTracking().OrderByDescending(f => f.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return row is null ? throw new NotFoundException("value-fit", "latest") : ValueFit.Of(row);
    }

    /// <summary>A customer's scores from the latest fit; <see cref="NotFoundException"/> if it has none.</summary>
    public async Task<ValueScoreRow> ScoreAsync(string customerId, CancellationToken ct) =>
        await db.Set<ValueScoreRow>().AsNoTracking().SingleOrDefaultAsync(s => s.CustomerId == customerId, ct).ConfigureAwait(false)
            ?? throw new NotFoundException("value-score", customerId);
}
