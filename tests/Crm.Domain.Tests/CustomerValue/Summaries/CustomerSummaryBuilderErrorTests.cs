using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Tests.CustomerValue.Summaries;

public class CustomerSummaryBuilderErrorTests
{
    private static readonly LocalDate End = new(2024, 1, 31);
    private static readonly SummaryOptions Options = SummaryOptions.Create(End);

    [Fact]
    public void Add_AfterObservationEnd_ThrowsNamingCustomerAndDate()
    {
        var builder = new CustomerSummaryBuilder<string>(Options);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add("C42", End.PlusDays(1), 1d));

        Assert.Equal("date", ex.ParamName);
        Assert.Contains("C42", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2024-02-01", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2024-01-31", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, builder.TransactionCount);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Add_BadAmount_ThrowsNamingCustomerAndAmount(double amount)
    {
        var builder = new CustomerSummaryBuilder<string>(Options);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add("C7", End, amount));

        Assert.Equal("amount", ex.ParamName);
        Assert.Contains("C7", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_DefaultCustomerId_Throws()
    {
        var builder = new CustomerSummaryBuilder<CustomerId>(Options);
        Assert.Throws<ArgumentException>(() => builder.Add(default(CustomerId), End, 1d));
        Assert.Throws<ArgumentException>(() => CustomerTransaction<CustomerId>.Create(default, End, 1d));
    }

    [Fact]
    public void AddRange_OneBadTransaction_AddsNothing()
    {
        var builder = new CustomerSummaryBuilder<string>(Options);
        var batch = new[]
        {
            CustomerTransaction<string>.Create("a", End, 1d),
            CustomerTransaction<string>.Create("b", End.PlusDays(2), 1d),
        };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddRange(batch.AsSpan()));
        Assert.Contains("b", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddRange(batch.Select(t => t)));

        Assert.Equal(0, builder.TransactionCount);
        Assert.Equal(0, builder.CustomerCount);
    }

    [Fact]
    public void Summarize_EmptyLog_ThrowsNamingTransactions()
    {
        var ex = Assert.Throws<ArgumentException>(() => CustomerSummarizer.Summarize(ReadOnlySpan<CustomerTransaction<string>>.Empty, Options));
        Assert.Equal("transactions", ex.ParamName);
        Assert.Throws<ArgumentException>(() => CustomerSummarizer.Summarize(Enumerable.Empty<CustomerTransaction<string>>(), Options));
    }

    [Fact]
    public void Create_HoldoutNotAfterCalibration_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SummaryOptions.Create(End, End));
        Assert.Equal("holdoutEnd", ex.ParamName);
    }

    [Fact]
    public void Merge_DifferentOptions_Throws()
    {
        var a = new CustomerSummaryBuilder<string>(Options);
        var b = new CustomerSummaryBuilder<string>(SummaryOptions.Create(End, period: SummaryPeriod.Day));

        var ex = Assert.Throws<ArgumentException>(() => a.Merge(b));
        Assert.Equal("other", ex.ParamName);
    }

    [Fact]
    public void Options_EqualityIsByValue()
    {
        Assert.Equal(SummaryOptions.Create(End), SummaryOptions.Create(End));
        Assert.True(SummaryOptions.Create(End) == SummaryOptions.Create(End, null, SummaryPeriod.Week));
        Assert.NotEqual(SummaryOptions.Create(End), SummaryOptions.Create(End, End.PlusDays(1)));
        Assert.Equal(7d, Options.PeriodLengthInDays);
        Assert.Equal(End, Options.ObservationEnd);
    }
}
