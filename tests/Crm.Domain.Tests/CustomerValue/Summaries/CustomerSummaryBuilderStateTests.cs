using System.Text.Json;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Serialization;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.CustomerValue.Summaries;

/// <summary>The builder's partial state (issue 11, item 3): it round-trips through <see cref="CrmJson"/>, workers'
/// states merge like the workers' builders, and a state no log could produce is refused.</summary>
public class CustomerSummaryBuilderStateTests
{
    private static CustomerSummaryRow<int>[] Sorted(CustomerSummaries<int> result) =>
        CustomerSummaryBuilderPropertyTests.Sorted(result);

    private static CustomerSummaryBuilder<int> BuilderOf(SummaryOptions options, IEnumerable<CustomerTransaction<int>> log) =>
        CustomerSummaryBuilderPropertyTests.BuilderOf(options, log);

    private static CustomerSummaryBuilder<int> ThroughJson(CustomerSummaryBuilder<int> builder) =>
        CustomerSummaryBuilder<int>.FromState(
            CrmJson.Deserialize<CustomerSummaryBuilderState<int>>(CrmJson.Serialize(builder.ToState())));

    private static bool SameResult(CustomerSummaries<int> expected, CustomerSummaries<int> actual) =>
        Sorted(expected).SequenceEqual(Sorted(actual))
        && expected.TransactionCount == actual.TransactionCount
        && expected.CustomersFirstSeenInHoldout == actual.CustomersFirstSeenInHoldout;

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 200)]
    public bool State_RoundTripsThroughJson(TransactionLogCase log)
    {
        // Merged shuffled partitions leave customers with unsorted, repeating occasion chains.
        var original = Enumerable.Range(0, 4)
            .Select(p => BuilderOf(log.Options, log.ShuffledPartition(p)))
            .Aggregate(CustomerSummaryBuilder<int>.Combine);
        var copy = ThroughJson(original);
        return SameResult(original.Build(), copy.Build())
            && copy.CustomerCount == original.CustomerCount
            && copy.TransactionCount == original.TransactionCount;
    }

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 200)]
    public bool WorkersStates_MergeToOnePassOverTheWhole(TransactionLogCase log)
    {
        var whole = BuilderOf(log.Options, log.All()).Build();
        var merged = Enumerable.Range(0, 4)
            .Select(p => ThroughJson(BuilderOf(log.Options, log.ShuffledPartition(p))))
            .Aggregate(CustomerSummaryBuilder<int>.Combine)
            .Build();
        return SameResult(whole, merged);
    }

    [Property(Arbitrary = [typeof(TransactionLogArbitraries)], MaxTest = 200)]
    public bool RebuiltBuilder_KeepsAccumulating(TransactionLogCase log)
    {
        var lines = log.Shuffled().ToArray();
        var half = lines.Length / 2;
        var resumed = ThroughJson(BuilderOf(log.Options, lines.Take(half)));
        foreach (var t in lines.Skip(half))
        {
            resumed.Add(t);
        }

        return SameResult(BuilderOf(log.Options, lines).Build(), resumed.Build());
    }

    [Fact]
    public void State_KeepsSummedSpendsBitForBit()
    {
        // 0.1 + 0.2 is 0.30000000000000004 in double: a rebuild that re-summed or rounded would lose the last bit.
        var builder = new CustomerSummaryBuilder<string>(Options);
        builder.Add("ana", new LocalDate(2025, 1, 2), 0.1);
        builder.Add("ana", new LocalDate(2025, 1, 5), 0.2);
        builder.Add("ana", new LocalDate(2025, 4, 5), 0.7);
        var json = CrmJson.Serialize(builder.ToState());
        var copy = CustomerSummaryBuilder<string>.FromState(CrmJson.Deserialize<CustomerSummaryBuilderState<string>>(json));
        var entry = Assert.Single(copy.ToState().Customers);
        Assert.Equal(0.30000000000000004, entry.CalibrationSpend);
        Assert.Equal(0.7, entry.HoldoutSpend);
        Assert.Equal(0.1, entry.FirstSpend);
        Assert.Equal(json, CrmJson.Serialize(copy.ToState()));
    }

    [Fact]
    public void State_IsThePublishedShape()
    {
        var builder = new CustomerSummaryBuilder<string>(Options);
        builder.Add("ana", new LocalDate(2025, 1, 2), 5d);
        builder.Add("ana", new LocalDate(2025, 1, 2), 3d);
        builder.Add("ana", new LocalDate(2025, 4, 5), 2d);

        // 2025-01-02 is day number 739252 (DateOnly.DayNumber); 2025-04-05 is 93 days later.
        Assert.Equal(
            """{"schemaVersion":1,"options":{"calibrationEnd":"2025-03-31","holdoutEnd":"2025-06-30","period":"Week","merging":"SameDay"},"transactionCount":3,"customers":[{"customer":"ana","firstCalibrationDate":"2025-01-02","firstSpend":8,"calibrationSpend":8,"holdoutSpend":2,"occasions":[{"key":739252,"holdout":false},{"key":739345,"holdout":true}]}]}""",
            CrmJson.Serialize(builder.ToState()));
    }

    private static readonly SummaryOptions Options = SummaryOptions.Create(new LocalDate(2025, 3, 31), new LocalDate(2025, 6, 30));

    private static readonly CustomerSummaryBuilderEntry<string> Valid = new(
        "ana", new LocalDate(2025, 1, 2), 8, 8, 2,
        [new CustomerSummaryOccasion(739252, false), new CustomerSummaryOccasion(739345, true)]);

    private static CustomerSummaryBuilderState<string> StateOf(long transactions, params CustomerSummaryBuilderEntry<string>[] entries) =>
        new(1, Options, transactions, [.. entries]);

    private static readonly Dictionary<string, CustomerSummaryBuilderState<string>> TamperedStates = new()
    {
        { "schema version 2", StateOf(3, Valid) with { SchemaVersion = 2 } },
        { "negative transaction count", StateOf(-1) },
        { "fewer transactions than occasions", StateOf(1, Valid) },
        { "a customer twice", StateOf(6, Valid, Valid) },
        { "a null key", StateOf(3, Valid with { Customer = null! }) },
        { "negative spend", StateOf(3, Valid with { HoldoutSpend = -1 }) },
        { "NaN spend", StateOf(3, Valid with { CalibrationSpend = double.NaN }) },
        { "infinite spend", StateOf(3, Valid with { FirstSpend = double.PositiveInfinity }) },
        { "first spend above its side", StateOf(3, Valid with { FirstSpend = 9 }) },
        { "no occasion", StateOf(3, Valid with { Occasions = [] }) },
        { "occasions out of order", StateOf(3, Valid with { Occasions = [Valid.Occasions[1], Valid.Occasions[0]] }) },
        { "an occasion twice", StateOf(3, Valid with { Occasions = [Valid.Occasions[0], Valid.Occasions[0]] }) },
        { "a calibration occasion after the calibration end", StateOf(3, Valid with { Occasions = [Valid.Occasions[0], new(739345, false)] }) },
        { "a holdout occasion before the calibration end", StateOf(3, Valid with { Occasions = [new(739252, true)], FirstCalibrationDate = null, CalibrationSpend = 0, FirstSpend = 2 }) },
        { "an occasion after the observation end", StateOf(3, Valid with { Occasions = [Valid.Occasions[0], new(739252 + 180, true)] }) },
        { "holdout spend without holdout occasions", StateOf(3, Valid with { Occasions = [Valid.Occasions[0]] }) },
        { "calibration spend without calibration occasions", StateOf(3, Valid with { Occasions = [Valid.Occasions[1]], FirstCalibrationDate = null, FirstSpend = 2 }) },
        { "a first calibration date off the first occasion", StateOf(3, Valid with { FirstCalibrationDate = new LocalDate(2025, 1, 3) }) },
        { "no first calibration date", StateOf(3, Valid with { FirstCalibrationDate = null }) },
    };

    public static TheoryData<string> Tampered() => new(TamperedStates.Keys);

    [Theory]
    [MemberData(nameof(Tampered))]
    public void TamperedState_IsRefused(string tampering) =>
        Assert.ThrowsAny<ArgumentException>(() => CustomerSummaryBuilder<string>.FromState(TamperedStates[tampering]));

    [Fact]
    public void UntamperedSample_IsAccepted()
    {
        var builder = CustomerSummaryBuilder<string>.FromState(StateOf(3, Valid));
        var row = Assert.Single(builder.Build().Rows);
        Assert.Equal(new LocalDate(2025, 1, 2), row.FirstPurchase);
        Assert.Equal(1, row.HoldoutFrequency);
        Assert.Equal(2, row.HoldoutSpend);
        Assert.Equal(0, row.Summary.Frequency);
    }

    [Fact]
    public void ErrorMessage_NamesCustomerMemberAndRange()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => CustomerSummaryBuilder<string>.FromState(StateOf(3, Valid with { FirstSpend = 9 })));
        Assert.Contains("FirstSpend", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ana", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at most", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"options":{"calibrationEnd":"2025-03-31","holdoutEnd":"2025-06-30","period":"Week","merging":"SameDay"},"transactionCount":0}""")]
    [InlineData("""{"schemaVersion":1,"options":{"calibrationEnd":"2025-03-31","holdoutEnd":"2025-06-30","period":"Week","merging":"SameDay"},"transactionCount":0,"customers":[],"extra":1}""")]
    public void MalformedJson_IsAJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => CrmJson.Deserialize<CustomerSummaryBuilderState<string>>(json));
}
