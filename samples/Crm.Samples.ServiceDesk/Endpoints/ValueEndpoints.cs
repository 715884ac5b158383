using System.Collections.Immutable;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Samples.ServiceDesk.Http;
using Crm.Samples.ServiceDesk.Storage;
using Crm.Samples.ServiceDesk.Value;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Endpoints;

/// <summary>
/// Customer value: record purchases into the transaction table, fit BG/NBD on demand (scores stored per customer), read
/// the latest fit and a customer's scores.
/// </summary>
public static class ValueEndpoints
{
    /// <summary>Most transactions one request may record.</summary>
    public const int MaxBatch = 100_000;

    /// <summary>Maps the endpoints under <c>/customer-value</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapDeskGroup("/customer-value", "Customer value");
        g.MapPost("/transactions", RecordAsync).WithName("RecordTransactions").Produces<RecordedTransactions>(StatusCodes.Status201Created);
        g.MapPost("/fits", async (CustomerValueFits fits, FitRequest body, CancellationToken ct) =>
            Results.Json(await fits.FitAsync(body.CalibrationEnd, body.HorizonWeeks, ct).ConfigureAwait(false), statusCode: StatusCodes.Status201Created))
            .WithName("FitCustomerValue").Produces<ValueFit>(StatusCodes.Status201Created);
        g.MapGet("/fits/latest", async (CustomerValueFits fits, CancellationToken ct) => Results.Json(await fits.LatestAsync(ct).ConfigureAwait(false)))
            .WithName("LatestCustomerValueFit").Produces<ValueFit>();
        g.MapGet("/scores/{customerId}", async (CustomerValueFits fits, string customerId, CancellationToken ct) =>
        {
            var s = await fits.ScoreAsync(customerId, ct).ConfigureAwait(false);
            return Results.Json(new ValueScore(s.CustomerId, s.FittedAt, s.Frequency, s.ProbabilityAlive, s.ExpectedTransactions));
        }).WithName("CustomerValueScore").Produces<ValueScore>();
    }

    private static async Task<IResult> RecordAsync(DeskDb db, RecordTransactions body, CancellationToken ct)
    {
        var items = body.Transactions.IsDefault ? [] : body.Transactions;
        if (items.Length > MaxBatch)
        {
            throw new ArgumentOutOfRangeException(nameof(body.Transactions), items.Length, $"transactions must hold at most {MaxBatch} items; it held {items.Length}.");
        }

        foreach (var t in items)
        {
            ArgumentNullException.ThrowIfNull(t, nameof(body.Transactions));
            // The library's checks: a non-blank customer key, an amount finite and >= 0.
            _ = CustomerTransaction<string>.Create(t.CustomerId, t.Day, t.Amount);
            db.Add(new TransactionRow { CustomerId = t.CustomerId, Day = IsoDay.Format(t.Day), Amount = t.Amount });
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return Results.Json(new RecordedTransactions(items.Length), statusCode: StatusCodes.Status201Created);
    }

    /// <summary>One purchase.</summary>
    /// <param name="CustomerId">The customer.</param>
    /// <param name="Day">The purchase day.</param>
    /// <param name="Amount">The amount spent (≥ 0).</param>
    public sealed record Transaction(string CustomerId, LocalDate Day, decimal Amount);

    /// <summary>Records purchases (one transaction: all or none).</summary>
    /// <param name="Transactions">The purchases.</param>
    public sealed record RecordTransactions(ImmutableArray<Transaction> Transactions);

    /// <summary>How many purchases were recorded.</summary>
    /// <param name="Recorded">The count.</param>
    public sealed record RecordedTransactions(int Recorded);

    /// <summary>Fits customer value on the stored purchases.</summary>
    /// <param name="CalibrationEnd">Purchases up to this day are fitted.</param>
    /// <param name="HorizonWeeks">Horizon of the stored expected purchases, in weeks (0, 520].</param>
    public sealed record FitRequest(LocalDate CalibrationEnd, double HorizonWeeks);

    /// <summary>A customer's scores from the latest fit.</summary>
    /// <param name="CustomerId">The customer.</param>
    /// <param name="FittedAt">When the fit ran.</param>
    /// <param name="Frequency">Repeat purchases in the calibration period.</param>
    /// <param name="ProbabilityAlive">P(alive), 0–1.</param>
    /// <param name="ExpectedTransactions">Expected purchases over the fit's horizon.</param>
    public sealed record ValueScore(string CustomerId, Instant FittedAt, int Frequency, double ProbabilityAlive, double ExpectedTransactions);
}
