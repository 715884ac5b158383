using Crm.Domain.CustomerValue.Summaries;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Crm.Domain.Tests.CustomerValue.Summaries;

/// <summary>A small random log: transactions of up to 8 customers over 76 days (calibration 46 days, holdout 30),
/// integral amounts (so sums are exact in double), each with a partition number 0..3 and a shuffle key.</summary>
public sealed record TransactionLogCase(
    (int Customer, int Day, int Amount, int Partition, int ShuffleKey)[] Lines,
    SummaryPeriod Period,
    TransactionMerging Merging)
{
    public static readonly LocalDate Start = new(2024, 1, 1);

    public SummaryOptions Options => SummaryOptions.Create(Start.PlusDays(45), Start.PlusDays(75), Period, Merging);

    public CustomerTransaction<int> Transaction(int i) =>
        CustomerTransaction<int>.Create(Lines[i].Customer, Start.PlusDays(Lines[i].Day), (double)Lines[i].Amount);

    public IEnumerable<CustomerTransaction<int>> All() => Enumerable.Range(0, Lines.Length).Select(Transaction);

    public IEnumerable<CustomerTransaction<int>> Shuffled() =>
        Enumerable.Range(0, Lines.Length).OrderBy(i => Lines[i].ShuffleKey).Select(Transaction);

    public IEnumerable<CustomerTransaction<int>> ShuffledPartition(int partition) =>
        Enumerable.Range(0, Lines.Length).Where(i => Lines[i].Partition == partition).OrderBy(i => Lines[i].ShuffleKey).Select(Transaction);

    public override string ToString() =>
        $"{Period}/{Merging}: " + string.Join(" ", Lines.Select(l => $"({l.Customer},{l.Day},{l.Amount},p{l.Partition})"));
}

public static class TransactionLogArbitraries
{
    public static Arbitrary<TransactionLogCase> Logs()
    {
        var line =
            from customer in Gen.Choose(0, 7)
            from day in Gen.OneOf(Gen.Choose(0, 75), Gen.Elements(0, 44, 45, 46, 75))
            from amount in Gen.OneOf(Gen.Choose(0, 500), Gen.Constant(0))
            from partition in Gen.Choose(0, 3)
            from shuffle in Gen.Choose(0, 1_000_000)
            select (customer, day, amount, partition, shuffle);
        return (from n in Gen.Choose(0, 120)
                from lines in line.ArrayOf(n)
                from period in Gen.Elements(SummaryPeriod.Day, SummaryPeriod.Week, SummaryPeriod.Month)
                from merging in Gen.Elements(TransactionMerging.SameDay, TransactionMerging.SamePeriod)
                select new TransactionLogCase(lines, period, merging)).ToArbitrary();
    }
}
