using Crm.Domain.CustomerValue.Summaries;
using Crm.Samples.ServiceDesk.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Value;

/// <summary>Reads the transaction table as the library's <see cref="CustomerTransaction{TCustomer}"/>s.</summary>
public static class StoredTransactions
{
    /// <summary>Every stored purchase on or before <paramref name="end"/>, keyed by customer id.</summary>
    public static async Task<CustomerTransaction<string>[]> UpToAsync(DeskDb db, LocalDate end, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var last = IsoDay.Format(end);
        var rows = await db.Set<TransactionRow>().AsNoTracking().Where(t => t.Day.CompareTo(last) <= 0).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(r => CustomerTransaction<string>.Create(r.CustomerId, IsoDay.Parse(r.Day, "day"), r.Amount))];
    }
}
