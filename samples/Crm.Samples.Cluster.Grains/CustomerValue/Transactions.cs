using Crm.Domain.CustomerValue.Summaries;
using Crm.Samples.Cluster.Grains.Wire;
using NodaTime.Text;

namespace Crm.Samples.Cluster.Grains.CustomerValue;

/// <summary>Converts between the wire's column batches and the library's transactions.</summary>
public static class Transactions
{
    /// <summary>The batch's rows as library transactions (dates ISO; a bad row is an <see cref="ArgumentException"/>
    /// or a NodaTime parse exception).</summary>
    public static CustomerTransaction<string>[] From(TransactionBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Dates.Length != batch.Customers.Length || batch.Amounts.Length != batch.Customers.Length)
        {
            throw new ArgumentException($"batch columns differ in length: {batch.Customers.Length} customers, {batch.Dates.Length} dates, {batch.Amounts.Length} amounts.", nameof(batch));
        }

        return [.. batch.Customers.Select((c, i) => CustomerTransaction<string>.Create(c, LocalDatePattern.Iso.Parse(batch.Dates[i]).GetValueOrThrow(), batch.Amounts[i]))];
    }

    /// <summary>The transactions as a batch.</summary>
    public static TransactionBatch ToBatch(IReadOnlyCollection<CustomerTransaction<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new([.. rows.Select(r => r.Customer)], [.. rows.Select(r => LocalDatePattern.Iso.Format(r.Date))], [.. rows.Select(r => r.Amount)]);
    }
}
